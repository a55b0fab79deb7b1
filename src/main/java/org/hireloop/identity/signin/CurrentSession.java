package org.hireloop.identity.signin;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.hireloop.identity.ApiPrincipal;
import org.hireloop.identity.Role;
import org.hireloop.platform.OrgId;

/**
 * The session a request came with: who, in which organization, until when, and whether it may
 * only enrol two-factor authentication (its organization requires it and the user has none yet).
 */
public record CurrentSession(UUID id, OrgId orgId, UUID userId, Role role, Instant expiresAt, boolean enrolmentOnly) {

    static final String REQUEST_ATTRIBUTE = CurrentSession.class.getName();

    /** The caller this session stands for: no token, every scope, the member's current role. */
    public ApiPrincipal principal() {
        return ApiPrincipal.withAllScopes(orgId, userId, null, role);
    }

    public static Optional<CurrentSession> of(HttpServletRequest request) {
        return request.getAttribute(REQUEST_ATTRIBUTE) instanceof CurrentSession session
                ? Optional.of(session)
                : Optional.empty();
    }
}
