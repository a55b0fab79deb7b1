package org.hireloop.identity.signin;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.hireloop.platform.AuditEvent;
import org.hireloop.platform.AuditRecorder;
import org.hireloop.platform.OrgId;
import org.hireloop.platform.TenantContext;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Audit entries for the security events that happen before anyone is signed in, which the
 * audited write filter never sees: sign-ins, failed sign-ins of a known member, password resets.
 * A failure is recorded in a transaction of its own, so the refusal does not roll it back.
 */
@Component
class SignInAudit {

    private final ObjectProvider<AuditRecorder> recorder;
    private final Clock clock;

    SignInAudit(ObjectProvider<AuditRecorder> recorder, Clock clock) {
        this.recorder = recorder;
        this.clock = clock;
    }

    void record(
            OrgId org,
            UUID userId,
            String action,
            @Nullable UUID sessionId,
            @Nullable String address,
            List<String> fields) {
        recorder.ifAvailable(audit -> TenantContext.runAs(
                org,
                () -> audit.record(new AuditEvent(
                        org,
                        "user",
                        userId.toString(),
                        action,
                        "session",
                        sessionId == null ? null : sessionId.toString(),
                        address,
                        null,
                        clock.instant(),
                        fields))));
    }
}
