package org.hireloop.identity.audit.web;

import java.util.UUID;
import org.hireloop.identity.audit.ChainVerification;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of verifying the caller's audit chain. {@code last_seq} and {@code last_hash} name
 * the last entry that verified: kept outside Hireloop, they let a later check show that nothing
 * was cut off the end of the chain.
 */
record VerificationResponse(
        boolean valid,
        long entriesChecked,
        @Nullable Long firstBrokenSeq,
        @Nullable UUID firstBrokenId,
        @Nullable Long lastSeq,
        @Nullable String lastHash) {

    static VerificationResponse of(ChainVerification v) {
        return new VerificationResponse(
                v.valid(),
                v.entriesChecked(),
                v.firstBrokenSeq(),
                v.firstBrokenId(),
                v.lastSeq(),
                v.lastHash() == null ? null : v.lastHash().hex());
    }
}
