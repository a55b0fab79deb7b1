package org.hireloop.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hireloop.search.lucene.EngineFixture.*;
import static org.hireloop.search.lucene.TestJob.*;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.hireloop.platform.ProblemException;
import org.hireloop.search.JobSearchRequest;
import org.hireloop.search.JobSearchRequest.Sort;
import org.hireloop.search.JobSearchResult;
import org.hireloop.search.SearchScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Hits come in the order asked for, and paging through them shows every job exactly once. */
class LuceneSortAndCursorTests {

    private LuceneJobSearchEngine engine;

    @AfterEach
    void close() {
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    void newestFirstByPublicationFallingBackToTheLastUpdateOfUnpublishedJobs() {
        engine = engineWith(
                job("Old").published(T0),
                job("Newer").published(T0.plus(Duration.ofDays(2))),
                job("Draft updated in between").status("draft").updated(T0.plus(Duration.ofDays(1))),
                job("Newest").published(T0.plus(Duration.ofDays(3))));

        JobSearchRequest request = with(with(request(""), new SearchScope.OrgPrivate(ORG_A)), Sort.NEWEST, 10, null);

        assertThat(titles(engine.search(request)))
                .containsExactly("Newest", "Newer", "Draft updated in between", "Old");
    }

    @Test
    void highestSalaryFirstWithJobsWithoutSalaryLast() {
        engine = engineWith(
                job("None"),
                job("Mid").salary(50_000.0, 80_000.0),
                job("High").salary(90_000.0, 150_000.0),
                job("Low").salary(20_000.0, 30_000.0));

        assertThat(titles(engine.search(with(request(""), Sort.SALARY, 10, null))))
                .containsExactly("High", "Mid", "Low", "None");
    }

    @Test
    void equalScoresAreOrderedById() {
        UUID first = UUID.fromString("00000000-0000-7000-8000-100000000001");
        UUID second = UUID.fromString("00000000-0000-7000-8000-100000000002");
        engine = engineWith(job("Engineer").id(second), job("Engineer").id(first));

        JobSearchResult result = engine.search(request("engineer"));

        assertThat(result.hits()).extracting(JobSearchResult.JobHit::id).containsExactly(first, second);
    }

    /** Ties follow the index order, which keeps the jobs of one title together (RelevanceTopDocs). */
    @Test
    void equalScoresOfOtherTitlesAreOrderedByTitleFirst() {
        UUID first = UUID.fromString("00000000-0000-7000-8000-100000000001");
        UUID second = UUID.fromString("00000000-0000-7000-8000-100000000002");
        UUID third = UUID.fromString("00000000-0000-7000-8000-100000000003");
        engine = engineWith(
                job("Bravo Engineer").id(first),
                job("alpha Engineer").id(third),
                job("Alpha Engineer").id(second));

        JobSearchResult result = engine.search(request("engineer"));

        assertThat(result.hits())
                .extracting(JobSearchResult.JobHit::score)
                .containsOnly(result.hits().get(0).score());
        assertThat(result.hits()).extracting(JobSearchResult.JobHit::id).containsExactly(second, third, first);
        String cursor = engine.search(with(request("engineer"), Sort.RELEVANCE, 1, null))
                .nextCursor();
        assertThat(engine.search(with(request("engineer"), Sort.RELEVANCE, 1, cursor))
                        .hits())
                .extracting(JobSearchResult.JobHit::id)
                .containsExactly(third);
    }

    /**
     * A segment searched after another starts with the score the page needs by then; a match of
     * exactly that score may still win on its title, so it is not skipped. One search thread: the
     * segments are searched in the order they were written.
     */
    @Test
    void aTieInALaterSegmentStillWinsByTitle() {
        engine = LuceneJobSearchEngine.inMemory(new LuceneJobSearchEngine.Options(false, 1));
        List<TestJob> zulu = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            zulu.add(job("Zulu Engineer"));
        }
        engine.upsert(zulu.stream().map(TestJob::build).toList());
        engine.commit(1);
        TestJob alpha = job("Alpha Engineer");
        engine.upsert(List.of(alpha.build()));
        engine.commit(2);

        JobSearchResult result = engine.search(with(request("engineer"), Sort.RELEVANCE, 2, null));

        assertThat(result.hits())
                .extracting(JobSearchResult.JobHit::score)
                .containsOnly(result.hits().get(0).score());
        assertThat(result.hits()).extracting(JobSearchResult.JobHit::id).containsExactly(alpha.id, zulu.get(0).id);
    }

    @ParameterizedTest
    @EnumSource(Sort.class)
    void pagesThroughEqualJobsWithoutDuplicatesOrGaps(Sort sort) {
        List<TestJob> jobs = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            // ties everywhere: three titles of one score, five publication days, five salaries, some without
            jobs.add(job(List.of("Platform Engineer", "Backend Engineer", "Data Engineer")
                            .get(i % 3))
                    .published(T0.plus(Duration.ofDays(i % 5)))
                    .salary(i % 7 == 0 ? null : 50_000.0, i % 7 == 0 ? null : 50_000.0 + 10_000 * (i % 5)));
        }
        engine = engineWith(jobs.toArray(TestJob[]::new));
        List<UUID> all = ids(engine.search(with(request("engineer"), sort, 100, null)));

