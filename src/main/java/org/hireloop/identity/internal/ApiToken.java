package org.hireloop.identity.internal;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.hireloop.identity.Role;
import org.hireloop.identity.Scope;
import org.jspecify.annotations.Nullable;

/**
 * An API token as listed: never its secret, which is shown once at creation only. A person's
 * token has a {@code userId} and acts with that member's current role; an organization's token
 * has no person and the fixed {@code role} it was made with.
 */
public record ApiToken(
        UUID id,
        @Nullable UUID userId,
        @Nullable Role role,
        String name,
        String prefix,
        Set<Scope> scopes,
        Instant createdAt,
        @Nullable Instant expiresAt,
        @Nullable Instant lastUsedAt,
        @Nullable String lastUsedFrom,
        @Nullable Instant revokedAt,
        long version) {

    public ApiToken {
        scopes = Set.copyOf(scopes);
    }
}
