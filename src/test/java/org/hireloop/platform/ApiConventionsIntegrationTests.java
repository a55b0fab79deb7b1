package org.hireloop.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.hireloop.IntegrationTest;
import org.hireloop.TestApi;
import org.hireloop.TestApi.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The conventions every endpoint shares, checked through real HTTP on endpoints that use them. */
@IntegrationTest
class ApiConventionsIntegrationTests {

    @Autowired
    TestApi api;

    Tenant tenant;

    @BeforeEach
    void newTenant() {
        tenant = api.newOrganization("conventions");
    }

    @Test
    void anonymousCallersGetAProblemWith401AndATraceId() {
        var response = api.get("/api/v1/jobs").send();
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.header("WWW-Authenticate")).isPresent();
        JsonNode problem = response.json();
        assertThat(problem.get("status").asInt()).isEqualTo(401);
        assertThat(problem.get("trace_id").asString())
                .matches("[0-9a-f]{32}")
                .isEqualTo(response.header("X-Trace-Id").orElseThrow());
        assertThat(problem.get("instance").asString()).isEqualTo("/api/v1/jobs");
    }

    @Test
    void aRevokedOrUnknownTokenIsRefused() {
        assertThat(api.get("/api/v1/jobs")
                        .token("hl_not_a_token_of_ours_at_all_000000000000")
                        .send()
                        .status())
                .isEqualTo(401);
    }

    @Test
    void keepsTheCallersTraceparent() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        var response = api.get("/api/v1/jobs/not-a-uuid")
                .as(tenant)
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .send();
        assertThat(response.json().get("trace_id").asString()).isEqualTo(traceId);
    }

    @Test
    void refusesUnknownFieldsNamingThem() {
        var response = api.post("/api/v1/tokens")
                .as(tenant)
                .json("{\"name\":\"ci\",\"colour\":\"red\"}")
                .send();
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("colour");
    }

    @Test
    void validationErrorsNameEachField() {
        var response =
                api.post("/api/v1/tokens").as(tenant).json("{\"name\":\"\"}").send();
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
    }

    @Test
    void malformedJsonIsA400NotA500() {
        var response = api.post("/api/v1/tokens").as(tenant).json("{\"name\":").send();
        assertThat(response.status()).isEqualTo(400);
    }

    @Test
    void wrongPathParametersAreA400NamingThem() {
        var response = api.get("/api/v1/tokens/not-a-uuid").as(tenant).send();
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("id");
    }

    @Test
    void bodiesOverOneMebibyteAreRefusedWith413() {
        String big = "{\"name\":\"" + "x".repeat(1024 * 1024 + 10) + "\"}";
        var response = api.post("/api/v1/tokens").as(tenant).json(big).send();
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.json().get("detail").asString()).contains("1 MiB");
    }

    @Test
    void unknownEndpointsAreA404Problem() {
        var response = api.get("/api/v1/nothing-here").as(tenant).send();
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type").orElseThrow()).startsWith("application/problem+json");
    }

    @Test
    void idempotencyKeyReplaysTheFirstAnswer() {
        var first = api.post("/api/v1/tokens")
                .as(tenant)
                .header("Idempotency-Key", "create-ci-token")
                .json("{\"name\":\"ci\"}")
                .send();
        var second = api.post("/api/v1/tokens")
                .as(tenant)
                .header("Idempotency-Key", "create-ci-token")
                .json("{\"name\":\"ci\"}")
                .send();
        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.header("Idempotent-Replayed")).hasValue("true");
        assertThat(second.json().get("id")).isEqualTo(first.json().get("id"));
        assertThat(second.header("Location")).isEqualTo(first.header("Location"));
        var list = api.get("/api/v1/tokens").as(tenant).send().json().get("data");
        assertThat(list.valueStream()
                        .filter(t -> t.get("name").asString().equals("ci"))
                        .count())
                .isEqualTo(1);
    }

    @Test
    void idempotencyKeyWithAnotherBodyIsA422() {
        api.post("/api/v1/tokens")
                .as(tenant)
                .header("Idempotency-Key", "k-other")
                .json("{\"name\":\"a\"}")
                .send();
        var response = api.post("/api/v1/tokens")
                .as(tenant)
                .header("Idempotency-Key", "k-other")
                .json("{\"name\":\"b\"}")
                .send();
        assertThat(response.status()).isEqualTo(422);
    }

    @Test
    void idempotencyKeysAreScopedToTheCaller() {
        Tenant other = api.newOrganization("conventions-other");
        var mine = api.post("/api/v1/tokens")
                .as(tenant)
                .header("Idempotency-Key", "shared-key")
                .json("{\"name\":\"same\"}")
                .send();
        var theirs = api.post("/api/v1/tokens")
                .as(other)
                .header("Idempotency-Key", "shared-key")
                .json("{\"name\":\"same\"}")
                .send();
        assertThat(theirs.header("Idempotent-Replayed")).isEmpty();
        assertThat(theirs.json().get("id")).isNotEqualTo(mine.json().get("id"));
    }

    @Test
    void aFailedRequestDoesNotBurnItsIdempotencyKey() {
        var refused = api.post("/api/v1/tokens")
                .as(tenant)
                .header("Idempotency-Key", "retry-me")
                .json("{\"name\":\"\"}")
                .send();
        assertThat(refused.status()).isEqualTo(400);
        // a 4xx is an answer too: the same request gets the same answer
        var again = api.post("/api/v1/tokens")
                .as(tenant)
                .header("Idempotency-Key", "retry-me")
                .json("{\"name\":\"\"}")
                .send();
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.header("Idempotent-Replayed")).hasValue("true");
    }

    @Test
    void paginatesWithCursorsOverSeveralPages() {
        for (int i = 0; i < 5; i++) {
            api.post("/api/v1/tokens")
                    .as(tenant)
                    .json("{\"name\":\"t" + i + "\"}")
                    .send();
        }
        var seen = new java.util.ArrayList<String>();
        String cursor = null;
        int pages = 0;
        do {
            var page = api.get("/api/v1/tokens?limit=2" + (cursor == null ? "" : "&cursor=" + cursor))
                    .as(tenant)
                    .send()
                    .json();
            page.get("data").forEach(t -> seen.add(t.get("id").asString()));
            cursor = page.get("next_cursor").isNull()
                    ? null
                    : page.get("next_cursor").asString();
            pages++;
        } while (cursor != null);
        assertThat(seen).hasSize(6).doesNotHaveDuplicates();
        assertThat(pages).isEqualTo(3);
        assertThat(api.get("/api/v1/tokens?cursor=garbage!").as(tenant).send().status())
                .isEqualTo(400);
        assertThat(api.get("/api/v1/tokens?limit=201").as(tenant).send().status())
                .isEqualTo(400);
    }

    @Test
    void revokingNeedsIfMatchAndStopsTheToken() {
        var created = api.post("/api/v1/tokens")
                .as(tenant)
                .json("{\"name\":\"short-lived\"}")
                .send();
        String id = created.json().get("id").asString();
        String secret = created.json().get("token").asString();
        assertThat(secret).startsWith("hl_");
        assertThat(api.delete("/api/v1/tokens/" + id).as(tenant).send().status())
                .isEqualTo(428);
        assertThat(api.delete("/api/v1/tokens/" + id)
                        .as(tenant)
                        .header("If-Match", "\"99\"")
                        .send()
                        .status())
                .isEqualTo(412);
        String etag = created.header("ETag").orElseThrow();
        assertThat(api.delete("/api/v1/tokens/" + id)
                        .as(tenant)
                        .header("If-Match", etag)
                        .send()
                        .status())
                .isEqualTo(204);
        assertThat(api.get("/api/v1/tokens").token(secret).send().status()).isEqualTo(401);
        assertThat(api.get("/api/v1/tokens/" + id)
                        .as(tenant)
                        .send()
                        .json()
                        .get("token")
                        .isNull())
                .isTrue();
    }

    @Test
    void healthAndMetricsAreOpenToProbes() {
        assertThat(api.get("/actuator/health/liveness").send().status()).isEqualTo(200);
        assertThat(api.get("/actuator/health/readiness").send().status()).isEqualTo(200);
        var metrics = api.get("/actuator/prometheus").send();
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.text())
                .contains(
                        "http_server_requests_seconds",
                        "hireloop_search_query_cache_hits_total",
                        "hireloop_search_query_cache_memory_max_bytes");
        assertThat(api.get("/actuator/env").send().status()).isEqualTo(401);
    }

    @Test
    void theOpenApiDocumentDescribesErrorsAndAuthOfEveryOperation() {
        JsonNode document = api.get("/v3/api-docs").send().json();
        assertThat(document.get("openapi").asString()).startsWith("3.1");
        JsonNode jobs = document.get("paths").get("/api/v1/jobs/{id}");
        assertThat(jobs.get("get").get("responses").has("404")).isTrue();
        assertThat(jobs.get("patch").get("responses").has("412")).isTrue();
        assertThat(jobs.get("patch").get("responses").has("428")).isTrue();
        assertThat(jobs.get("get").get("security").get(0).has("bearer")).isTrue();
        JsonNode board = document.get("paths").get("/api/v1/public/orgs/{orgSlug}/jobs");
        assertThat(board.get("get").get("security")).isEmpty();
        assertThat(api.get("/docs").send().status()).isIn(200, 302);
    }

    @Test
    void securityHeadersAreSet() {
        var response = api.get("/api/v1/jobs").as(tenant).send();
        assertThat(response.header("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.header("X-Frame-Options")).hasValue("DENY");
        assertThat(new String(new byte[0], StandardCharsets.UTF_8)).isEmpty();
    }
}
