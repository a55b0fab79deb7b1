package org.hireloop.platform.ratelimit;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.distributed.BucketProxy;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import org.hireloop.platform.ratelimit.RateLimitSettings.Limit;

/**
 * The rate limiter on Bucket4j token buckets. Each limit and key has a bucket of
 * {@code capacity} attempts refilled greedily over {@code period}. A limit with a
 * {@code max-lockout} also has a bucket that counts consecutive failures (one failure is
 * forgotten per max-lockout without failures); the lockout itself is debt in the attempts bucket,
 * so {@link #tryConsume} needs no second look-up and every replica sees it.
 */
final class BucketRateLimiter implements RateLimiter {

    /** Failures counted beyond the capacity: far more than any doubling that stays under a cap. */
    private static final long FAILURES_BEYOND_CAPACITY = 64;

    private final BucketStore store;
    private final RateLimitSettings settings;

    BucketRateLimiter(BucketStore store, RateLimitSettings settings) {
        this.store = store;
        this.settings = settings;
    }

    @Override
    public Consumption tryConsume(String limitName, String key) {
        Limit limit = settings.limit(limitName);
        ConsumptionProbe probe = attempts(limitName, limit, key).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed()
                ? Consumption.granted(probe.getRemainingTokens())
                : Consumption.refused(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    @Override
    public Consumption recordFailure(String limitName, String key) {
        Limit limit = settings.limit(limitName);
        BucketProxy attempts = attempts(limitName, limit, key);
        if (limit.maxLockout() != null) {
            ConsumptionProbe failure = failures(limitName, limit, key).tryConsumeAndReturnRemaining(1);
            long consecutive = failureMemory(limit) - failure.getRemainingTokens();
            if (consecutive >= limit.capacity()) {
                lockOut(attempts, limit, lockout(limit, consecutive - limit.capacity()));
            }
        }
        EstimationProbe next = attempts.estimateAbilityToConsume(1);
        return next.canBeConsumed()
                ? Consumption.granted(next.getRemainingTokens())
                : Consumption.refused(Duration.ofNanos(next.getNanosToWaitForRefill()));
    }

    @Override
    public void recordSuccess(String limitName, String key) {
        Limit limit = settings.limit(limitName);
        if (limit.maxLockout() != null) {
            failures(limitName, limit, key).reset();
        }
    }

    /** One attempt time for the run that used up the capacity, doubled by each failure after it. */
    static Duration lockout(Limit limit, long failuresBeyondCapacity) {
        Duration cap = limit.maxLockout() == null ? Duration.ZERO : limit.maxLockout();
        Duration wait = limit.attemptTime();
        for (long i = 0; i < failuresBeyondCapacity && wait.compareTo(cap) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(cap) > 0 ? cap : wait;
    }

    /**
     * Takes as many attempts on credit as it needs for the next one to come after {@code wait}
     * (to the nearest attempt time), counting the attempts still left as negative waiting.
     */
    private static void lockOut(BucketProxy attempts, Limit limit, Duration wait) {
        long attemptNanos = limit.attemptTime().toNanos();
        EstimationProbe now = attempts.estimateAbilityToConsume(1);
        long waiting =
                now.canBeConsumed() ? -(now.getRemainingTokens() - 1) * attemptNanos : now.getNanosToWaitForRefill();
        long debt = Math.round((double) (wait.toNanos() - waiting) / attemptNanos);
        if (debt > 0) {
            attempts.consumeIgnoringRateLimits(debt);
        }
    }

    private BucketProxy attempts(String limitName, Limit limit, String key) {
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(b -> b.capacity(limit.capacity()).refillGreedy(limit.capacity(), limit.period()))
                .build();
        return store.bucket(storageKey(limitName, limit, key), configuration);
    }

    private BucketProxy failures(String limitName, Limit limit, String key) {
        Duration forgetOne = limit.maxLockout() == null ? limit.period() : limit.maxLockout();
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(b -> b.capacity(failureMemory(limit)).refillGreedy(1, forgetOne))
                .build();
        return store.bucket(storageKey(limitName + ".failures", limit, key), configuration);
    }

    private static long failureMemory(Limit limit) {
        return limit.capacity() + FAILURES_BEYOND_CAPACITY;
    }

    /**
     * "limit:hash": the key is hashed, so no address or email is stored, together with the
     * limit's configuration, so a changed limit starts fresh buckets instead of keeping the old
     * capacity until they expire.
     */
    static String storageKey(String limitName, Limit limit, String key) {
        byte[] hash = sha256(limitName + "\n" + limit.fingerprint() + "\n" + key);
        return limitName + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 18));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
