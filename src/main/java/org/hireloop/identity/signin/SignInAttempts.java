package org.hireloop.identity.signin;

/**
 * Abuse limits on signing in and on password resets: per account and per client address, with a
 * lockout that grows with consecutive failures ({@link RateLimitedSignInAttempts} on the platform's
 * rate limiter). Keys may be passed as they are: the limiter stores them hashed and never logs
 * them. {@link #unlimited()} is for contexts without a rate limiter.
 */
public interface SignInAttempts {

    /** Before checking a password: refuses with a 429 problem. */
    void beforeAttempt(String account, String address);

    /** The password or second factor was wrong. */
    void failed(String account, String address);

    /** The sign-in succeeded: the account's run of failures ends. */
    void succeeded(String account, String address);

    /** Before sending a password reset email: refuses with a 429 problem. */
    void beforePasswordReset(String account, String address);

    static SignInAttempts unlimited() {
        return new SignInAttempts() {
            @Override
            public void beforeAttempt(String account, String address) {}

            @Override
            public void failed(String account, String address) {}

            @Override
            public void succeeded(String account, String address) {}

            @Override
            public void beforePasswordReset(String account, String address) {}
        };
    }
}
