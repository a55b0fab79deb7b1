package org.hireloop.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import org.hireloop.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Security headers on every answer, problems for every refusal, and no CORS unless configured. */
@IntegrationTest
class HardeningIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void everyApiAnswerCarriesTheHardeningHeaders() {
        for (var answer : new Browser.Answer[] {
            Browser.at(port).get("/api/v1/public/orgs/demo/jobs"),
            Browser.at(port).get("/api/v1/jobs"),
            Browser.at(port).get("/no/such/path"),
            Browser.at(port).get("/actuator/health")
        }) {
            assertThat(answer.header("Content-Security-Policy"))
                    .as(answer.toString())
                    .hasValue("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
            assertThat(answer.header("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(answer.header("Referrer-Policy")).hasValue("no-referrer");
            assertThat(answer.header("X-Frame-Options")).hasValue("DENY");
            assertThat(answer.header("Strict-Transport-Security"))
                    .as("HSTS only over TLS")
                    .isEmpty();
        }
    }

    @Test
    void theSwaggerUiStillLoadsUnderItsOwnPolicy() {
        Browser browser = new Browser("http://localhost:" + port, HttpClient.Redirect.NORMAL);
        var page = browser.get("/docs");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("swagger-ui");
        assertThat(page.header("Content-Security-Policy"))
                .hasValueSatisfying(policy -> assertThat(policy)
                        .contains("script-src 'self'", "frame-ancestors 'none'")
                        .doesNotContain("unsafe-eval"));
        assertThat(page.text().replaceAll("<script[^>]*src=[^>]*>\\s*</script>", ""))
                .as("no inline script, which the policy would block")
                .doesNotContain("<script");
        var initializer = browser.get(page.response().uri().getPath().replace("index.html", "swagger-initializer.js"));
        assertThat(initializer.status()).isEqualTo(200);
    }

    @Test
    void refusalsAreProblemsWithoutInternals() {
        var anonymous = Browser.at(port).get("/api/v1/jobs");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));

        var unknown = Browser.at(port).get("/api/v1/public/no-such-thing");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));

        var malformed = Browser.at(port).post("/api/v1/public/session", "{\"email\": ");
        assertThat(malformed.status()).isEqualTo(400);
        for (var answer : new Browser.Answer[] {anonymous, unknown, malformed}) {
            assertThat(answer.text()).doesNotContain("Exception", "org.hireloop", "springframework", "\tat ");
        }
    }

    @Test
    void answersNoCrossOriginRequestWhenNoOriginIsConfigured() {
        var preflight = Browser.at(port)
                .send(
                        "OPTIONS",
                        "/api/v1/public/orgs/demo/jobs",
                        null,
                        "Origin",
                        "https://jobs.example.org",
                        "Access-Control-Request-Method",
                        "GET");
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEmpty();
        var simple = Browser.at(port).get("/api/v1/public/orgs/demo/jobs", "Origin", "https://jobs.example.org");
        assertThat(simple.header("Access-Control-Allow-Origin")).isEmpty();
    }
}
