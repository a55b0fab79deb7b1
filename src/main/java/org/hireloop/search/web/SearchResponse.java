package org.hireloop.search.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hireloop.search.JobSearchResult;
import org.jspecify.annotations.Nullable;

/**
 * A page of search hits as the API shows it: a list like every other ({@code data},
 * {@code next_cursor}) plus the number of matches, the facet counts and a suggestion when nothing
 * matched.
 */
record SearchResponse(
        List<Hit> data,
        @Nullable String nextCursor,
        long total,
        boolean totalExact,
        Map<String, List<JobSearchResult.FacetCount>> facets,
        @Nullable String didYouMean) {

    static SearchResponse of(JobSearchResult result) {
        return new SearchResponse(
                result.hits().stream().map(Hit::of).toList(),
                result.nextCursor(),
                result.total(),
                result.totalExact(),
                new LinkedHashMap<>(result.facets()),
                result.didYouMean());
    }

    record Hit(
            UUID id,
            String title,
            Organization organization,
            String status,
            @Nullable Salary salary,
            List<String> tags,
            @Nullable String workplace,
            Location location,
            @Nullable String employmentType,
            @Nullable Instant publishedAt,
            @Nullable String snippet,
            float score) {

        static Hit of(JobSearchResult.JobHit hit) {
            return new Hit(
                    hit.id(),
                    hit.title(),
                    new Organization(hit.orgId(), hit.orgSlug(), hit.orgName()),
                    hit.status(),
                    hit.salaryMin() == null
                            ? null
                            : new Salary(hit.salaryMin(), hit.salaryMax(), hit.salaryCurrency(), hit.salaryPeriod()),
                    hit.tags(),
                    hit.workplace(),
                    new Location(hit.country(), hit.city()),
                    hit.employmentType(),
                    hit.publishedAt(),
                    hit.snippet(),
                    hit.score());
        }
    }

    record Organization(UUID id, String slug, String name) {}

    record Salary(
            Double min,
            @Nullable Double max,
            @Nullable String currency,
            @Nullable String period) {}

    record Location(@Nullable String country, @Nullable String city) {}
}