        List<UUID> paged = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JobSearchResult page = engine.search(with(request("engineer"), sort, 7, cursor));
            assertThat(page.total()).isEqualTo(100);
            paged.addAll(ids(page));
            cursor = page.nextCursor();
            pages++;
        } while (cursor != null && pages < 50);

        assertThat(pages).isEqualTo(15);
        assertThat(paged).doesNotHaveDuplicates().hasSize(100).containsExactlyElementsOf(all);
    }

    @Test
    void pagesThroughTheIndexAsItWasAtTheFirstPageWhileJobsChange() {
        List<TestJob> jobs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            jobs.add(job("Backend Engineer")); // all tie
        }
        engine = engineWith(jobs.toArray(TestJob[]::new));
        List<UUID> all = ids(engine.search(with(request("engineer"), Sort.RELEVANCE, 100, null)));

        List<UUID> paged = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JobSearchResult page = engine.search(with(request("engineer"), Sort.RELEVANCE, 7, cursor));
            paged.addAll(ids(page));
            cursor = page.nextCursor();
            // more jobs with the word between two pages: its weight, and every score, moves
            engine.upsert(
                    List.of(job("Engineering Manager").build(), job("Engineer").build()));
            engine.commit(2 + pages);
            pages++;
        } while (cursor != null && pages < 10);

        assertThat(pages).isEqualTo(3);
        assertThat(paged).doesNotHaveDuplicates().containsExactlyElementsOf(all);
    }

    @Test
    void aCursorGivenOutBeforeCursorsNamedTheIndexVersionStillPages() {
        engine = engineWith(job("A"), job("B"), job("C"));
        String cursor = engine.search(with(request(""), Sort.NEWEST, 1, null)).nextCursor();
        byte[] raw = Base64.getUrlDecoder().decode(cursor);
        // version 2: the version byte, the sort, then the values, without the index version
        int values = SearchCursor.HEAD + SearchCursor.INDEX_VERSION;
        byte[] old = new byte[raw.length - SearchCursor.INDEX_VERSION];
        old[0] = SearchCursor.UNVERSIONED;
        old[1] = raw[1];
        System.arraycopy(raw, values, old, SearchCursor.HEAD, raw.length - values);

        assertThat(ids(engine.search(with(
                        request(""),
                        Sort.NEWEST,
                        1,
                        Base64.getUrlEncoder().withoutPadding().encodeToString(old)))))
                .isEqualTo(ids(engine.search(with(request(""), Sort.NEWEST, 1, cursor))));
    }

    @Test
    void theLastPageHasNoNextCursor() {
        engine = engineWith(job("A"), job("B"));

        assertThat(engine.search(with(request(""), Sort.NEWEST, 2, null)).nextCursor())
                .isNull();
        assertThat(engine.search(with(request(""), Sort.NEWEST, 1, null)).nextCursor())
                .isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"not a cursor", "!!!", "AAAA", "", "AQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"})
    void refusesACursorItDidNotGiveOut(String cursor) {
        engine = engineWith(job("A"), job("B"));

        assertThatThrownBy(() -> engine.search(with(request(""), Sort.NEWEST, 1, cursor)))
                .isInstanceOfSatisfying(
                        ProblemException.InvalidRequest.class,
                        problem -> assertThat(problem.errors())
                                .singleElement()
                                .satisfies(error -> assertThat(error.field()).isEqualTo("cursor")));
    }

    @Test
    void refusesTheCursorOfAnotherSort() {
        engine = engineWith(job("A"), job("B"));
        String newest = engine.search(with(request(""), Sort.NEWEST, 1, null)).nextCursor();

        assertThat(engine.search(with(request(""), Sort.NEWEST, 1, newest)).hits())
                .hasSize(1);
        assertThatThrownBy(() -> engine.search(with(request(""), Sort.SALARY, 1, newest)))
                .isInstanceOf(ProblemException.InvalidRequest.class)
                .hasMessageContaining("cursor");
    }

    @Test
    void laterPagesKeepTheTotalAndFacetsUntilACommitChangesThem() {
        List<TestJob> jobs = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            jobs.add(job("Engineer " + i).tags(i % 2 == 0 ? "Even" : "Odd"));
        }
        engine = engineWith(jobs.toArray(TestJob[]::new));
        JobSearchRequest first =
                withFacets(with(request("engineer"), Sort.NEWEST, 3, null), 5, JobSearchRequest.Facet.TAG);

        JobSearchResult page1 = engine.search(first);
        JobSearchResult page2 = engine.search(with(first, Sort.NEWEST, 3, page1.nextCursor()));
        engine.upsert(List.of(job("Engineer 10").tags("Odd").build()));
        engine.commit(2);
        JobSearchResult again = engine.search(first);

        assertThat(page2.total()).isEqualTo(page1.total()).isEqualTo(10);
        assertThat(page2.facets()).isEqualTo(page1.facets());
        assertThat(again.total()).isEqualTo(11);
        assertThat(again.facets().get("tag"))
                .containsExactly(new JobSearchResult.FacetCount("Odd", 6), new JobSearchResult.FacetCount("Even", 5));
    }

    private static List<UUID> ids(JobSearchResult result) {
        return result.hits().stream().map(JobSearchResult.JobHit::id).toList();
    }
}
