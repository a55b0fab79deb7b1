package org.hireloop.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.hireloop.Hireloop;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two replicas of Hireloop on one Redis (the server of the CI machine, on 127.0.0.1:6379), as an
 * operator runs them with HIRELOOP_REDIS_URL: a limit used up through one is used up in the other.
 * Each run keeps its keys under a prefix of its own and deletes them afterwards.
 */
@Tag("external")
class SharedRedisRateLimitIntegrationTests {

    static final String REDIS = "redis://127.0.0.1:6379";
    static final String PREFIX = "hireloop-test-" + UUID.randomUUID() + ":";
    static final String BOARD = "/api/v1/public/orgs/demo/jobs";

    static ConfigurableApplicationContext first;
    static ConfigurableApplicationContext second;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startTwoReplicas() {
        first = replica();
        second = replica();
    }

    @AfterAll
    static void stopAndDeleteTheKeys() {
        for (ConfigurableApplicationContext replica : new ConfigurableApplicationContext[] {first, second}) {
            if (replica != null) {
                replica.close();
            }
        }
        RedisClient client = RedisClient.create(REDIS);
        try (StatefulRedisConnection<String, String> redis = client.connect()) {
            List<String> keys = redis.sync().keys(PREFIX + "*");
            if (!keys.isEmpty()) {
                redis.sync().del(keys.toArray(String[]::new));
            }
        } finally {
            client.shutdown();
        }
    }

    static ConfigurableApplicationContext replica() {
        return new SpringApplicationBuilder(Hireloop.class)
                .run(
                        "--server.port=0",
                        "--hireloop.database.embedded-data-dir=target/embedded-postgres",
                        "--hireloop.database.embedded-clean=true",
                        "--hireloop.rate-limits.redis-url=" + REDIS,
                        "--hireloop.rate-limits.key-prefix=" + PREFIX,
                        "--hireloop.rate-limits.limits.public.capacity=3",
                        "--hireloop.rate-limits.limits.public.period=1m");
    }

    @Test
    void aPublicLimitUsedUpThroughOneReplicaRefusesInTheOther() {
        for (int i = 0; i < 3; i++) {
            assertThat(get(first, BOARD).statusCode()).isEqualTo(200);
        }

        HttpResponse<String> refused = get(second, BOARD);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(redisKeys()).anyMatch(key -> key.startsWith(PREFIX + "public:"));
    }

    @Test
    void aLockoutEarnedThroughOneReplicaHoldsInTheOther() {
        String account = "someone-" + UUID.randomUUID() + "@example.com";
        RateLimiter one = first.getBean(RateLimiter.class);
        RateLimiter other = second.getBean(RateLimiter.class);

        for (int failure = 1; failure <= 7; failure++) {
            one.tryConsume("sign-in-account", account);
            one.recordFailure("sign-in-account", account);
        }

        Consumption attempt = other.tryConsume("sign-in-account", account);
        assertThat(attempt.allowed()).isFalse();
        // 5 per 15 minutes: 3 minutes per attempt, doubled twice by the 6th and 7th failures
        assertThat(attempt.retryAfterSeconds()).isBetween(11 * 60L, 12 * 60L);
    }

    private List<String> redisKeys() {
        RedisClient client = RedisClient.create(REDIS);
        try (StatefulRedisConnection<String, String> redis = client.connect()) {
            return redis.sync().keys(PREFIX + "*");
        } finally {
            client.shutdown();
        }
    }

    private HttpResponse<String> get(ConfigurableApplicationContext replica, String path) {
        int port = ((WebServerApplicationContext) replica).getWebServer().getPort();
        try {
            return http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
