package org.hireloop.identity.signin;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.hireloop.identity.Role;
import org.hireloop.platform.OrgId;
import org.hireloop.platform.ProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Password sign-in into an organization. Every failure before the password is known to be right
 * answers the same problem and costs one Argon2 hash, whether the user exists or not, so neither
 * the answer nor its timing tells a stranger which accounts exist.
 */
@Service
public class SignIn {

    /** What a sign-in asks for; the organization may be left out by members of only one. */
    public record Credentials(
            @Nullable String organization,
            String email,
            String password,
            @Nullable String totpCode,
            @Nullable String recoveryCode) {
        @Override
        public String toString() {
            return "Credentials[...]";
        }
    }

    /** A person signed in: the session to set as a cookie, and who they are now. */
    public record SignedIn(Sessions.NewSession session, UUID userId, OrgId orgId, String slug, Role role) {}

    private final Accounts accounts;
    private final Sessions sessions;
    private final TwoFactor twoFactor;
    private final PasswordEncoder passwords;
    private final SignInAttempts attempts;
    private final SignInAudit audit;
    private final String dummyHash;

    SignIn(
            Accounts accounts,
            Sessions sessions,
            TwoFactor twoFactor,
            PasswordEncoder passwords,
            Optional<SignInAttempts> attempts,
            SignInAudit audit) {
        this.audit = audit;
        this.accounts = accounts;
        this.sessions = sessions;
        this.twoFactor = twoFactor;
        this.passwords = passwords;
        this.attempts = attempts.orElseGet(SignInAttempts::unlimited);
        this.dummyHash = passwords.encode("a password nobody has, hashed to take the time of a real check");
    }

    public SignedIn signIn(Credentials credentials, String address) {
        String account = credentials.email().strip().toLowerCase(Locale.ROOT);
        attempts.beforeAttempt(account, address);
        Optional<Accounts.Account> user = accounts.findByEmail(account);
        String hash = user.map(Accounts.Account::passwordHash).orElse(null);
        boolean passwordRight =
                passwords.matches(credentials.password(), hash == null ? dummyHash : hash) && hash != null;
        Optional<Accounts.Membership> membership =
                passwordRight ? membership(user.get().id(), credentials.organization()) : Optional.empty();
        if (membership.isEmpty()) {
            attempts.failed(account, address);
            user.ifPresent(known -> auditFailure(known.id(), credentials.organization(), address, "password"));
            throw new SignInProblems.SignInFailed();
        }
        UUID userId = user.get().id();
        if (twoFactor.isEnabled(userId)) {
            try {
                twoFactor.verify(userId, credentials.totpCode(), credentials.recoveryCode());
            } catch (SignInProblems.SecondFactorInvalid e) {
                attempts.failed(account, address);
                auditFailure(userId, membership.get().slug(), address, "second_factor");
                throw e;
            }
        }
        attempts.succeeded(account, address);
        SignedIn signedIn = signedIn(userId, membership.get());
        audit.record(
                signedIn.orgId(), userId, "session.create", signedIn.session().id(), address, List.of("password"));
        return signedIn;
    }

    /**
     * A failed sign-in of a known person goes to the audit log of the organization it aimed at
     * (or their only one): an owner can see attempts on their members' accounts.
     */
    private void auditFailure(UUID userId, @Nullable String organization, String address, String failed) {
        List<Accounts.Membership> memberships = accounts.memberships(userId);
        String slug = organization == null ? "" : organization.strip().toLowerCase(Locale.ROOT);
        memberships.stream()
                .filter(m -> slug.isEmpty() ? memberships.size() == 1 : m.slug().equals(slug))
                .findFirst()
                .ifPresent(
                        m -> audit.record(m.orgId(), userId, "session.create_failed", null, address, List.of(failed)));
    }

    /** Starts a session for a user already authenticated otherwise (OpenID Connect). */
    public Optional<SignedIn> signInVerified(UUID userId, @Nullable String organization) {
        Optional<SignedIn> signedIn = membership(userId, organization).map(m -> signedIn(userId, m));
        signedIn.ifPresent(s ->
                audit.record(s.orgId(), userId, "session.create", s.session().id(), null, List.of("openid_connect")));
        return signedIn;
    }

    private SignedIn signedIn(UUID userId, Accounts.Membership membership) {
        Sessions.NewSession session = sessions.start(membership.orgId(), userId);
        return new SignedIn(session, userId, membership.orgId(), membership.slug(), membership.role());
    }

    private Optional<Accounts.Membership> membership(UUID userId, @Nullable String organization) {
        List<Accounts.Membership> memberships = accounts.memberships(userId);
        if (organization == null || organization.isBlank()) {
            if (memberships.size() > 1) {
                throw new ProblemException.InvalidRequest(
                        "organization", "you are a member of several organizations: name the one to sign in to");
            }
            return memberships.stream().findFirst();
        }
        String slug = organization.strip().toLowerCase(Locale.ROOT);
        return memberships.stream().filter(m -> m.slug().equals(slug)).findFirst();
    }
}
