package org.hireloop.identity.people;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.hireloop.identity.ApiPrincipal;
import org.hireloop.identity.Role;
import org.hireloop.identity.internal.TokenService;
import org.hireloop.identity.internal.TokenService.CreatedToken;
import org.hireloop.identity.internal.TokenService.TokenRequest;
import org.hireloop.platform.EntityTag;
import org.hireloop.platform.IdGenerator;
import org.hireloop.platform.OrgId;
import org.hireloop.platform.Page;
import org.hireloop.platform.PageRequest;
import org.hireloop.platform.ProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The members of an organization and their roles. The rules: only an owner makes someone an
 * owner or changes an owner; an organization always keeps at least one owner; nobody gets a token
 * for a member who ranks above them; a member who leaves takes their tokens along.
 */
@Service
public class MemberService {

    private final MemberRows members;
    private final UserRows users;
    private final OrganizationRows organizations;
    private final TokenService tokens;
    private final IdGenerator ids;
    private final Clock clock;

    MemberService(
            MemberRows members,
            UserRows users,
            OrganizationRows organizations,
            TokenService tokens,
            IdGenerator ids,
            Clock clock) {
        this.members = members;
        this.users = users;
        this.organizations = organizations;
        this.tokens = tokens;
        this.ids = ids;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<Member> list(OrgId org, PageRequest page) {
        return Page.of(members.list(org, page.fetchSize(), page.after()), page, Member::id);
    }

    @Transactional(readOnly = true)
    public Member get(OrgId org, UUID id) {
        return members.find(org, id).orElseThrow(() -> new MemberNotFound(id));
    }

    /**
     * Adds a person with a role, for organizations that provision people from their identity
     * provider: a new user without a password, or an existing user (same email) who joins.
     */
    @Transactional
    public Member create(ApiPrincipal caller, NewPerson person, Role role) {
        requireMayGrant(caller, role);
        UUID userId = users.findByEmail(person.email()).orElseGet(() -> {
            UUID id = ids.newId();
            users.insert(id, person, null, clock.instant());
            return id;
        });
        if (members.find(caller.orgId(), userId).isPresent()) {
            throw new MemberExists();
        }
        members.insert(caller.orgId(), userId, role, clock.instant());
        return get(caller.orgId(), userId);
    }

    @Transactional
    public Member changeRole(ApiPrincipal caller, UUID id, @Nullable String ifMatch, @Nullable Role role) {
        Member member = get(caller.orgId(), id);
        EntityTag.requireMatch(ifMatch, member.version());
        if (role == null || role == member.role()) {
            return member;
        }
        requireMayChange(caller, member);
        requireMayGrant(caller, role);
        if (member.role() == Role.OWNER) {
            requireAnotherOwner(caller.orgId());
        }
        if (!members.changeRole(caller.orgId(), id, member.version(), role)) {
            throw new ProblemException.PreconditionFailed("the member changed meanwhile; read it again");
        }
        return get(caller.orgId(), id);
    }

    /** Removes the member from the organization; their API tokens here stop working and go. */
    @Transactional
    public void remove(ApiPrincipal caller, UUID id, @Nullable String ifMatch) {
        Member member = get(caller.orgId(), id);
        EntityTag.requireMatch(ifMatch, member.version());
        requireMayChange(caller, member);
        if (member.role() == Role.OWNER) {
            requireAnotherOwner(caller.orgId());
        }
        tokens.deleteAllOf(caller.orgId(), id);
        if (!members.delete(caller.orgId(), id, member.version())) {
            throw new ProblemException.PreconditionFailed("the member changed meanwhile; read it again");
        }
    }

    /** A token for a member, made by an admin: it acts with the member's role, never above the caller's. */
    @Transactional
    public CreatedToken createToken(ApiPrincipal caller, UUID id, TokenRequest request) {
        Member member = get(caller.orgId(), id);
        if (!member.role().isAtMost(caller.role())) {
            throw new OwnersOnly("a token for a member whose role is above yours");
        }
        String name = NewPerson.text(request.name(), "name", 100);
        return tokens.createForPerson(
                caller, member.id(), new TokenRequest(name, request.scopes(), request.expiresAt()));
    }

    private static void requireMayGrant(ApiPrincipal caller, Role role) {
        if (role == Role.OWNER && caller.role() != Role.OWNER) {
            throw new OwnersOnly("making someone an owner");
        }
    }

    private static void requireMayChange(ApiPrincipal caller, Member member) {
        if (member.role() == Role.OWNER && caller.role() != Role.OWNER) {
            throw new OwnersOnly("changing or removing an owner");
        }
    }

    private void requireAnotherOwner(OrgId org) {
        organizations.lock(org);
        if (members.countOwners(org) <= 1) {
            throw new LastOwner();
        }
    }

    static final class MemberNotFound extends ProblemException.ResourceNotFound {
        MemberNotFound(UUID id) {
            super("no member " + id + " in this organization");
        }
    }

    static final class MemberExists extends ProblemException.StateConflict {
        MemberExists() {
            super("member-exists", "this person is already a member of the organization");
        }
    }

    static final class LastOwner extends ProblemException.StateConflict {
        LastOwner() {
            super("last-owner", "the organization must keep an owner: make someone else owner first");
        }
    }

    /** Something only owners may do. */
    static final class OwnersOnly extends ProblemException {
        OwnersOnly(String what) {
            super(403, "owners-only", "Forbidden", "only an owner may do this: " + what, List.of());
        }
    }
}
