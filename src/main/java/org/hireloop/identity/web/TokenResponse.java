package org.hireloop.identity.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hireloop.identity.internal.ApiToken;
import org.jspecify.annotations.Nullable;

/**
 * An API token in answers: {@code token} (the secret) only in the answer that created it. A
 * person's token has a {@code user_id}; an organization's token has none and a fixed {@code role}.
 */
public record TokenResponse(
        UUID id,
        @Nullable UUID userId,
        @Nullable String role,
        String name,
        String prefix,
        List<String> scopes,
        Instant createdAt,
        @Nullable Instant expiresAt,
        @Nullable Instant lastUsedAt,
        @Nullable String lastUsedFrom,
        @Nullable Instant revokedAt,
        @Nullable String token) {

    public static TokenResponse of(ApiToken t, @Nullable String secret) {
        return new TokenResponse(
                t.id(),
                t.userId(),
                t.role() == null ? null : t.role().dbValue(),
                t.name(),
                t.prefix(),
                t.scopes().stream().sorted().map(s -> s.dbValue()).toList(),
                t.createdAt(),
                t.expiresAt(),
                t.lastUsedAt(),
                t.lastUsedFrom(),
                t.revokedAt(),
                secret);
    }
}
