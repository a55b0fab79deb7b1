package org.hireloop.identity.people;

import java.time.Clock;
import java.util.List;
import org.hireloop.platform.AuditEvent;
import org.hireloop.platform.AuditRecorder;
import org.hireloop.platform.OrgId;
import org.hireloop.platform.TenantContext;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * One audit entry for a change made without an organization's credential, which the platform's
 * audited write filter does not see: recorded in the change's own transaction, as the organization.
 */
@Component
class PeopleAudit {

    private final ObjectProvider<AuditRecorder> recorder;
    private final Clock clock;

    PeopleAudit(ObjectProvider<AuditRecorder> recorder, Clock clock) {
        this.recorder = recorder;
        this.clock = clock;
    }

    void record(OrgId org, Origin origin, String action, String targetType, String targetId, List<String> fields) {
        recorder.ifAvailable(audit -> TenantContext.runAs(
                org,
                () -> audit.record(new AuditEvent(
                        org,
                        origin.actorType(),
                        null,
                        action,
                        targetType,
                        targetId,
                        origin.address(),
                        origin.userAgent(),
                        clock.instant(),
                        fields))));
    }

    void record(OrgId org, Origin origin, String action, String targetType, @Nullable Object targetId) {
        record(org, origin, action, targetType, targetId == null ? "" : targetId.toString(), List.of());
    }
}
