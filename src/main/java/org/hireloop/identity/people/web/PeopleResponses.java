package org.hireloop.identity.people.web;

import java.time.Instant;
import java.util.UUID;
import org.hireloop.identity.people.Invitation;
import org.hireloop.identity.people.Member;
import org.hireloop.identity.people.OrganizationProfile;
import org.hireloop.identity.web.TokenResponse;
import org.jspecify.annotations.Nullable;

/** The bodies the people API answers with. */
final class PeopleResponses {

    private PeopleResponses() {}

    record OrganizationBody(
            String id,
            String slug,
            String name,
            @Nullable String logoUrl,
            String timeZone,
            @Nullable Integer retentionDays,
            Instant createdAt) {
        static OrganizationBody of(OrganizationProfile o) {
            return new OrganizationBody(
                    o.id().toString(), o.slug(), o.name(), o.logoUrl(), o.timeZone(), o.retentionDays(), o.createdAt());
        }
    }

    record MemberBody(
            UUID id,
            String email,
            String name,
            String role,
            String status,
            @Nullable String timeZone,
            @Nullable String locale,
            Instant joinedAt) {
        static MemberBody of(Member m) {
            return new MemberBody(
                    m.id(),
                    m.email(),
                    m.name(),
                    m.role().dbValue(),
                    m.status(),
                    m.timeZone(),
                    m.locale(),
                    m.joinedAt());
        }
    }

    record InvitationBody(
            UUID id,
            String email,
            String role,
            String status,
            @Nullable UUID invitedBy,
            Instant createdAt,
            Instant expiresAt,
            @Nullable Instant acceptedAt,
            @Nullable UUID acceptedBy,
            @Nullable Instant revokedAt) {
        static InvitationBody of(Invitation i, Instant now) {
            return new InvitationBody(
                    i.id(),
                    i.email(),
                    i.role().dbValue(),
                    i.status(now),
                    i.invitedBy(),
                    i.createdAt(),
                    i.expiresAt(),
                    i.acceptedAt(),
                    i.acceptedBy(),
                    i.revokedAt());
        }
    }

    /** A person's way in: the organization, their membership, and their API token (secret shown once). */
    record Welcome(OrganizationBody organization, MemberBody member, TokenResponse token) {}
}
