package org.hireloop.identity.signin;

/**
 * The seam for abuse limits on signing in and on password resets: per account and per client
 * address, with a lockout that grows with consecutive failures. The platform's rate limiter
 * ({@code org.hireloop.platform.ratelimit.RateLimiter}, built separately) is meant to implement
 * it; until it is wired, {@link #unlimited()} lets every attempt through. Keys may be passed as
 * they are: an implementation stores them hashed and never logs them.
 */
public interface SignInAttempts {

    /** Before checking a password: refuses with {@link SignInProblems.TooManyAttempts}. */
    void beforeAttempt(String account, String address);

    /** The password or second factor was wrong. */
    void failed(String account, String address);

    /** The sign-in succeeded: the account's run of failures ends. */
    void succeeded(String account, String address);

    /** Before sending a password reset email: refuses with {@link SignInProblems.TooManyAttempts}. */
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
