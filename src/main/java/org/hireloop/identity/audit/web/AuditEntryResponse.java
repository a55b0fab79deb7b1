package org.hireloop.identity.audit.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hireloop.identity.audit.AuditEntry;
import org.hireloop.platform.AuditEvent;
import org.jspecify.annotations.Nullable;

/** An audit entry as the API shows it; the hashes in hex, so anyone can recompute the chain. */
record AuditEntryResponse(
        UUID id,
        long seq,
        Instant at,
        String actorType,
        @Nullable String actorId,
        String action,
        @Nullable String targetType,
        @Nullable String targetId,
        @Nullable String address,
        @Nullable String userAgent,
        List<String> changedFields,
        String prevHash,
        String hash) {

    static AuditEntryResponse of(AuditEntry entry) {
        AuditEvent e = entry.event();
        return new AuditEntryResponse(
                entry.id(),
                entry.seq(),
                e.at(),
                e.actorType(),
                e.actorId(),
                e.action(),
                e.targetType(),
                e.targetId(),
                e.address(),
                e.userAgent(),
                e.changedFields(),
                entry.prevHash().hex(),
                entry.hash().hex());
    }
}
