package org.hireloop.identity.people;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hireloop.identity.ApiPrincipal;
import org.hireloop.identity.Role;
import org.hireloop.identity.internal.TokenService;
import org.hireloop.identity.internal.TokenService.CreatedToken;
import org.hireloop.platform.EntityTag;
import org.hireloop.platform.IdGenerator;
import org.hireloop.platform.Mailer;
import org.hireloop.platform.OrgId;
import org.hireloop.platform.Page;
import org.hireloop.platform.PageRequest;
import org.hireloop.platform.ProblemException;
import org.hireloop.platform.TenantContext;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations by email: a single-use link that expires, can be sent again (the old link dies) or
 * revoked. Accepting one makes the person a member with the invited role, creating their user
 * when the email is new, and gives them a personal API token.
 */
@Service
public class InvitationService {

    /** An accepted invitation: where the person is now a member, and their new token. */
    public record Accepted(OrganizationProfile organization, Member member, CreatedToken token) {}

    private final InvitationRows invitations;
    private final MemberRows members;
    private final UserRows users;
    private final OrganizationRows organizations;
    private final TokenService tokens;
    private final NewPasswords passwords;
    private final Mailer mailer;
    private final PeopleAudit audit;
    private final PeopleSettings settings;
    private final IdGenerator ids;
    private final Clock clock;

    InvitationService(
            InvitationRows invitations,
            MemberRows members,
            UserRows users,
            OrganizationRows organizations,
            TokenService tokens,
            NewPasswords passwords,
            Mailer mailer,
            PeopleAudit audit,
            PeopleSettings settings,
            IdGenerator ids,
            Clock clock) {
        this.invitations = invitations;
        this.members = members;
        this.users = users;
        this.organizations = organizations;
        this.tokens = tokens;
        this.passwords = passwords;
        this.mailer = mailer;
        this.audit = audit;
        this.settings = settings;
        this.ids = ids;
        this.clock = clock;
    }

    @Transactional
    public Invitation invite(ApiPrincipal caller, String email, Role role) {
        OrgId org = caller.orgId();
        String address = NewPerson.email(email.strip(), "email");
        if (role == Role.OWNER && caller.role() != Role.OWNER) {
            throw new MemberService.OwnersOnly("inviting an owner");
        }
        if (users.findByEmail(address).flatMap(user -> members.find(org, user)).isPresent()) {
            throw new MemberService.MemberExists();
        }
        if (invitations.pendingFor(org, address)) {
            throw new InvitationPending();
        }
        UUID id = ids.newId();
        String secret = InvitationSecret.generate();
        Instant now = clock.instant();
        try {
            invitations.insert(
                    org,
                    id,
                    address,
                    role,
                    InvitationSecret.hash(secret),
                    caller.userId(),
                    now,
                    now.plus(settings.invitations().validity()));
        } catch (DuplicateKeyException e) {
            throw new InvitationPending();
        }
        Invitation invitation = get(org, id);
        send(org, invitation, secret);
        return invitation;
    }

    @Transactional(readOnly = true)
    public Page<Invitation> list(OrgId org, PageRequest page) {
        return Page.of(invitations.list(org, page.fetchSize(), page.after()), page, Invitation::id);
    }

    @Transactional(readOnly = true)
    public Invitation get(OrgId org, UUID id) {
        return invitations.find(org, id).orElseThrow(() -> new InvitationNotFound());
    }

    /** Sends the invitation again with a new link and a new expiry; the previous link stops working. */
    @Transactional
    public Invitation resend(ApiPrincipal caller, UUID id) {
        OrgId org = caller.orgId();
        Invitation invitation = get(org, id);
        if (invitation.acceptedAt() != null || invitation.revokedAt() != null) {
            throw new ProblemException.StateConflict(
                    "invitation-closed", "the invitation is " + invitation.status(clock.instant()) + "; invite again");
        }
        if (invitation.role() == Role.OWNER && caller.role() != Role.OWNER) {
            throw new MemberService.OwnersOnly("inviting an owner");
        }
        String secret = InvitationSecret.generate();
        if (!invitations.renew(
                org,
                id,
                invitation.version(),
                InvitationSecret.hash(secret),
                clock.instant().plus(settings.invitations().validity()))) {
            throw new ProblemException.PreconditionFailed("the invitation changed meanwhile; read it again");
        }
        Invitation renewed = get(org, id);
        send(org, renewed, secret);
        return renewed;
    }

