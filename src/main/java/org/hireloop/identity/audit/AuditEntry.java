package org.hireloop.identity.audit;

import java.util.UUID;
import org.hireloop.platform.AuditEvent;

/**
 * One entry of an organization's audit chain: the event as recorded, its place in the chain
 * ({@code seq}, counting from 1 per organization) and the hashes that link it to the entry before.
 */
public record AuditEntry(UUID id, long seq, AuditEvent event, AuditHash prevHash, AuditHash hash) {

    /** Whether {@link #hash} is what the canonical encoding of this entry after {@code prev} gives. */
    public boolean hashMatches(AuditHash prev) {
        return CanonicalEncoding.hash(prev, seq, id, event).equals(hash);
    }
}
