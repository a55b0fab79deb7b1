package org.hireloop.platform.ratelimit;

/**
 * Limits how often something may happen per key: requests per address, sign-in attempts per
 * account, password resets per account. Each limit is configured by name under
 * {@code hireloop.rate-limits.limits} (a capacity per period, and optionally a maximum lockout);
 * buckets are shared by every replica. Keys are stored hashed, so an email or an address may be
 * passed as it is.
 *
 * <p>For attempts that can fail (sign-in), call {@link #tryConsume} before checking, then
 * {@link #recordFailure} or {@link #recordSuccess}: once a run of consecutive failures reaches
 * the limit's capacity, every further failure doubles the wait before the next attempt, up to
 * the limit's {@code max-lockout}.
 */
public interface RateLimiter {

    /**
     * Takes one attempt of the named limit for this key, or refuses it (nothing is taken) with
     * the time after which the next attempt is allowed.
     *
     * @throws IllegalArgumentException when no limit of that name is configured
     */
    Consumption tryConsume(String limitName, String key);

    /**
     * Records that an attempt allowed by {@link #tryConsume} failed (a wrong password). Answers
     * whether the next attempt would be allowed now, and if not, when. Without a
     * {@code max-lockout} the limit has no back-off and this only reports its state.
     */
    Consumption recordFailure(String limitName, String key);

    /** Ends the run of failures of this key (the attempts taken are not given back). */
    void recordSuccess(String limitName, String key);
}
