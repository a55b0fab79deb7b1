package org.hireloop.identity.internal;

import java.time.Clock;
import java.util.List;
import org.hireloop.platform.AuditEvent;
import org.hireloop.platform.AuditRecorder;
import org.hireloop.platform.OrgId;
import org.hireloop.platform.TenantContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Audit entries for the changes the audited write filter never sees, because no organization's
 * credential made them (operators, sign-up, invitations, sign-in, resets): recorded now, as the
 * organization, in the caller's transaction if there is one and in one of their own otherwise.
 */
@Component
public class AuditTrail {

    private final AuditRecorder recorder;
    private final Clock clock;

    AuditTrail(AuditRecorder recorder, Clock clock) {
        this.recorder = recorder;
        this.clock = clock;
    }

    /** Records the action; ids and field names only, never personal data. */
    public void record(
            OrgId org,
            String actorType,
            @Nullable String actorId,
            String action,
            @Nullable String targetType,
            @Nullable String targetId,
            @Nullable String address,
            @Nullable String userAgent,
            List<String> fields) {
        TenantContext.runAs(
                org,
                () -> recorder.record(new AuditEvent(
                        org,
                        actorType,
                        actorId,
                        action,
                        targetType,
                        targetId,
                        address,
                        userAgent,
                        clock.instant(),
                        fields)));
    }
}
