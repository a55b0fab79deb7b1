package org.hireloop.platform.ratelimit;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The rate limits and where their buckets live.
 *
 * @param redisUrl Redis to keep the buckets in (so replicas share them), e.g.
 *     {@code redis://redis:6379}; empty keeps them in PostgreSQL
 * @param keyPrefix prefix of the bucket keys in Redis, for deployments that share one Redis
 * @param limits the limits by name: "public" (per client address), "api" (per API token),
 *     "sign-in-account", "sign-in-address", "password-reset" and any a module adds
 */
@ConfigurationProperties("hireloop.rate-limits")
record RateLimitSettings(
        @Nullable String redisUrl, @Nullable String keyPrefix, Map<String, Limit> limits) {

    static final String DEFAULT_KEY_PREFIX = "hireloop:rate-limit:";

    RateLimitSettings {
        limits = Map.copyOf(limits);
    }

    boolean redis() {
        return redisUrl != null && !redisUrl.isBlank();
    }

    String redisKeyPrefix() {
        return keyPrefix == null || keyPrefix.isBlank() ? DEFAULT_KEY_PREFIX : keyPrefix;
    }

    Limit limit(String name) {
        Limit limit = limits.get(name);
        if (limit == null) {
            throw new IllegalArgumentException("no rate limit named " + name + " is configured under"
                    + " hireloop.rate-limits.limits; known: " + new TreeMap<>(limits).keySet());
        }
        return limit;
    }

    /**
     * One limit: at most {@code capacity} attempts per {@code period}, refilled continuously (one
     * attempt comes back every period / capacity).
     *
     * @param capacity attempts allowed in a burst and per period
     * @param period the time in which all attempts come back
     * @param maxLockout longest wait a run of failures can lead to; empty: no back-off
     */
    record Limit(int capacity, Duration period, @Nullable Duration maxLockout) {

        Limit {
            if (capacity < 1) {
                throw new IllegalArgumentException("capacity must be at least 1, not " + capacity);
            }
            if (period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("period must be positive, not " + period);
            }
            if (maxLockout != null && (maxLockout.isNegative() || maxLockout.isZero())) {
                throw new IllegalArgumentException("max-lockout must be positive, not " + maxLockout);
            }
        }

        /** The time after which one spent attempt comes back: the base of the back-off. */
        Duration attemptTime() {
            return period.dividedBy(capacity);
        }

        /** Names this limit's configuration, so changing the limit starts fresh buckets. */
        String fingerprint() {
            return capacity + "/" + period + (maxLockout == null ? "" : "/" + maxLockout);
        }

        /** "60 per minute", "3 per 2 seconds": the limit as the problem detail tells it. */
        String describe() {
            long seconds = period.toSeconds();
            if (seconds > 0 && seconds % 3600 == 0) {
                return capacity + " per " + unit(seconds / 3600, "hour");
            }
            if (seconds > 0 && seconds % 60 == 0) {
                return capacity + " per " + unit(seconds / 60, "minute");
            }
            return capacity + " per " + unit(Math.max(1, seconds), "second");
        }

        private static String unit(long count, String name) {
            return count == 1 ? name : count + " " + name + "s";
        }
    }
}
