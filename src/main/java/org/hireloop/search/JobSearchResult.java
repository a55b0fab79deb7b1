package org.hireloop.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One page of hits, the facet counts over every match (not only this page), the total number of
 * matches, the cursor of the next page, and a corrected query when nothing matched.
 *
 * @param totalExact whether the total and the facet counts were counted over every match; false
 *     when the search matched so many jobs that the engine estimated them from a sample of the
 *     index (the hits are the same either way)
 */
public record JobSearchResult(
        List<JobHit> hits,
        long total,
        boolean totalExact,
        @Nullable String nextCursor,
        Map<String, List<FacetCount>> facets,
        @Nullable String didYouMean) {

    public JobSearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    /**
     * @param snippet a passage of the job with the matched words in {@code <mark>...</mark>}; the
     *     rest is HTML-escaped, so a client may show it as HTML
     */
    public record JobHit(
            UUID id,
            UUID orgId,
            String orgSlug,
            String orgName,
            String title,
            String status,
            List<String> tags,
            @Nullable Double salaryMin,
            @Nullable Double salaryMax,
            @Nullable String salaryCurrency,
            @Nullable String salaryPeriod,
            @Nullable String workplace,
            @Nullable String country,
            @Nullable String city,
            @Nullable String employmentType,
            @Nullable Instant publishedAt,
            @Nullable String snippet,
            float score) {

        public JobHit {
            tags = List.copyOf(tags);
        }
    }

    public record FacetCount(String value, long count) {}
}
