package org.hireloop.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hireloop.platform.ProblemWriter;
import org.hireloop.platform.ratelimit.RateLimitSettings.Limit;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Which requests the filter limits, by what key, and what it does when the buckets are away. */
class RateLimitFilterTests {

    final List<String> consumed = new ArrayList<>();
    final RateLimitSettings settings = new RateLimitSettings(
            null,
            null,
            Map.of(
                    "public", new Limit(60, Duration.ofMinutes(1), null),
                    "api", new Limit(600, Duration.ofMinutes(1), null)));

    @Test
    void limitsThePublicApiByTheClientsNetwork() throws Exception {
        MockHttpServletResponse response = run(request("/api/v1/public/orgs/demo/jobs", "2001:db8:1:2:3:4:5:6"));

        assertThat(consumed).containsExactly("public 2001:0db8:0001:0002::/64");
        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void leavesRequestsWithoutAKnownCallerToSpringSecurity() throws Exception {
        run(request("/api/v1/jobs", "203.0.113.7"));

        assertThat(consumed).isEmpty();
    }

    @Test
    void letsRequestsPassWhenTheBucketsCannotBeReached() throws Exception {
        RateLimiter unreachable = new Recording() {
            @Override
            public Consumption tryConsume(String limitName, String key) {
                throw new IllegalStateException("connection refused");
            }
        };
        var chain = new MockFilterChain();

        filter(unreachable)
                .doFilter(
                        request("/api/v1/public/orgs/demo/jobs", "203.0.113.7"), new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest()).as("the request went on").isNotNull();
    }

    private MockHttpServletResponse run(MockHttpServletRequest request) throws Exception {
        var response = new MockHttpServletResponse();
        filter(new Recording()).doFilter(request, response, new MockFilterChain());
        return response;
    }

    private RateLimitFilter filter(RateLimiter limiter) {
        return new RateLimitFilter(limiter, settings, Mockito.mock(ProblemWriter.class), new SimpleMeterRegistry());
    }

    private static MockHttpServletRequest request(String path, String address) {
        var request = new MockHttpServletRequest("GET", path);
        request.setRemoteAddr(address);
        return request;
    }

    class Recording implements RateLimiter {
        @Override
        public Consumption tryConsume(String limitName, String key) {
            consumed.add(limitName + " " + key);
            return Consumption.granted(1);
        }

        @Override
        public Consumption recordFailure(String limitName, String key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void recordSuccess(String limitName, String key) {
            throw new UnsupportedOperationException();
        }
    }
}
