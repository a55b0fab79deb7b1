package org.hireloop.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hireloop.search.lucene.EngineFixture.engineWith;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.hireloop.search.JobSearchRequest;
import org.hireloop.search.JobSearchRequest.Facet;
import org.junit.jupiter.api.Test;

class SearchWarmUpTests {

    private final Clock clock = Clock.systemUTC();

    @Test
    void searchesTheIndexsMostCommonSkillsTagsAndTitlesForEveryRound() {
        try (LuceneJobSearchEngine engine = engine()) {
            SearchWarmUp warmUp = new SearchWarmUp(engine, clock);
            List<JobSearchRequest> searches = warmUp.searches();

            // the six skills of the jobs, each alone and with the commonest workplace, and the
            // title of its best job as a phrase; six tags; the blank search
            List<String> queries =
                    searches.stream().map(JobSearchRequest::query).toList();
            assertThat(queries).contains("", "Kubernetes", "Python", "Java", "SQL", "Kafka", "React");
            var board = engine.search(new JobSearchRequest(
                    org.hireloop.search.SearchScope.ALL_PUBLISHED,
                    "",
                    List.of(),
                    JobSearchRequest.Filters.NONE,
                    JobSearchRequest.Sort.RELEVANCE,
                    1,
                    null,
                    java.util.Set.of(Facet.REMOTE),
                    1));
            String workplace = board.facets().get("remote").get(0).value();
            assertThat(searches)
                    .filteredOn(search -> search.query().equals("Kafka"))
                    .extracting(search -> search.filters().workplaces())
                    .containsExactlyInAnyOrder(List.of(), List.of(workplace));
            assertThat(queries).filteredOn(query -> query.startsWith("\"")).hasSize(6);
            assertThat(searches).hasSize(1 + 6 * 3 + 6);
            assertThat(searches)
                    .allSatisfy(search -> assertThat(search.facets()).contains(Facet.TAG, Facet.SALARY));

            SearchWarmUp.Result result = warmUp.run(Duration.ofMinutes(5));
            assertThat(result.rounds()).isEqualTo(SearchWarmUp.ROUNDS);
            assertThat(result.searches()).isEqualTo(SearchWarmUp.ROUNDS * searches.size());
        }
    }

    @Test
    void stopsWhenItsTimeIsUp() {
        AtomicInteger ticks = new AtomicInteger();
        // each reading of the clock is a second later: the budget of 10 s lasts about 10 searches
        Clock ticking = new Clock() {
            @Override
            public Instant instant() {
                return Instant.EPOCH.plusSeconds(ticks.getAndIncrement());
            }

            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }
        };
        try (LuceneJobSearchEngine engine = engine()) {
            SearchWarmUp.Result result = new SearchWarmUp(engine, ticking).run(Duration.ofSeconds(10));
            assertThat(result.searches()).isBetween(1, 10);
            assertThat(result.rounds()).isZero();
        }
    }

    @Test
    void doesNothingOnAnIndexWithoutPublishedJobsOrWithoutTime() {
        try (LuceneJobSearchEngine empty =
                engineWith(TestJob.job("Draft Engineer").status("draft"))) {
            assertThat(new SearchWarmUp(empty, clock).run(Duration.ofMinutes(1)))
                    .isEqualTo(new SearchWarmUp.Result(0, 0));
        }
        try (LuceneJobSearchEngine engine = engine()) {
            assertThat(new SearchWarmUp(engine, clock).run(Duration.ZERO)).isEqualTo(new SearchWarmUp.Result(0, 0));
        }
    }

    private static LuceneJobSearchEngine engine() {
        LuceneJobSearchEngine engine = LuceneJobSearchEngine.inMemory();
        engine.upsert(TestJob.varied(300));
        engine.commit(1);
        return engine;
    }
}
