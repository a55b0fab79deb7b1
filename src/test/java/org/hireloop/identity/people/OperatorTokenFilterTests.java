package org.hireloop.identity.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.hireloop.platform.ProblemWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.json.JsonMapper;

/** The operator API exists only with an operator token, and opens only to that token. */
class OperatorTokenFilterTests {

    private static final ProblemWriter problems = problemWriter();

    @AfterEach
    void forgetTheCaller() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void withoutAConfiguredTokenTheOperatorApiIsNotFound() throws Exception {
        for (String configured : new String[] {null, "", "  "}) {
            var response = run(new OperatorTokenFilter(configured, problems), "Bearer ");
            assertThat(response.getStatus()).isEqualTo(404);
            assertThat(response.getContentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void onlyTheConfiguredTokenAuthenticates() throws Exception {
        var filter = new OperatorTokenFilter("the-operator-token", problems);
        run(filter, "Bearer the-operator-token");
        assertThat(SecurityContextHolder.getContext().getAuthentication().getAuthorities())
                .extracting(Object::toString)
                .containsExactly("ROLE_OPERATOR");
        SecurityContextHolder.clearContext();
        run(filter, "Bearer the-operator-tokeN");
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
        run(filter, "Bearer the-operator-token-and-more");
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    private static MockHttpServletResponse run(OperatorTokenFilter filter, String authorization) throws Exception {
        var request = new MockHttpServletRequest("POST", "/api/v1/operator/orgs");
        request.addHeader("Authorization", authorization);
        var response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }

    private static ProblemWriter problemWriter() {
        try {
            var constructor = ProblemWriter.class.getDeclaredConstructor(JsonMapper.class);
            constructor.setAccessible(true);
            return constructor.newInstance(JsonMapper.builder().build());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
