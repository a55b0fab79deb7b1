package org.hireloop.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The programmatic limiter as the sign-in will use it, on the buckets in PostgreSQL: with
 * "sign-in-account" at 2 attempts per 2 s (one comes back every second) and at most 8 s of
 * lockout.
 */
@LowRateLimits
class RateLimiterIntegrationTests {

    static final String SIGN_IN = "sign-in-account";

    @Autowired
    RateLimiter limiter;

    final String account = "someone-" + UUID.randomUUID() + "@example.com";

    @Test
    void allowsTheCapacityThenRefusesWithTheTimeToWait() {
        assertThat(limiter.tryConsume("password-reset", account).remaining()).isEqualTo(2);
        assertThat(limiter.tryConsume("password-reset", account).remaining()).isEqualTo(1);
        assertThat(limiter.tryConsume("password-reset", account).allowed()).isTrue();

        Consumption refused = limiter.tryConsume("password-reset", account);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isBetween(Duration.ofMinutes(19), Duration.ofMinutes(20));
        assertThat(limiter.tryConsume("password-reset", "someone-else-" + account)
                        .allowed())
                .as("another key has a bucket of its own")
                .isTrue();
    }

    @Test
    void eachConsecutiveFailureDoublesTheLockoutUpToTheCap() {
        limiter.tryConsume(SIGN_IN, account);
        assertThat(limiter.recordFailure(SIGN_IN, account).allowed())
                .as("one failure within the capacity locks nothing")
                .isTrue();
        limiter.tryConsume(SIGN_IN, account);

        List<Duration> waits = new ArrayList<>();
        for (int failure = 2; failure <= 6; failure++) {
            Consumption next = limiter.recordFailure(SIGN_IN, account);
            assertThat(next.allowed()).isFalse();
            waits.add(next.retryAfter());
        }

        // 1 s (one attempt's refill), then 2, 4, 8 and the cap of 8 s
        List<Duration> expected =
                List.of(1, 2, 4, 8, 8).stream().map(Duration::ofSeconds).toList();
        for (int i = 0; i < waits.size(); i++) {
            assertThat(waits.get(i))
                    .as("wait after failure %d", i + 2)
                    .isBetween(expected.get(i).minusMillis(500), expected.get(i));
        }
        Consumption attempt = limiter.tryConsume(SIGN_IN, account);
        assertThat(attempt.allowed()).isFalse();
        assertThat(attempt.retryAfterSeconds()).isEqualTo(8);
    }

    @Test
    void aSuccessEndsTheRunOfFailures() {
        for (int failure = 1; failure <= 3; failure++) {
            limiter.recordFailure(SIGN_IN, account);
        }
        limiter.recordSuccess(SIGN_IN, account);

        limiter.recordFailure(SIGN_IN, account);
        Consumption afterTwoMore = limiter.recordFailure(SIGN_IN, account);

        // without the success this would be the fifth failure in a row: 8 s
        assertThat(afterTwoMore.retryAfter()).isLessThanOrEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void aLimitWithoutLockoutOnlyCountsAttempts() {
        limiter.tryConsume("password-reset", account);
        Consumption afterFailure = limiter.recordFailure("password-reset", account);

        assertThat(afterFailure.allowed()).isTrue();
        assertThat(afterFailure.remaining()).isEqualTo(2);
    }

    @Test
    void refusesALimitThatIsNotConfigured() {
        assertThatThrownBy(() -> limiter.tryConsume("sign-up", account))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sign-up")
                .hasMessageContaining("password-reset");
    }

    @Test
    void refusedConsumptionThrowsA429ProblemThatSaysWhatWasLimited() {
        for (int i = 0; i < 3; i++) {
            limiter.tryConsume("password-reset", account);
        }
        assertThatThrownBy(() -> limiter.tryConsume("password-reset", account)
                        .orThrow("too many password resets for this account"))
                .isInstanceOfSatisfying(RateLimited.class, problem -> {
                    assertThat(problem.status()).isEqualTo(429);
                    assertThat(problem.type()).isEqualTo("rate-limited");
                    assertThat(problem.retryAfterSeconds()).isBetween(1140L, 1200L);
                    assertThat(problem.detail())
                            .isEqualTo("too many password resets for this account; retry in "
                                    + problem.retryAfterSeconds() + " seconds");
                });
    }
}
