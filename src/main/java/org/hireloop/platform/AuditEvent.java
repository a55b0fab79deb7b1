package org.hireloop.platform;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One security-relevant or data-changing action, as the audit log keeps it: who (actor type and
 * id, never a name or email), in which organization, what (action, target type and id), from
 * where (address, user agent), when, and which fields changed, by name only: never their values,
 * which may be personal data.
 *
 * @param action a stable dotted name, for example "jobs.publish" or "tokens.create"
 * @param actorType "token", "user", "operator" or "anonymous"
 */
public record AuditEvent(
        OrgId orgId,
        String actorType,
        @Nullable String actorId,
        String action,
        @Nullable String targetType,
        @Nullable String targetId,
        @Nullable String address,
        @Nullable String userAgent,
        Instant at,
        List<String> changedFields) {

    public AuditEvent {
        changedFields = List.copyOf(changedFields);
    }
}
