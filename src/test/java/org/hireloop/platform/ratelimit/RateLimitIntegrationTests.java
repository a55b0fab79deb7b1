package org.hireloop.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hireloop.TestApi;
import org.hireloop.identity.internal.TokenService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The limits of the HTTP API, as a client meets them: public per address, the rest per token. */
@LowRateLimits
class RateLimitIntegrationTests {

    static final String BOARD = "/api/v1/public/orgs/demo/jobs";

    @LocalServerPort
    int port;

    @Autowired
    TestApi api;

    @Autowired
    TokenService tokens;

    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aBurstOnThePublicApiIsAnswered429WithRetryAfterAndAProblem() {
        HttpResponse<String> refused = burstUntilRefused(BOARD, null);

        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        long retryAfter =
                Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 2L);
        JsonNode problem = json.readTree(refused.body());
        assertThat(problem.get("type").asString()).isEqualTo("urn:hireloop:problem:rate-limited");
        assertThat(problem.get("status").asInt()).isEqualTo(429);
        assertThat(problem.get("instance").asString()).isEqualTo(BOARD);
        assertThat(problem.get("detail").asString())
                .contains("public API", "your address", "at most 3 per 2 seconds", "retry in " + retryAfter)
                .doesNotContain("127.0.0.1");
        assertThat(problem.get("trace_id").asString()).matches("[0-9a-f]{32}");
    }

    @Test
    void thePublicApiAnswersAgainOnceTheWindowHasPassed() throws InterruptedException {
        burstUntilRefused(BOARD, null);

        Instant deadline = Instant.now().plusSeconds(10);
        int status;
        do {
            Thread.sleep(100);
            status = get(BOARD, null).statusCode();
        } while (status == 429 && Instant.now().isBefore(deadline));
        assertThat(status).isEqualTo(200);
    }

    @Test
    void eachApiTokenHasLimitsOfItsOwn() {
        String first = newToken();
        String second = newToken();

        HttpResponse<String> refused = burstUntilRefused("/api/v1/jobs", first);
        assertThat(json.readTree(refused.body()).get("detail").asString())
                .contains("this API token", "at most 3 per minute");

        assertThat(get("/api/v1/jobs", second).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/jobs", first).statusCode()).isEqualTo(429);
    }

    @Test
    void healthMetricsAndApiDocsAreNeverLimited() {
        burstUntilRefused(BOARD, null);

        for (String path : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/prometheus")) {
            for (int i = 0; i < LowRateLimits.PUBLIC_CAPACITY * 3; i++) {
                assertThat(get(path, null).statusCode()).as(path).isEqualTo(200);
            }
        }
        assertThat(get("/v3/api-docs", null).statusCode()).isEqualTo(200);
    }

    /** Requests until one is refused, which must happen within the capacity and a few more. */
    private HttpResponse<String> burstUntilRefused(String path, String token) {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < LowRateLimits.PUBLIC_CAPACITY + LowRateLimits.API_CAPACITY + 5; i++) {
            HttpResponse<String> response = get(path, token);
            statuses.add(response.statusCode());
            if (response.statusCode() == 429) {
                return response;
            }
        }
        throw new AssertionError("a burst on " + path + " was never refused: " + statuses);
    }

    private String newToken() {
        return api.newOrganization("rate-limit").token();
    }

    private HttpResponse<String> get(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
