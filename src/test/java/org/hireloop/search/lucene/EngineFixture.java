package org.hireloop.search.lucene;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.hireloop.search.JobSearchRequest;
import org.hireloop.search.JobSearchRequest.Facet;
import org.hireloop.search.JobSearchRequest.Filters;
import org.hireloop.search.JobSearchResult;
import org.hireloop.search.QuerySkill;
import org.hireloop.search.SearchScope;

/** Engines, indexes and requests for the engine tests, with defaults a test changes one at a time. */
final class EngineFixture {

    private EngineFixture() {}

    /** A writer that keeps the engine's index order (title key, then id) in every segment. */
    static IndexWriter sortedWriter(Directory directory) throws IOException {
        return new IndexWriter(directory, new IndexWriterConfig().setIndexSort(LuceneJobSearchEngine.INDEX_ORDER));
    }

    /** A searcher of the reader as the engine makes one, searching on the caller's thread only. */
    static JobSearcher searcher(IndexReader reader) throws IOException {
        return (JobSearcher)
                new JobSearcher.Factory(JobIndexing.facetsConfig(), List.of(), 1, null).newSearcher(reader, null);
    }

    static LuceneJobSearchEngine engineWith(TestJob... jobs) {
        LuceneJobSearchEngine engine = LuceneJobSearchEngine.inMemory();
        engine.upsert(Arrays.stream(jobs).map(TestJob::build).toList());
        engine.commit(1);
        return engine;
    }

    /**
     * The result with the index version its cursor names zeroed: two engines of the same jobs
     * give the same pages, from indexes of their own versions.
     */
    static JobSearchResult anyIndexVersion(JobSearchResult result) {
        String cursor = result.nextCursor();
        if (cursor != null) {
            byte[] raw = java.util.Base64.getUrlDecoder().decode(cursor);
            Arrays.fill(raw, SearchCursor.HEAD, SearchCursor.HEAD + SearchCursor.INDEX_VERSION, (byte) 0);
            cursor = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        }
        return new JobSearchResult(
                result.hits(), result.total(), result.totalExact(), cursor, result.facets(), result.didYouMean());
    }

    static JobSearchRequest request(String query) {
        return new JobSearchRequest(
                SearchScope.ALL_PUBLISHED,
                query,
                List.of(),
                Filters.NONE,
                JobSearchRequest.Sort.RELEVANCE,
                20,
                null,
                Set.of(),
                10);
    }

    static JobSearchRequest request(String query, Filters filters) {
        return with(request(query), filters);
    }

    static JobSearchRequest with(JobSearchRequest r, Filters filters) {
        return new JobSearchRequest(
                r.scope(),
                r.query(),
                r.querySkills(),
                filters,
                r.sort(),
                r.limit(),
                r.cursor(),
                r.facets(),
                r.facetLimit());
    }

    static JobSearchRequest with(JobSearchRequest r, SearchScope scope) {
        return new JobSearchRequest(
                scope,
                r.query(),
                r.querySkills(),
                r.filters(),
                r.sort(),
                r.limit(),
                r.cursor(),
                r.facets(),
                r.facetLimit());
    }

    static JobSearchRequest with(JobSearchRequest r, JobSearchRequest.Sort sort, int limit, String cursor) {
        return new JobSearchRequest(
                r.scope(), r.query(), r.querySkills(), r.filters(), sort, limit, cursor, r.facets(), r.facetLimit());
    }

    /** The request with the skills a taxonomy recognized in its query, each named by its own name. */
    static JobSearchRequest withSkills(JobSearchRequest r, String... skills) {
        return withSkills(r, Arrays.stream(skills).map(QuerySkill::typed).toArray(QuerySkill[]::new));
    }

    static JobSearchRequest withSkills(JobSearchRequest r, QuerySkill... skills) {
        return new JobSearchRequest(
                r.scope(),
                r.query(),
                List.of(skills),
                r.filters(),
                r.sort(),
                r.limit(),
                r.cursor(),
                r.facets(),
                r.facetLimit());
    }

    static JobSearchRequest withFacets(JobSearchRequest r, int facetLimit, Facet... facets) {
        return new JobSearchRequest(
                r.scope(),
                r.query(),
                r.querySkills(),
                r.filters(),
                r.sort(),
                r.limit(),
                r.cursor(),
                Set.of(facets),
                facetLimit);
    }

    static List<String> titles(JobSearchResult result) {
        return result.hits().stream().map(JobSearchResult.JobHit::title).toList();
    }

    /** Filters with one fact set; the others empty. */
    static FiltersBuilder filters() {
        return new FiltersBuilder();
    }

    static final class FiltersBuilder {
        List<String> tags = List.of();
        Double salaryMin;
        Double salaryMax;
        Integer experienceMax;
        List<String> workplaces = List.of();
        List<String> locations = List.of();
        List<String> employmentTypes = List.of();
        List<String> orgSlugs = List.of();
        java.time.Instant postedSince;
        List<String> statuses = List.of();
        List<String> departments = List.of();
        List<String> skills = List.of();

        Filters build() {
            return new Filters(
                    tags,
                    salaryMin,
                    salaryMax,
                    experienceMax,
                    workplaces,
                    locations,
                    employmentTypes,
                    orgSlugs,
                    postedSince,
                    statuses,
                    departments,
                    skills);
        }
    }
}
