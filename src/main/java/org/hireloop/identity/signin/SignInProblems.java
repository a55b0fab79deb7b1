package org.hireloop.identity.signin;

import java.util.List;
import org.hireloop.platform.FieldError;
import org.hireloop.platform.ProblemException;

/** The failures of signing in, named as facts; each becomes an RFC 9457 problem. */
public final class SignInProblems {

    private SignInProblems() {}

    /**
     * One answer for an unknown organization, an unknown email, a wrong password or a user who is
     * not a member: telling them apart would tell a stranger which accounts exist.
     */
    public static final class SignInFailed extends ProblemException {
        SignInFailed() {
            super(
                    401,
                    "sign-in-failed",
                    "Sign-in failed",
                    "the organization, email or password is not right",
                    List.of());
        }
    }

    /** The password was right and the account uses two-factor authentication. */
    public static final class SecondFactorRequired extends ProblemException {
        SecondFactorRequired() {
            super(
                    401,
                    "second-factor-required",
                    "Second factor required",
                    "this account uses two-factor authentication: send totp_code (from the authenticator app)"
                            + " or recovery_code",
                    List.of());
        }
    }

    /** The one-time code was wrong, expired, or already used. */
    public static final class SecondFactorInvalid extends ProblemException {
        SecondFactorInvalid(int status) {
            super(
                    status,
                    "second-factor-invalid",
                    status == 401 ? "Sign-in failed" : "Invalid request",
                    "the code is not right, has expired or was already used",
                    List.of(new FieldError("code", "is not right, has expired or was already used")));
        }
    }

    /** An operation on one's own sign-in that an API token may not perform. */
    public static final class SessionRequired extends ProblemException {
        public SessionRequired(String what) {
            super(
                    409,
                    "session-required",
                    "Session required",
                    what + " needs a signed-in session (password sign-in), not an API token",
                    List.of());
        }
    }

    public static final class PasswordResetLinkInvalid extends ProblemException {
        PasswordResetLinkInvalid() {
            super(
                    400,
                    "password-reset-invalid",
                    "Invalid request",
                    "the reset link is unknown, expired or already used: ask for a new one",
                    List.of(new FieldError("token", "is unknown, expired or already used")));
        }
    }

    public static final class MfaAlreadyEnabled extends ProblemException {
        MfaAlreadyEnabled() {
            super(
                    409,
                    "mfa-already-enabled",
                    "Conflict",
                    "two-factor authentication is already on; turn it off first to enrol a new device",
                    List.of());
        }
    }

    public static final class MfaNotEnrolling extends ProblemException {
        MfaNotEnrolling(String detail) {
            super(409, "mfa-not-enrolling", "Conflict", detail, List.of());
        }
    }
}
