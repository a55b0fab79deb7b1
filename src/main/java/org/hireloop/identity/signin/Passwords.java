package org.hireloop.identity.signin;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import org.hireloop.platform.Mailer;
import org.hireloop.platform.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Changing a password (knowing the current one) and resetting a forgotten one by an emailed,
 * single-use link that works for an hour. Either way every session of the user ends: whoever
 * knew the old password is signed out everywhere.
 */
@Service
public class Passwords {

    private static final Logger log = LoggerFactory.getLogger(Passwords.class);

    private final Accounts accounts;
    private final Sessions sessions;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final Mailer mailer;
    private final SignInSettings settings;
    private final SignInAttempts attempts;
    private final Executor background;
    private final Clock clock;
    private final TransactionTemplate transactions;

    private final SignInAudit audit;

    Passwords(
            Accounts accounts,
            Sessions sessions,
            PasswordPolicy policy,
            PasswordEncoder encoder,
            Mailer mailer,
            SignInSettings settings,
            Optional<SignInAttempts> attempts,
            @Qualifier("applicationTaskExecutor") Executor background,
            Clock clock,
            PlatformTransactionManager transactions,
            SignInAudit audit) {
        this.audit = audit;
        this.accounts = accounts;
        this.sessions = sessions;
        this.policy = policy;
        this.encoder = encoder;
        this.mailer = mailer;
        this.settings = settings;
        this.attempts = attempts.orElseGet(SignInAttempts::unlimited);
        this.background = background;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactions);
    }

    /**
     * Sets a new password after checking the current one, ends every session of the user and
     * starts a fresh one for the caller in its organization.
     */
    public Sessions.NewSession change(CurrentSession caller, String current, String replacement) {
        Accounts.Account account = accounts.findById(caller.userId()).orElseThrow();
        if (account.passwordHash() == null || !encoder.matches(current, account.passwordHash())) {
            throw new ProblemException.InvalidRequest("current_password", "is not your current password");
        }
        policy.check("new_password", replacement, account.email());
        if (encoder.matches(replacement, account.passwordHash())) {
            throw new ProblemException.InvalidRequest("new_password", "must differ from the current password");
        }
        return transactions.execute(status -> {
            accounts.updatePassword(account.id(), encoder.encode(replacement));
            sessions.endAllOf(account.id(), null);
            return sessions.start(caller.orgId(), account.id());
        });
    }

    /**
     * Sends a reset link when the email belongs to a user. The caller always gets the same answer
     * at once: the lookup and the email happen in the background, so even the timing does not
     * tell whether the account exists.
     */
    public void requestReset(String email, String address) {
        String account = email.strip().toLowerCase(Locale.ROOT);
        attempts.beforePasswordReset(account, address);
        background.execute(() -> {
            try {
                sendResetLink(account);
            } catch (RuntimeException e) {
                log.error("Could not send a password reset email", e);
            }
        });
    }

    private void sendResetLink(String email) {
        Optional<Accounts.Account> user = accounts.findByEmail(email);
        if (user.isEmpty()) {
            return;
        }
        OpaqueSecret token = OpaqueSecret.generate();
        Instant now = clock.instant();
        Instant expiresAt = now.plus(settings.passwordResetValidity());
        transactions.executeWithoutResult(
                status -> accounts.insertResetLink(token.hash(), user.get().id(), now, expiresAt));
        long minutes = settings.passwordResetValidity().toMinutes();
        mailer.send(new Mailer.Mail(user.get().email(), "Reset your Hireloop password", """
                Someone asked to reset the password of your Hireloop account. If it was you, open this \
                link within %d minutes to choose a new password:

                %s/reset-password?token=%s

                The link works once. If you did not ask for it, ignore this email: your password \
                stays as it is.
                """.formatted(
                        minutes, settings.publicUrl(), token.value())));
        log.info("Sent a password reset link to user {}", user.get().id());
    }

    /** Sets the new password of a reset link, which is then used up, and ends every session. */
    public void confirmReset(String token, String replacement) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw new SignInProblems.PasswordResetLinkInvalid();
        }
        byte[] hash = new OpaqueSecret(token.strip()).hash();
        transactions.executeWithoutResult(status -> {
            UUID userId = accounts.useResetLink(hash, clock.instant())
                    .orElseThrow(SignInProblems.PasswordResetLinkInvalid::new);
            Accounts.Account account = accounts.findById(userId).orElseThrow();
            policy.check("new_password", replacement, account.email());
            accounts.updatePassword(userId, encoder.encode(replacement));
            sessions.endAllOf(userId, null);
            accounts.memberships(userId)
                    .forEach(m -> audit.record(m.orgId(), userId, "password.reset", null, null, List.of("password")));
        });
    }
}
