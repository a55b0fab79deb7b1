package org.hireloop.identity.internal;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An API token as listed: never its secret, which is shown once at creation only. */
public record ApiToken(
        UUID id,
        UUID userId,
        String name,
        String prefix,
        Instant createdAt,
        @Nullable Instant lastUsedAt,
        @Nullable Instant revokedAt,
        long version) {}
