package org.hireloop.identity;

import java.util.Set;
import java.util.UUID;
import org.hireloop.platform.OrgId;
import org.hireloop.platform.TenantPrincipal;
import org.jspecify.annotations.Nullable;

/**
 * An authenticated caller: the member it acts for in one organization, its role there, and the
 * scopes of the credential it used (an API token, or a session when {@code tokenId} is null). An
 * organization's own API token acts for no person: its {@code userId} is null and its role is the
 * one chosen when it was made.
 */
public record ApiPrincipal(
        OrgId orgId, @Nullable UUID userId, @Nullable UUID tokenId, Role role, Set<Scope> scopes)
        implements TenantPrincipal {

    public ApiPrincipal {
        scopes = Set.copyOf(scopes);
    }

    /** A caller with every scope: a session, or a token made before scopes existed. */
    public static ApiPrincipal withAllScopes(OrgId orgId, @Nullable UUID userId, @Nullable UUID tokenId, Role role) {
        return new ApiPrincipal(orgId, userId, tokenId, role, Set.of(Scope.values()));
    }

    @Override
    public String subject() {
        return tokenId != null ? "token:" + tokenId : "user:" + userId;
    }
}
