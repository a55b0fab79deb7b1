package org.hireloop.identity.people;

import java.util.List;
import org.hireloop.identity.internal.AuditTrail;
import org.hireloop.platform.OrgId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The audit entries of people changes made without an organization's credential, as their origin says. */
@Component
class PeopleAudit {

    private final AuditTrail trail;

    PeopleAudit(AuditTrail trail) {
        this.trail = trail;
    }

    void record(OrgId org, Origin origin, String action, String targetType, String targetId, List<String> fields) {
        trail.record(
                org,
                origin.actorType(),
                null,
                action,
                targetType,
                targetId,
                origin.address(),
                origin.userAgent(),
                fields);
    }

    void record(OrgId org, Origin origin, String action, String targetType, @Nullable Object targetId) {
        record(org, origin, action, targetType, targetId == null ? "" : targetId.toString(), List.of());
    }
}
