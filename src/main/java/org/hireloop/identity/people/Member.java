package org.hireloop.identity.people;

import java.time.Instant;
import java.util.UUID;
import org.hireloop.identity.Role;
import org.jspecify.annotations.Nullable;

/**
 * A person's membership of one organization: who they are (the user, shared by all their
 * organizations) and the one role they hold here. Its id is the user's id.
 *
 * @param status {@code active} or {@code disabled}: a disabled user's tokens do not work
 * @param version the membership's version, its ETag
 */
public record Member(
        UUID id,
        String email,
        String name,
        Role role,
        String status,
        @Nullable String timeZone,
        @Nullable String locale,
        Instant joinedAt,
        long version) {}
