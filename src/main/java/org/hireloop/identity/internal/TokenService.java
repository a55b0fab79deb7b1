package org.hireloop.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hireloop.identity.ApiPrincipal;
import org.hireloop.identity.Role;
import org.hireloop.identity.Scope;
import org.hireloop.identity.internal.TokenRepository.NewToken;
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
 * API tokens: created with their secret shown once, listed, revoked, and checked per request. A
 * token never carries more than the caller who makes it: its scopes are at most the caller's, and
 * an organization's token has a role no higher than the caller's.
 */
@Service
public class TokenService {

    /** A token just created, with the secret the caller must keep: it is never shown again. */
    public record CreatedToken(ApiToken token, String secret) {}

    /**
     * What a caller asks for.
     *
     * @param scopes null: the caller's own scopes
     * @param expiresAt null: the token does not expire
     */
    public record TokenRequest(
            String name,
            @Nullable Set<Scope> scopes,
            @Nullable Instant expiresAt) {}

    private final TokenRepository tokens;
    private final IdGenerator ids;
    private final Clock clock;

    TokenService(TokenRepository tokens, IdGenerator ids, Clock clock) {
        this.tokens = tokens;
        this.ids = ids;
        this.clock = clock;
    }

    /** A token of the person with every scope and no expiry (bootstrap, new owners, tests). */
    @Transactional
    public CreatedToken create(OrgId org, UUID userId, String name) {
        return insert(org, new NewToken(userId, null, name, EnumSet.allOf(Scope.class), null, null));
    }

    /** Creates a token with a secret chosen by the operator (the bootstrap token). */
    @Transactional
    CreatedToken create(OrgId org, UUID userId, String name, String secret) {
        return insert(org, new NewToken(userId, null, name, EnumSet.allOf(Scope.class), null, null), secret);
    }

    /**
     * A token of a person, made by the caller (the person themselves, or an admin for a member
     * whose role is not above the caller's, which the caller checked). It acts with the person's
     * role of the moment, narrowed by its scopes.
     */
    @Transactional
    public CreatedToken createForPerson(ApiPrincipal caller, UUID userId, TokenRequest request) {
        Set<Scope> scopes = request.scopes() == null ? caller.scopes() : request.scopes();
        check(caller, scopes, request.expiresAt());
        return insert(
                caller.orgId(),
                new NewToken(userId, null, request.name(), scopes, request.expiresAt(), caller.userId()));
    }

    /** A token of the organization itself: no person, a fixed role, scopes named explicitly. */
    @Transactional
    public CreatedToken createForOrganization(ApiPrincipal caller, Role role, TokenRequest request) {
        if (request.scopes() == null || request.scopes().isEmpty()) {
            throw new ProblemException.InvalidRequest("scopes", "name the scopes of an organization token");
        }
        if (!role.isAtMost(caller.role())) {
            throw new TokenExceedsCaller(
                    "role",
                    "a token cannot have a role above your own ("
                            + caller.role().dbValue() + ")");
        }
        check(caller, request.scopes(), request.expiresAt());
        return insert(
                caller.orgId(),
                new NewToken(null, role, request.name(), request.scopes(), request.expiresAt(), caller.userId()));
    }

    private void check(ApiPrincipal caller, Set<Scope> scopes, @Nullable Instant expiresAt) {
        if (scopes.isEmpty()) {
            throw new ProblemException.InvalidRequest("scopes", "name at least one of read, write, admin");
        }
        if (!caller.scopes().containsAll(scopes)) {
            throw new TokenExceedsCaller("scopes", "a token cannot have scopes your own credential lacks");
        }
        if (expiresAt != null && !expiresAt.isAfter(clock.instant())) {
            throw new ProblemException.InvalidRequest("expires_at", "must be in the future");
        }
    }

    private CreatedToken insert(OrgId org, NewToken token) {
        return insert(org, token, TokenSecret.generate());
    }

    private CreatedToken insert(OrgId org, NewToken token, String secret) {
        UUID id = ids.newId();
        tokens.insert(org, id, token, TokenSecret.hash(secret), TokenSecret.displayPrefix(secret), clock.instant());
        return new CreatedToken(tokens.find(org, id).orElseThrow(), secret);
    }

    @Transactional(readOnly = true)
    public Page<ApiToken> list(OrgId org, PageRequest page) {
        return Page.of(tokens.list(org, page.fetchSize(), page.after()), page, ApiToken::id);
    }

    @Transactional(readOnly = true)
    public ApiToken get(OrgId org, UUID id) {
        return tokens.find(org, id).orElseThrow(() -> new TokenNotFound(id));
    }

    @Transactional
    public ApiToken revoke(OrgId org, UUID id, @Nullable String ifMatch) {
        ApiToken token = get(org, id);
        EntityTag.requireMatch(ifMatch, token.version());
        if (token.revokedAt() != null) {
            throw new ProblemException.StateConflict("token-revoked", "the token " + id + " is already revoked");
        }
        if (!tokens.revoke(org, id, token.version(), clock.instant())) {
            throw new ProblemException.PreconditionFailed("the token changed meanwhile; read it again");
        }
        return get(org, id);
    }

    /** Deletes every token of a person leaving the organization; answers how many there were. */
    @Transactional
    public int deleteAllOf(OrgId org, UUID userId) {
        return tokens.deleteAllOf(org, userId);
    }

    /** The principal a bearer secret stands for, if it is a live token. */
    public Optional<ApiPrincipal> authenticate(String secret) {
        return authenticate(secret, null);
    }

    /** The principal a bearer secret stands for, if it is a live token; notes the caller's address. */
    public Optional<ApiPrincipal> authenticate(String secret, @Nullable String address) {
        if (!secret.startsWith(TokenSecret.PREFIX) && secret.length() < 32) {
            return Optional.empty();
        }
        return tokens.authenticate(TokenSecret.hash(secret), clock.instant(), address);
    }

    static final class TokenNotFound extends ProblemException.ResourceNotFound {
        TokenNotFound(UUID id) {
            super("no API token " + id + " in this organization");
        }
    }

    /** A token would carry more than the caller who asks for it. */
    public static final class TokenExceedsCaller extends ProblemException {
        TokenExceedsCaller(String field, String detail) {
            super(
                    403,
                    "token-exceeds-caller",
                    "Forbidden",
                    detail,
                    List.of(new org.hireloop.platform.FieldError(field, detail)));
        }
    }
}
