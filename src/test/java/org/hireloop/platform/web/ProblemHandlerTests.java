package org.hireloop.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.hireloop.platform.ratelimit.RateLimited;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

/** Problems thrown by controllers: status, body, and the headers a problem carries. */
class ProblemHandlerTests {

    @Test
    void aRateLimitThrownByAControllerAnswers429WithRetryAfterAndAProblem() {
        var request = new MockHttpServletRequest("POST", "/api/v1/public/session");

        ResponseEntity<Object> response = new ProblemHandler()
                .problem(new RateLimited("too many sign-in attempts for this account", 42), request);

        assertThat(response.getStatusCode().value()).isEqualTo(429);
        assertThat(response.getHeaders().getFirst("Retry-After")).isEqualTo("42");
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        @SuppressWarnings("unchecked")
        Map<String, Object> body = (Map<String, Object>) response.getBody();
        assertThat(body)
                .containsEntry("type", "urn:hireloop:problem:rate-limited")
                .containsEntry("status", 429)
                .containsEntry("instance", "/api/v1/public/session")
                .containsEntry("detail", "too many sign-in attempts for this account; retry in 42 seconds");
    }
}
