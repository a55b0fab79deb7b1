package org.hireloop.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;

/** The search parameters read from the query string as Spring's binding read them. */
class SearchParametersResolverTests {

    private final SearchParametersResolver resolver = new SearchParametersResolver();

    private SearchParameters.Raw read(MockHttpServletRequest request) {
        return resolver.resolveArgument(null, null, new ServletWebRequest(request), null);
    }

    private static MockHttpServletRequest search() {
        return new MockHttpServletRequest("GET", "/api/v1/public/jobs");
    }

    @Test
    void readsEachParameterByItsApiName() {
        MockHttpServletRequest request = search();
        request.addParameter("q", "kubernetes");
        request.addParameter("salary_min", "100000");
        request.addParameter("employment_type", "FULL_TIME", "CONTRACTOR");
        request.addParameter("facet_limit", "5");
        request.addParameter("tag", "DevOps,Cloud");
        request.addParameter("salaryMax", "1"); // the Java name is no parameter of the API

        SearchParameters.Raw raw = read(request);

        assertThat(raw.q()).isEqualTo("kubernetes");
        assertThat(raw.salaryMin()).isEqualTo("100000");
        assertThat(raw.salaryMax()).isNull();
        assertThat(raw.employmentType()).containsExactly("FULL_TIME", "CONTRACTOR");
        assertThat(raw.facetLimit()).isEqualTo("5");
        assertThat(raw.tag()).containsExactly("DevOps,Cloud"); // split later, with the limits on values
        assertThat(raw.remote()).isNull();
        assertThat(raw.cursor()).isNull();
    }

    @Test
    void aRepeatedSingleValueIsJoinedByCommasAsSpringJoinsIt() {
        MockHttpServletRequest request = search();
        request.addParameter("q", "java", "kotlin");
        request.addParameter("limit", "");

        SearchParameters.Raw raw = read(request);

        assertThat(raw.q()).isEqualTo("java,kotlin");
        assertThat(raw.limit()).isEmpty();
        assertThat(raw.facets()).isNull();
    }

    @Test
    void readsOnlySearchParameters() {
        assertThat(resolver.supportsParameter(parameterOf("searchAll"))).isTrue();
        assertThat(resolver.supportsParameter(parameterOf("suggest"))).isFalse();
    }

    private static org.springframework.core.MethodParameter parameterOf(String method) {
        for (var candidate : PublicSearchController.class.getDeclaredMethods()) {
            if (candidate.getName().equals(method)) {
                return new org.springframework.core.MethodParameter(candidate, 0);
            }
        }
        throw new IllegalArgumentException(method);
    }
}
