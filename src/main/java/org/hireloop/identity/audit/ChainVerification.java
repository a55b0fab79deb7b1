package org.hireloop.identity.audit;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of recomputing an organization's audit chain in {@code seq} order. It stops at the
 * first entry that does not link (a gap in {@code seq}, a {@code prev_hash} that is not the hash
 * of the entry before, or a {@code hash} that is not the hash of the entry's content).
 *
 * @param entriesChecked entries read, up to and including the first broken one
 * @param lastSeq the last entry whose link verified ({@code null} when none did)
 * @param lastHash its hash: kept outside the database, it lets a later check show that no entry
 *     after it was cut off the end of the chain
 */
public record ChainVerification(
        boolean valid,
        long entriesChecked,
        @Nullable Long firstBrokenSeq,
        @Nullable UUID firstBrokenId,
        @Nullable Long lastSeq,
        @Nullable AuditHash lastHash) {

    static ChainVerification intact(long entriesChecked, @Nullable AuditEntry last) {
        return new ChainVerification(
                true, entriesChecked, null, null, last == null ? null : last.seq(), last == null ? null : last.hash());
    }

    static ChainVerification brokenAt(long entriesChecked, AuditEntry broken, @Nullable AuditEntry lastGood) {
        return new ChainVerification(
                false,
                entriesChecked,
                broken.seq(),
                broken.id(),
                lastGood == null ? null : lastGood.seq(),
                lastGood == null ? null : lastGood.hash());
    }
}
