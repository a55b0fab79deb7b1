package org.hireloop.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hireloop.search.lucene.EngineFixture.anyIndexVersion;
import static org.hireloop.search.lucene.TestJob.job;
import static org.hireloop.search.lucene.TestJob.varied;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hireloop.search.JobDocument;
import org.hireloop.search.JobSearchRequest;
import org.hireloop.search.JobSearchRequest.Facet;
import org.hireloop.search.JobSearchResult;
import org.hireloop.search.JobSearchResult.FacetCount;
import org.hireloop.search.SearchScope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A search matching more jobs than the engine counts exactly estimates its total and facets from
 * a sample of the index, says so, and still finds the same page as a search that counts
 * everything; a narrower search, or any search on an index no larger than twice the sample, is
 * counted exactly.
 */
class LuceneEstimatedCountTests {

    private static final int EXACT_COUNT = 1000;
    private static final int SAMPLE_DOCS = 2048;

    private static LuceneJobSearchEngine exact;
    private static LuceneJobSearchEngine estimating;

    @BeforeAll
    static void index() {
        List<JobDocument> jobs = varied(12_000);
        exact = engine(new LuceneJobSearchEngine.Options(false, 2, Integer.MAX_VALUE, SAMPLE_DOCS), jobs);
        estimating = engine(new LuceneJobSearchEngine.Options(false, 2, EXACT_COUNT, SAMPLE_DOCS), jobs);
    }

    @AfterAll
    static void close() {
        exact.close();
        estimating.close();
    }

    @Test
    void aBroadSearchEstimatesItsTotalAndFacetsAndSaysSo() {
        for (String query : List.of("", "engineer", "java data", "alpha")) {
            JobSearchResult counted = exact.search(request(query, null));
            JobSearchResult estimated = estimating.search(request(query, null));
            assertThat(counted.totalExact()).isTrue();
            assertThat(counted.total()).as(query).isGreaterThan(EXACT_COUNT * 2);

            assertThat(estimated.totalExact()).as(query).isFalse();
            assertThat((double) estimated.total())
                    .as("estimated total of %s", query)
                    .isCloseTo(counted.total(), within(counted.total() * 0.1));
            assertThat(estimated.hits()).as(query).isEqualTo(counted.hits());
            assertThat(anyIndexVersion(estimated).nextCursor())
                    .as(query)
                    .isEqualTo(anyIndexVersion(counted).nextCursor());
            assertFacetsClose(query, estimated.facets(), counted.facets());
        }
    }

    @Test
    void theNextPagesOfAnEstimatedSearchAreThePagesOfTheExactOne() {
        JobSearchResult counted = exact.search(request("engineer", null));
        JobSearchResult estimated = estimating.search(request("engineer", null));
        for (int page = 0; page < 3; page++) {
            counted = exact.search(request("engineer", counted.nextCursor()));
            estimated = estimating.search(request("engineer", estimated.nextCursor()));
            assertThat(estimated.hits()).isEqualTo(counted.hits());
        }
    }

    /**
     * The index keeps the jobs of one title together (LuceneJobSearchEngine.INDEX_ORDER): a sample
     * of blocks as large as a title's share of a segment would find its jobs all or not at all.
     */
    @Test
    void aSearchForOneTitleIsEstimatedClosely() {
        List<String> titles = List.of("Alpha Analyst", "Bravo Baker", "Charlie Chemist", "Delta Driver");
        List<JobDocument> jobs = new ArrayList<>();
        for (int i = 0; i < 12_000; i++) {
            jobs.add(job(titles.get(i % titles.size())).build());
        }
        LuceneJobSearchEngine sampled = engine(new LuceneJobSearchEngine.Options(false, 2, EXACT_COUNT, 4096), jobs);
        try {
            for (String word : List.of("analyst", "baker", "chemist", "driver")) {
                JobSearchResult estimated = sampled.search(request(word, null));
                assertThat(estimated.totalExact()).as(word).isFalse();
                assertThat((double) estimated.total()).as(word).isCloseTo(3000, within(3000 * 0.1));
            }
        } finally {
            sampled.close();
        }
    }

    @Test
    void aNarrowSearchIsCountedExactly() {
        for (String query : List.of("\"platform engineer chef\"", "\"java developer kitchen\"", "nothingmatches")) {
            JobSearchResult counted = exact.search(request(query, null));
            assertThat(counted.total()).as(query).isLessThanOrEqualTo(EXACT_COUNT);
            assertThat(anyIndexVersion(estimating.search(request(query, null))))
                    .as(query)
                    .isEqualTo(anyIndexVersion(counted));
        }
    }

    @Test
    void aSmallIndexIsAlwaysCountedExactly() {
        List<JobDocument> jobs = varied(3000);
        LuceneJobSearchEngine small = engine(new LuceneJobSearchEngine.Options(false, 2, 10, SAMPLE_DOCS), jobs);
        try {
            JobSearchResult all = small.search(request("", null));
            assertThat(all.totalExact()).isTrue();
            assertThat(all.total())
                    .isEqualTo(jobs.stream().filter(JobDocument::published).count());
        } finally {
            small.close();
        }
    }

    /**
     * The estimate lists mostly the values the exact count lists (values with nearly the same count
     * may trade places at the end of the list), and every value of both with a large count is
     * estimated within 20%.
     */
    private static void assertFacetsClose(
            String query, Map<String, List<FacetCount>> estimated, Map<String, List<FacetCount>> counted) {
        assertThat(estimated.keySet()).isEqualTo(counted.keySet());
        counted.forEach((dim, values) -> {
            Map<String, Long> guesses = new HashMap<>();
            estimated.get(dim).forEach(guess -> guesses.put(guess.value(), guess.count()));
            long listedByBoth = values.stream()
                    .filter(value -> guesses.containsKey(value.value()))
                    .count();
            assertThat(listedByBoth).as("%s: %s", query, dim).isGreaterThanOrEqualTo((values.size() + 1) / 2);
            for (FacetCount value : values) {
                Long guess = guesses.get(value.value());
                if (guess == null || value.count() < 500) {
                    continue; // a rare value is a few matches in the sample: its estimate may be far off
                }
                assertThat((double) guess)
                        .as("%s: %s=%s", query, dim, value.value())
                        .isCloseTo(value.count(), within(value.count() * 0.2));
            }
        });
    }

    private static LuceneJobSearchEngine engine(LuceneJobSearchEngine.Options options, List<JobDocument> jobs) {
        LuceneJobSearchEngine engine = LuceneJobSearchEngine.inMemory(options);
        for (int from = 0, commit = 1; from < jobs.size(); from += 2500, commit++) {
            engine.upsert(jobs.subList(from, Math.min(jobs.size(), from + 2500)));
            engine.commit(commit);
        }
        return engine;
    }

    private static JobSearchRequest request(String query, String cursor) {
        return new JobSearchRequest(
                SearchScope.ALL_PUBLISHED,
                query,
                List.of(),
                JobSearchRequest.Filters.NONE,
                JobSearchRequest.Sort.RELEVANCE,
                20,
                cursor,
                Set.of(Facet.values()),
                10);
    }
}
