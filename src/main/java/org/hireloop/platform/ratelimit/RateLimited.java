package org.hireloop.platform.ratelimit;

import java.util.List;
import java.util.Map;
import org.hireloop.platform.ProblemException;

/**
 * A rate limit refused the request: answered 429 with {@code Retry-After} and a problem of type
 * {@code rate-limited} whose detail says what was limited and when to retry.
 */
public class RateLimited extends ProblemException {

    private final long retryAfterSeconds;

    /**
     * @param what what was limited, as the caller can act on it, without the caller's address
     * @param retryAfterSeconds whole seconds until the next attempt is allowed
     */
    public RateLimited(String what, long retryAfterSeconds) {
        super(429, "rate-limited", "Too many requests", what + "; retry in " + seconds(retryAfterSeconds), List.of());
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("Retry-After", Long.toString(retryAfterSeconds));
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    private static String seconds(long seconds) {
        return seconds == 1 ? "1 second" : seconds + " seconds";
    }
}
