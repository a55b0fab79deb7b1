package org.hireloop.identity.signin;

import java.util.List;
import java.util.UUID;
import org.hireloop.identity.internal.AuditTrail;
import org.hireloop.platform.OrgId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Audit entries for the security events that happen before anyone is signed in, which the
 * audited write filter never sees: sign-ins, failed sign-ins of a known member, password resets.
 * A failure outside any transaction is recorded in one of its own, so the refusal does not roll
 * it back.
 */
@Component
class SignInAudit {

    private final AuditTrail trail;

    SignInAudit(AuditTrail trail) {
        this.trail = trail;
    }

    void record(
            OrgId org,
            UUID userId,
            String action,
            @Nullable UUID sessionId,
            @Nullable String address,
            List<String> fields) {
        trail.record(
                org,
                "user",
                userId.toString(),
                action,
                "session",
                sessionId == null ? null : sessionId.toString(),
                address,
                null,
                fields);
    }
}
