package org.hireloop.identity.people;

import java.time.Instant;
import java.util.UUID;
import org.hireloop.identity.Role;
import org.jspecify.annotations.Nullable;

/** An invitation to join an organization with a role, sent by email as a single-use link. */
public record Invitation(
        UUID id,
        String email,
        Role role,
        @Nullable UUID invitedBy,
        Instant createdAt,
        Instant expiresAt,
        @Nullable Instant acceptedAt,
        @Nullable UUID acceptedBy,
        @Nullable Instant revokedAt,
        long version) {

    /** {@code pending}, {@code accepted}, {@code revoked} or {@code expired}, at the moment {@code now}. */
    public String status(Instant now) {
        if (acceptedAt != null) {
            return "accepted";
        }
        if (revokedAt != null) {
            return "revoked";
        }
        return expiresAt.isAfter(now) ? "pending" : "expired";
    }
}
