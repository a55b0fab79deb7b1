package org.hireloop.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hireloop.search.lucene.EngineFixture.anyIndexVersion;
import static org.hireloop.search.lucene.TestJob.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hireloop.search.JobDocument;
import org.hireloop.search.JobSearchRequest;
import org.hireloop.search.JobSearchRequest.Facet;
import org.hireloop.search.JobSearchResult;
import org.hireloop.search.SearchScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A search split over slices of segments on several threads, and counted in one pass by {@link
 * FacetCounter}, finds what the same search on one thread finds: the same page in the same order
 * with the same scores, the same exact total, the same facets, the same next page.
 */
class LuceneConcurrentSearchTests {

    private final List<LuceneJobSearchEngine> engines = new ArrayList<>();

    @AfterEach
    void close() {
        engines.forEach(LuceneJobSearchEngine::close);
    }

    @Test
    void severalThreadsFindWhatOneThreadFinds() {
        List<JobDocument> jobs = varied(1200);
        LuceneJobSearchEngine sequential = engine(new LuceneJobSearchEngine.Options(false, 1), jobs);
        LuceneJobSearchEngine concurrent = engine(new LuceneJobSearchEngine.Options(false, 4), jobs);
        LuceneJobSearchEngine cached = engine(new LuceneJobSearchEngine.Options(true, 4), jobs);

        for (String query : List.of(
                "",
                "engineer",
                "java developer",
                "kubernets",
                "\"platform engineer\"",
                "eng*",
                "data -chef",
                "alpha beta gamma delta")) {
            for (SearchScope scope : List.of(SearchScope.ALL_PUBLISHED, new SearchScope.OrgPrivate(ORG_B))) {
                for (JobSearchRequest.Sort sort : JobSearchRequest.Sort.values()) {
                    JobSearchRequest first = request(scope, query, sort, null);
                    JobSearchResult expected = sequential.search(first);
                    assertThat(anyIndexVersion(concurrent.search(first)))
                            .as("%s %s %s", query, scope, sort)
                            .isEqualTo(anyIndexVersion(expected));
                    assertThat(anyIndexVersion(cached.search(first)))
                            .as("%s %s %s", query, scope, sort)
                            .isEqualTo(anyIndexVersion(expected));
                    if (expected.nextCursor() != null) {
                        JobSearchRequest second = request(scope, query, sort, expected.nextCursor());
                        JobSearchResult expectedNext = sequential.search(second);
                        assertThat(anyIndexVersion(concurrent.search(second))).isEqualTo(anyIndexVersion(expectedNext));
                        assertThat(anyIndexVersion(cached.search(second))).isEqualTo(anyIndexVersion(expectedNext));
                    }
                }
            }
        }
    }

    @Test
    void countsEveryMatchAndEveryFacetValueExactly() {
        List<JobDocument> jobs = varied(900);
        LuceneJobSearchEngine concurrent = engine(new LuceneJobSearchEngine.Options(false, 3), jobs);

        JobSearchResult all =
                concurrent.search(request(SearchScope.ALL_PUBLISHED, "", JobSearchRequest.Sort.NEWEST, null));

        long published = jobs.stream().filter(JobDocument::published).count();
        assertThat(all.total()).isEqualTo(published);
        long remote = jobs.stream()
                .filter(job -> job.published() && "remote".equals(job.workplace()))
                .count();
        assertThat(all.facets().get(Facet.REMOTE.apiName())).contains(new JobSearchResult.FacetCount("remote", remote));
        long java = jobs.stream()
                .filter(job -> job.published()
                        && job.skills().stream().anyMatch(s -> s.skill().equals("Java")))
                .count();
        assertThat(all.facets().get(Facet.SKILL.apiName())).contains(new JobSearchResult.FacetCount("Java", java));
    }

    private LuceneJobSearchEngine engine(LuceneJobSearchEngine.Options options, List<JobDocument> jobs) {
        LuceneJobSearchEngine engine = LuceneJobSearchEngine.inMemory(options);
        engines.add(engine);
        // several commits: several segments, so the searcher has slices to split
        for (int from = 0, commit = 1; from < jobs.size(); from += 150, commit++) {
            engine.upsert(jobs.subList(from, Math.min(jobs.size(), from + 150)));
            engine.commit(commit);
        }
        return engine;
    }

    private static JobSearchRequest request(
            SearchScope scope, String query, JobSearchRequest.Sort sort, String cursor) {
        return new JobSearchRequest(
                scope, query, List.of(), JobSearchRequest.Filters.NONE, sort, 20, cursor, Set.of(Facet.values()), 10);
    }
}
