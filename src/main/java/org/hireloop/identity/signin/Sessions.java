package org.hireloop.identity.signin;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.hireloop.platform.IdGenerator;
import org.hireloop.platform.OrgId;
import org.hireloop.platform.TenantContext;
import org.jspecify.annotations.Nullable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Server-side sessions: started at sign-in with a secret the cookie carries, checked on each
 * request (idle timeout and absolute lifetime), ended at sign-out, and ended all at once for a
 * user whose password changed.
 */
@Service
public class Sessions {

    /** A session just started, with the secret for the cookie: it is never stored. */
    public record NewSession(String secret, UUID id, Instant expiresAt) {
        @Override
        public String toString() {
            return "NewSession[" + id + "]";
        }
    }

    private final SessionRepository repository;
    private final SignInSettings settings;
    private final IdGenerator ids;
    private final Clock clock;
    private final TransactionTemplate transactions;

    Sessions(
            SessionRepository repository,
            SignInSettings settings,
            IdGenerator ids,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.repository = repository;
        this.settings = settings;
        this.ids = ids;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactions);
    }

    public NewSession start(OrgId org, UUID userId) {
        OpaqueSecret secret = OpaqueSecret.generate();
        UUID id = ids.newId();
        Instant now = clock.instant();
        Instant expiresAt = now.plus(settings.sessionLifetime());
        TenantContext.runAs(
                org,
                () -> transactions.executeWithoutResult(status -> {
                    repository.insert(org, id, userId, secret.hash(), now, expiresAt);
                }));
        return new NewSession(secret.value(), id, expiresAt);
    }

    public Optional<CurrentSession> authenticate(String secret) {
        if (secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        return repository.authenticate(new OpaqueSecret(secret).hash(), clock.instant(), settings.sessionIdleTimeout());
    }

    public void end(CurrentSession session) {
        TenantContext.runAs(
                session.orgId(),
                () -> transactions.executeWithoutResult(status -> repository.delete(session.orgId(), session.id())));
    }

    /** Ends every session of the user in every organization, except the one named. */
    public int endAllOf(UUID userId, @Nullable UUID except) {
        return repository.deleteAllOf(userId, except);
    }

    @Scheduled(fixedDelayString = "PT15M", initialDelayString = "PT2M")
    void deleteExpired() {
        repository.deleteExpired(clock.instant(), settings.sessionIdleTimeout());
    }
}
