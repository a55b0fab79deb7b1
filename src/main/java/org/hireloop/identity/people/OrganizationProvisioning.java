package org.hireloop.identity.people;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.hireloop.identity.Role;
import org.hireloop.identity.internal.TokenService;
import org.hireloop.identity.internal.TokenService.CreatedToken;
import org.hireloop.platform.IdGenerator;
import org.hireloop.platform.OrgId;
import org.hireloop.platform.ProblemException;
import org.hireloop.platform.TenantContext;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates organizations with their first owner and the owner's one-time API token (for operators,
 * the command line and self-service sign-up), and deletes them. A deleted organization keeps its
 * row: its slug is never reused, its tokens stop working and its board disappears.
 */
@Service
public class OrganizationProvisioning {

    /**
     * @param passwordHash the owner's password hash when they chose one (sign-up); null otherwise
     * @param newUserOnly refuse when the owner's email already belongs to a user (sign-up)
     */
    public record NewOrganization(
            Slug slug,
            String name,
            NewPerson owner,
            @Nullable String passwordHash,
            boolean newUserOnly) {
        public NewOrganization {
            name = NewPerson.text(name, "name", 200);
        }
    }

    /** A new organization, its owner, and the owner's API token with the secret shown this once. */
    public record CreatedOrganization(OrganizationProfile organization, Member owner, CreatedToken token) {}

    private final OrganizationRows organizations;
    private final UserRows users;
    private final MemberRows members;
    private final TokenService tokens;
    private final PeopleAudit audit;
    private final NewPasswords passwords;
    private final IdGenerator ids;
    private final Clock clock;

    OrganizationProvisioning(
            OrganizationRows organizations,
            UserRows users,
            MemberRows members,
            TokenService tokens,
            PeopleAudit audit,
            NewPasswords passwords,
            IdGenerator ids,
            Clock clock) {
        this.passwords = passwords;
        this.organizations = organizations;
        this.users = users;
        this.members = members;
        this.tokens = tokens;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    @Transactional
    public CreatedOrganization create(NewOrganization request, Origin origin) {
        if (organizations.slugTaken(request.slug())) {
            throw new SlugTaken(request.slug());
        }
        Instant now = clock.instant();
        OrgId org = new OrgId(ids.newId());
        try {
            organizations.insert(org, request.slug(), request.name(), now);
        } catch (DuplicateKeyException e) {
            throw new SlugTaken(request.slug());
        }
        UUID existing = users.findByEmail(request.owner().email()).orElse(null);
        if (existing != null && request.newUserOnly()) {
            throw new EmailTaken();
        }
        UUID owner = existing != null ? existing : ids.newId();
        if (existing == null) {
            users.insert(owner, request.owner(), request.passwordHash(), now);
        }
        return TenantContext.callAs(org, () -> {
            members.insert(org, owner, Role.OWNER, now);
            CreatedToken token = tokens.create(org, owner, "owner token");
            audit.record(org, origin, "organizations.create", "organizations", org.value());
            return new CreatedOrganization(
                    organizations.findLive(org).orElseThrow(),
                    members.find(org, owner).orElseThrow(),
                    token);
        });
    }

    /** Self-service sign-up: a new person creates an organization, with the password they chose. */
    @Transactional
    public CreatedOrganization signup(
            Slug slug, @Nullable String name, NewPerson owner, @Nullable String password, Origin origin) {
        String organizationName = NewPerson.text(name, "organization_name", 200);
        return create(
                new NewOrganization(slug, organizationName, owner, passwords.hash(password, owner.email()), true),
                origin);
    }

    /** Soft-deletes the organization: its tokens stop working at once and its board disappears. */
    @Transactional
    public void delete(Slug slug, Origin origin) {
        OrganizationProfile organization =
                organizations.findLive(slug).orElseThrow(() -> new OrganizationNotFound(slug));
        if (!organizations.markDeleted(organization.id(), clock.instant())) {
            throw new OrganizationNotFound(slug);
        }
        audit.record(
                organization.id(),
                origin,
                "organizations.delete",
                "organizations",
                organization.id().value());
    }

    static final class SlugTaken extends ProblemException.StateConflict {
        SlugTaken(Slug slug) {
            super("slug-taken", "the slug '" + slug + "' is taken (slugs of deleted organizations are never reused)");
        }
    }

    static final class EmailTaken extends ProblemException.StateConflict {
        EmailTaken() {
            super("email-taken", "this email already has an account: sign in and ask for an organization from there");
        }
    }

    static final class OrganizationNotFound extends ProblemException.ResourceNotFound {
        OrganizationNotFound(Slug slug) {
            super("no organization '" + slug + "'");
        }
    }
}
