package org.hireloop.identity.signin;

import org.hireloop.platform.ratelimit.RateLimiter;
import org.springframework.stereotype.Component;

/**
 * Sign-in limits on the platform's rate limiter (shared by every replica): attempts per account
 * and per client address, each with a lockout that doubles with every further consecutive
 * failure, and reset emails per account. Limits and lockouts are the {@code sign-in-account},
 * {@code sign-in-address} and {@code password-reset} entries of {@code hireloop.rate-limits.limits}.
 */
@Component
class RateLimitedSignInAttempts implements SignInAttempts {

    static final String ACCOUNT = "sign-in-account";
    static final String ADDRESS = "sign-in-address";
    static final String RESET = "password-reset";

    private final RateLimiter limiter;

    RateLimitedSignInAttempts(RateLimiter limiter) {
        this.limiter = limiter;
    }

    @Override
    public void beforeAttempt(String account, String address) {
        limiter.tryConsume(ADDRESS, address).orThrow("too many sign-in attempts from your address");
        limiter.tryConsume(ACCOUNT, account).orThrow("too many sign-in attempts for this account");
    }

    @Override
    public void failed(String account, String address) {
        limiter.recordFailure(ACCOUNT, account);
        limiter.recordFailure(ADDRESS, address);
    }

    @Override
    public void succeeded(String account, String address) {
        limiter.recordSuccess(ACCOUNT, account);
        limiter.recordSuccess(ADDRESS, address);
    }

    @Override
    public void beforePasswordReset(String account, String address) {
        limiter.tryConsume(RESET, account).orThrow("too many password reset requests for this account");
    }
}
