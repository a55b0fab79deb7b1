package org.hireloop.platform.ratelimit;

import java.time.Duration;

/**
 * The answer of a rate limit: whether the attempt is allowed, how many attempts remain, and when
 * refused, after how long the next one will be allowed.
 */
public record Consumption(boolean allowed, long remaining, Duration retryAfter) {

    public Consumption {
        if (remaining < 0 || retryAfter.isNegative()) {
            throw new IllegalArgumentException("remaining and retryAfter cannot be negative");
        }
    }

    static Consumption granted(long remaining) {
        return new Consumption(true, remaining, Duration.ZERO);
    }

    static Consumption refused(Duration retryAfter) {
        return new Consumption(false, 0, retryAfter);
    }

    /** Whole seconds to wait, rounded up, at least 1: the value of a {@code Retry-After} header. */
    public long retryAfterSeconds() {
        long seconds = retryAfter.toSeconds() + (retryAfter.getNano() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }

    /**
     * This consumption when allowed; otherwise throws {@link RateLimited} (a 429 with
     * {@code Retry-After}) whose detail says what was limited.
     *
     * @param what what was limited, for the caller, e.g. "too many sign-in attempts for this account"
     */
    public Consumption orThrow(String what) {
        if (!allowed) {
            throw new RateLimited(what, retryAfterSeconds());
        }
        return this;
    }
}
