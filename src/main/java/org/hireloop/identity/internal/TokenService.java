package org.hireloop.identity.internal;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.hireloop.identity.ApiPrincipal;
import org.hireloop.platform.EntityTag;
import org.hireloop.platform.IdGenerator;
import org.hireloop.platform.OrgId;
import org.hireloop.platform.Page;
import org.hireloop.platform.PageRequest;
import org.hireloop.platform.ProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** API tokens: created with their secret shown once, listed, revoked, and checked per request. */
@Service
public class TokenService {

    /** A token just created, with the secret the caller must keep: it is never shown again. */
    public record CreatedToken(ApiToken token, String secret) {}

    private final TokenRepository tokens;
    private final IdGenerator ids;
    private final Clock clock;

    TokenService(TokenRepository tokens, IdGenerator ids, Clock clock) {
        this.tokens = tokens;
        this.ids = ids;
        this.clock = clock;
    }

    @Transactional
    public CreatedToken create(OrgId org, UUID userId, String name) {
        return create(org, userId, name, TokenSecret.generate());
    }

    /** Creates a token with a secret chosen by the operator (the bootstrap token). */
    @Transactional
    CreatedToken create(OrgId org, UUID userId, String name, String secret) {
        UUID id = ids.newId();
        tokens.insert(
                org, id, userId, name, TokenSecret.hash(secret), TokenSecret.displayPrefix(secret), clock.instant());
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

    /** The principal a bearer secret stands for, if it is a live token. */
    public Optional<ApiPrincipal> authenticate(String secret) {
        if (!secret.startsWith(TokenSecret.PREFIX) && secret.length() < 32) {
            return Optional.empty();
        }
        return tokens.authenticate(TokenSecret.hash(secret), clock.instant());
    }

    static final class TokenNotFound extends ProblemException.ResourceNotFound {
        TokenNotFound(UUID id) {
            super("no API token " + id + " in this organization");
        }
    }
}
