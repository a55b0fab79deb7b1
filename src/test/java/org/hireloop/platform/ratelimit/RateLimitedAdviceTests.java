package org.hireloop.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * A {@link RateLimited} that escapes a controller (as it will from the sign-in) becomes a 429
 * with Retry-After and the problem body.
 */
class RateLimitedAdviceTests {

    @Test
    void answers429WithRetryAfterAndAProblem() {
        var request = new MockHttpServletRequest("POST", "/api/v1/sign-in");

        ResponseEntity<Object> response = new RateLimitedAdvice()
                .rateLimited(new RateLimited("too many sign-in attempts for this account", 42), request);

        assertThat(response.getStatusCode().value()).isEqualTo(429);
        assertThat(response.getHeaders().getFirst("Retry-After")).isEqualTo("42");
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        @SuppressWarnings("unchecked")
        Map<String, Object> body = (Map<String, Object>) response.getBody();
        assertThat(body)
                .containsEntry("type", "urn:hireloop:problem:rate-limited")
                .containsEntry("status", 429)
                .containsEntry("instance", "/api/v1/sign-in")
                .containsEntry("detail", "too many sign-in attempts for this account; retry in 42 seconds");
    }
}
