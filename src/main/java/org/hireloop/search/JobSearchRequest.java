package org.hireloop.search;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One search, already validated: the engine may trust every value here. The web layer turns query
 * parameters into this and refuses wrong ones with 400.
 *
 * @param query the user's query text (may be empty: then every job in scope matches); words,
 *     "quoted phrases", prefix* terms, -excluded words
 * @param querySkills skills the taxonomy recognized in the query (with the organization's own
 *     aliases), searched as synonyms of the words that named them
 * @param salaryMinYearly with salaryMaxYearly: the requested range in the base currency per year;
 *     a job matches when its range overlaps it
 * @param cursor an opaque cursor the engine gave out for the same request, or null
 * @param facets the facet dimensions to count (see {@link Facet})
 */
public record JobSearchRequest(
        SearchScope scope,
        String query,
        List<QuerySkill> querySkills,
        Filters filters,
        Sort sort,
        int limit,
        @Nullable String cursor,
        Set<Facet> facets,
        int facetLimit) {

    public static final int MAX_LIMIT = 100;
    public static final int MAX_FACET_LIMIT = 100;

    public JobSearchRequest {
        querySkills = List.copyOf(querySkills);
        facets = Set.copyOf(facets);
    }

    /** Filters; an empty list or null means no filter on that fact. Values within one list are ORed. */
    public record Filters(
            List<String> tags,
            @Nullable Double salaryMinYearly,
            @Nullable Double salaryMaxYearly,
            @Nullable Integer experienceMax,
            List<String> workplaces,
            List<String> locations,
            List<String> employmentTypes,
            List<String> orgSlugs,
            @Nullable Instant postedSince,
            List<String> statuses,
            List<String> departments,
            List<String> skills) {

        public static final Filters NONE = new Filters(
                List.of(), null, null, null, List.of(), List.of(), List.of(), List.of(), null, List.of(), List.of(),
                List.of());

        public Filters {
            tags = List.copyOf(tags);
            workplaces = List.copyOf(workplaces);
            locations = List.copyOf(locations);
            employmentTypes = List.copyOf(employmentTypes);
            orgSlugs = List.copyOf(orgSlugs);
            statuses = List.copyOf(statuses);
            departments = List.copyOf(departments);
            skills = List.copyOf(skills);
        }
    }

    public enum Sort {
        RELEVANCE,
        NEWEST,
        SALARY;

        public String apiValue() {
            return name().toLowerCase();
        }
    }

    /** What facets count, by their API names. Location counts countries and cities. */
    public enum Facet {
        TAG("tag"),
        REMOTE("remote"),
        EMPLOYMENT_TYPE("employment_type"),
        LOCATION("location"),
        ORG("org"),
        EXPERIENCE("experience"),
        SALARY("salary"),
        SKILL("skill"),
        STATUS("status"),
        DEPARTMENT("department");

        private final String apiName;

        Facet(String apiName) {
            this.apiName = apiName;
        }

        public String apiName() {
            return apiName;
        }
    }
}
