package org.hireloop.identity.people;

import java.time.Instant;
import org.hireloop.platform.OrgId;
import org.jspecify.annotations.Nullable;

/**
 * An organization with its settings, as owners and admins manage them.
 *
 * @param timeZone an IANA time zone id, for dates shown to its people
 * @param retentionDays how long candidates' data is kept; null: until deleted by hand
 * @param requireMfa members must sign in with a second factor (docs/sign-in.md)
 */
public record OrganizationProfile(
        OrgId id,
        String slug,
        String name,
        @Nullable String logoUrl,
        String timeZone,
        @Nullable Integer retentionDays,
        boolean requireMfa,
        Instant createdAt,
        long version) {}
