package org.hireloop.identity.audit;

import java.time.Instant;
import org.hireloop.platform.ProblemException;
import org.jspecify.annotations.Nullable;

/**
 * What a list or export of the audit log keeps: every criterion given must match, {@code null}
 * means any. {@code from} is inclusive and {@code to} exclusive, on the entry's time.
 */
public record AuditFilter(
        @Nullable String action,
        @Nullable String actorType,
        @Nullable String actorId,
        @Nullable String targetType,
        @Nullable String targetId,
        @Nullable Instant from,
        @Nullable Instant to) {

    public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null, null, null);

    public AuditFilter {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new ProblemException.InvalidRequest("to", "must be later than from");
        }
    }
}
