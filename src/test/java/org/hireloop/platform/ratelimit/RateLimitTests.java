package org.hireloop.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.hireloop.platform.ratelimit.RateLimitSettings.Limit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The arithmetic of limits, wait times and keys, without any store. */
class RateLimitTests {

    @ParameterizedTest
    @CsvSource({
        "60, PT1M, 60 per minute",
        "5, PT15M, 5 per 15 minutes",
        "3, PT1H, 3 per hour",
        "20, PT2H, 20 per 2 hours",
        "3, PT2S, 3 per 2 seconds",
        "1, PT1S, 1 per second"
    })
    void describesALimitAsPeopleSayIt(int capacity, Duration period, String described) {
        assertThat(new Limit(capacity, period, null).describe()).isEqualTo(described);
    }

    @ParameterizedTest
    @CsvSource({"0, PT3M", "1, PT6M", "2, PT12M", "3, PT24M", "4, PT48M", "5, PT1H", "40, PT1H"})
    void theLockoutStartsAtOneAttemptsRefillAndDoublesUpToTheCap(long failuresBeyondCapacity, Duration lockout) {
        Limit signIn = new Limit(5, Duration.ofMinutes(15), Duration.ofHours(1));
        assertThat(BucketRateLimiter.lockout(signIn, failuresBeyondCapacity)).isEqualTo(lockout);
    }

    @ParameterizedTest
    @CsvSource({"PT0S, 1", "PT0.001S, 1", "PT1S, 1", "PT1.2S, 2", "PT59.999S, 60", "PT20M, 1200"})
    void retryAfterRoundsUpToWholeSeconds(Duration wait, long seconds) {
        assertThat(new Consumption(false, 0, wait).retryAfterSeconds()).isEqualTo(seconds);
    }

    @ParameterizedTest
    @CsvSource({
        "203.0.113.7, 203.0.113.7",
        "2001:db8:85a3:7:8a2e:370:7334:1, 2001:0db8:85a3:0007::/64",
        "2001:db8:85a3:7::99, 2001:0db8:85a3:0007::/64",
        "0:0:0:0:0:0:0:1, 0000:0000:0000:0000::/64",
        "::ffff:198.51.100.1, ::ffff:198.51.100.1"
    })
    void keysIPv4AddressesAsTheyAreAndIPv6ByTheir64Network(String address, String key) {
        assertThat(ClientAddress.of(address)).isEqualTo(key);
    }

    @org.junit.jupiter.api.Test
    void storesNeitherTheAddressNorTheAccountInTheBucketKey() {
        Limit limit = new Limit(5, Duration.ofMinutes(15), Duration.ofHours(1));
        String key = BucketRateLimiter.storageKey("sign-in-account", limit, "someone@example.com");

        assertThat(key).startsWith("sign-in-account:").doesNotContain("someone", "example");
        assertThat(BucketRateLimiter.storageKey("sign-in-account", new Limit(6, Duration.ofMinutes(15), null), "x"))
                .as("another configuration, another bucket")
                .isNotEqualTo(BucketRateLimiter.storageKey("sign-in-account", limit, "x"));
    }

    @org.junit.jupiter.api.Test
    void refusesALimitThatAllowsNothing() {
        assertThatThrownBy(() -> new Limit(0, Duration.ofMinutes(1), null)).hasMessageContaining("capacity");
        assertThatThrownBy(() -> new Limit(1, Duration.ZERO, null)).hasMessageContaining("period");
    }
}