    @Transactional
    public void revoke(OrgId org, UUID id, @Nullable String ifMatch) {
        Invitation invitation = get(org, id);
        EntityTag.requireMatch(ifMatch, invitation.version());
        if (invitation.acceptedAt() != null || invitation.revokedAt() != null) {
            throw new ProblemException.StateConflict(
                    "invitation-closed", "the invitation is already " + invitation.status(clock.instant()));
        }
        if (!invitations.revoke(org, id, invitation.version(), clock.instant())) {
            throw new ProblemException.PreconditionFailed("the invitation changed meanwhile; read it again");
        }
    }

    /**
     * Accepts the invitation a link's secret stands for. A person whose email already has a user
     * just joins (no name or password needed); a new person gives a name and a password.
     */
    @Transactional
    public Accepted accept(String secret, @Nullable String name, @Nullable String password, Origin origin) {
        var located = invitations.locate(InvitationSecret.hash(secret)).orElseThrow(InvitationNotFound::new);
        return TenantContext.callAs(located.org(), () -> accept(located, name, password, origin));
    }

    private Accepted accept(
            InvitationRows.Located located, @Nullable String name, @Nullable String password, Origin origin) {
        OrgId org = located.org();
        Invitation invitation = invitations.lock(org, located.id()).orElseThrow(InvitationNotFound::new);
        Instant now = clock.instant();
        String status = invitation.status(now);
        if (!status.equals("pending")) {
            throw new InvitationGone(status);
        }
        UUID userId = users.findByEmail(invitation.email()).orElse(null);
        if (userId == null) {
            userId = ids.newId();
            NewPerson person = new NewPerson(invitation.email(), name == null ? "" : name, null, null);
            users.insert(userId, person, passwords.hash(password, invitation.email()), now);
        } else if (members.find(org, userId).isPresent()) {
            throw new MemberService.MemberExists();
        }
        members.insert(org, userId, invitation.role(), now);
        invitations.accept(org, invitation.id(), userId, now);
        CreatedToken token = tokens.create(org, userId, "invitation");
        audit.record(org, origin, "invitations.accept", "invitations", invitation.id());
        return new Accepted(
                organizations.findLive(org).orElseThrow(InvitationNotFound::new),
                members.find(org, userId).orElseThrow(),
                token);
    }

    private void send(OrgId org, Invitation invitation, String secret) {
        OrganizationProfile organization = organizations.findLive(org).orElseThrow();
        mailer.send(new Mailer.Mail(
                invitation.email(), "You are invited to join " + organization.name() + " on Hireloop", """
                You are invited to join %s on Hireloop as %s.

                Accept the invitation here:
                %s

                The link works once and expires at %s (UTC). If you did not expect this email,
                ignore it.
                """.formatted(
                                organization.name(),
                                invitation.role().dbValue().replace('_', ' '),
                                settings.invitations().link(secret),
                                invitation.expiresAt())));
    }

    static final class InvitationNotFound extends ProblemException.ResourceNotFound {
        InvitationNotFound() {
            super("no such invitation: the link is wrong, or a newer invitation replaced it");
        }
    }

    static final class InvitationPending extends ProblemException.StateConflict {
        InvitationPending() {
            super("invitation-pending", "an invitation to this email is pending: resend or revoke it");
        }
    }

    /** The invitation exists but can no longer be accepted. */
    static final class InvitationGone extends ProblemException {
        InvitationGone(String status) {
            super(
                    410,
                    "invitation-" + status,
                    "Gone",
                    "the invitation is " + status + "; ask for a new one",
                    List.of());
        }
    }
}
