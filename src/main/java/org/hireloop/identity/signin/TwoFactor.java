package org.hireloop.identity.signin;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.hireloop.platform.FieldError;
import org.hireloop.platform.ProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two-factor authentication with TOTP: enrolment (a secret for the authenticator app, confirmed
 * with a first code, which also hands out the recovery codes), the check at sign-in, and turning
 * it off with a current code. Every code works once.
 */
@Service
public class TwoFactor {

    /** What an authenticator app needs: the secret, also as an otpauth:// URI for a QR code. */
    public record Enrolment(String secret, String otpauthUri) {}

    private static final SecureRandom random = new SecureRandom();
    static final String ISSUER = "Hireloop";

    private final MfaRepository repository;
    private final Accounts accounts;
    private final Clock clock;

    TwoFactor(MfaRepository repository, Accounts accounts, Clock clock) {
        this.repository = repository;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean isEnabled(UUID userId) {
        return repository.find(userId).map(MfaRepository.TotpSecret::confirmed).orElse(false);
    }

    @Transactional(readOnly = true)
    public int unusedRecoveryCodes(UUID userId) {
        return repository.unusedRecoveryCodes(userId);
    }

    @Transactional
    public Enrolment enrol(UUID userId) {
        byte[] secret = new byte[20];
        random.nextBytes(secret);
        if (!repository.startEnrolment(userId, secret, clock.instant())) {
            throw new SignInProblems.MfaAlreadyEnabled();
        }
        String email = accounts.findById(userId).orElseThrow().email();
        String base32 = Base32.encode(secret);
        String label = ISSUER + ":" + java.net.URLEncoder.encode(email, java.nio.charset.StandardCharsets.UTF_8);
        String uri = "otpauth://totp/" + label + "?secret=" + base32 + "&issuer=" + ISSUER + "&algorithm=SHA1&digits="
                + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
        return new Enrolment(base32, uri);
    }

    /** Turns enrolment on with a first code; answers the recovery codes, shown this once. */
    @Transactional
    public List<String> confirm(UUID userId, String code) {
        MfaRepository.TotpSecret totp = repository
                .find(userId)
                .orElseThrow(() -> new SignInProblems.MfaNotEnrolling(
                        "start with POST /api/v1/mfa/totp to get a secret for your authenticator app"));
        if (totp.confirmed()) {
            throw new SignInProblems.MfaAlreadyEnabled();
        }
        if (!useTotp(userId, totp, code)) {
            throw new SignInProblems.SecondFactorInvalid(400);
        }
        repository.confirm(userId, clock.instant());
        List<String> codes = new ArrayList<>();
        List<byte[]> hashes = new ArrayList<>();
        for (int i = 0; i < RecoveryCode.COUNT; i++) {
            RecoveryCode recovery = RecoveryCode.generate();
            codes.add(recovery.value());
            hashes.add(recovery.hash());
        }
        repository.replaceRecoveryCodes(userId, hashes);
        return codes;
    }

    @Transactional
    public void disable(UUID userId, String code) {
        MfaRepository.TotpSecret totp = repository
                .find(userId)
                .filter(MfaRepository.TotpSecret::confirmed)
                .orElseThrow(() -> new SignInProblems.MfaNotEnrolling("two-factor authentication is not on"));
        if (!useTotp(userId, totp, code)) {
            throw new SignInProblems.SecondFactorInvalid(400);
        }
        repository.delete(userId);
    }

    /**
     * The second factor of a sign-in: a current TOTP code, or else an unused recovery code, which
     * is used up. Refuses with a problem when neither is given or the one given is wrong.
     */
    @Transactional
    public void verify(UUID userId, @Nullable String totpCode, @Nullable String recoveryCode) {
        MfaRepository.TotpSecret totp = repository
                .find(userId)
                .filter(MfaRepository.TotpSecret::confirmed)
                .orElseThrow();
        boolean hasTotp = totpCode != null && !totpCode.isBlank();
        boolean hasRecovery = recoveryCode != null && !recoveryCode.isBlank();
        if (!hasTotp && !hasRecovery) {
            throw new SignInProblems.SecondFactorRequired();
        }
        boolean passed = hasTotp
                ? useTotp(userId, totp, totpCode)
                : repository.useRecoveryCode(userId, new RecoveryCode(recoveryCode).hash(), clock.instant());
        if (!passed) {
            throw new SignInProblems.SecondFactorInvalid(401);
        }
    }

    private boolean useTotp(UUID userId, MfaRepository.TotpSecret totp, String code) {
        if (code == null || code.isBlank()) {
            throw new ProblemException.InvalidRequest(
                    "code: the code from the authenticator app is required",
                    List.of(new FieldError("code", "must not be empty")));
        }
        OptionalLong step = Totp.matchingStep(totp.secret(), code, clock.instant());
        return step.isPresent()
                && step.getAsLong() > totp.lastUsedStep()
                && repository.useStep(userId, step.getAsLong());
    }
}
