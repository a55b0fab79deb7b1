package org.hireloop.search.indexing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.hireloop.IntegrationTest;
import org.hireloop.SharedFixtures;
import org.hireloop.TestApi;
import org.hireloop.TestApi.Tenant;
import org.hireloop.identity.Organizations;
import org.hireloop.jobs.Job;
import org.hireloop.jobs.JobChangeFeed;
import org.hireloop.search.JobDocument;
import org.hireloop.search.JobSearchEngine;
import org.hireloop.search.JobSearchRequest;
import org.hireloop.search.JobSearchResult;
import org.hireloop.search.SearchScope;
import org.hireloop.search.SkillTaxonomy;
import org.hireloop.search.Suggestion;
import org.hireloop.search.lucene.LuceneJobSearchEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A full rebuild reads the jobs on a thread of its own while the index takes the previous page:
 * it must still index every job once, and a failure of the reading side must leave the index
 * searches see as it was and reach whoever asked for the rebuild.
 */
@IntegrationTest
class SearchIndexerRebuildIntegrationTests {

    static final Path FIXTURE = SharedFixtures.MEMBER_OF_TECHNICAL_STAFF;
    /** Pages of three jobs: a handful of jobs already makes a rebuild of many pages. */
    static final int PAGE = 3;

    @Autowired
    TestApi api;

    @Autowired
    JobChangeFeed feed;

    @Autowired
    Organizations organizations;

    @Autowired
    JobDocuments documents;

    @Autowired
    SkillTaxonomy taxonomy;

    @Autowired
    CurrencyRates rates;

    Tenant tenant;
    LuceneJobSearchEngine index;

    @BeforeEach
    void jobsOfSeveralPages() throws IOException {
        tenant = api.newOrganization("rebuild");
        for (int i = 0; i < 2 * PAGE + 1; i++) {
            importFixture(tenant);
        }
        index = LuceneJobSearchEngine.inMemory();
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void aRebuildIndexesEveryJobOnceAcrossPages() {
        List<UUID> jobs = feed.all(null, Integer.MAX_VALUE).stream()
                .map(job -> job.id().value())
                .toList();
        Recording recording = new Recording(index);
        // about eight pages whatever else the shared database holds: enough to overlap, quick to read
        int page = Math.max(PAGE, jobs.size() / 8);

        int rebuilt = indexer(recording, documents, page).rebuild();

        assertThat(recording.batches).as("pages").hasValueGreaterThanOrEqualTo(2);
        assertThat(rebuilt).isEqualTo(jobs.size());
        // pages go in two at a time, so they may reach the engine in either order
        assertThat(recording.upserted).as("every job once").containsExactlyInAnyOrderElementsOf(jobs);
        assertThat(index.size()).isEqualTo(jobs.size());
        assertThat(index.position()).isPresent();
    }

    @Test
    void aRebuildWhoseReadingFailsKeepsTheIndexSearchesSeeAndSaysWhy() {
        indexer(index, documents, SearchIndexer.PAGE).rebuild();
        long before = index.size();
        Optional<Long> position = index.position();
        UUID job = feed.all(null, Integer.MAX_VALUE).stream()
                .filter(candidate -> candidate.orgId().equals(tenant.id()))
                .map(Job::id)
                .findFirst()
                .orElseThrow()
                .value();
        AtomicInteger built = new AtomicInteger();
        JobTermsContributor failing = (description, skills, salary) -> {
            if (built.incrementAndGet() > PAGE + 1) {
                throw new IllegalStateException("the career terms could not be read");
            }
            return Map.of();
        };

        assertThatThrownBy(() -> indexer(index, new JobDocuments(taxonomy, rates, List.of(failing)))
                        .rebuild())
                .hasMessageContaining("the career terms could not be read");

        assertThat(built).as("failed in the second page").hasValueGreaterThan(PAGE);
        assertThat(index.size()).isEqualTo(before);
        assertThat(index.position()).isEqualTo(position);
        assertThat(index.find(job, new SearchScope.OrgPrivate(tenant.id()))).isPresent();
        assertThat(index.search(request(tenant)).hits())
                .extracting(JobSearchResult.JobHit::id)
                .contains(job);
    }

    private SearchIndexer indexer(JobSearchEngine engine, JobDocuments with) {
        return indexer(engine, with, PAGE);
    }

    private SearchIndexer indexer(JobSearchEngine engine, JobDocuments with, int page) {
        return new SearchIndexer(
                engine, feed, organizations, with, taxonomy, Duration.ofMillis(250), new SimpleMeterRegistry(), page);
    }

    private static JobSearchRequest request(Tenant tenant) {
        return new JobSearchRequest(
                new SearchScope.OrgPrivate(tenant.id()),
                "technical",
                List.of(),
                JobSearchRequest.Filters.NONE,
                JobSearchRequest.Sort.RELEVANCE,
                20,
                null,
                Set.of(),
                10);
    }

    private void importFixture(Tenant who) throws IOException {
        api.importJob(who, Files.readAllBytes(FIXTURE));
    }

    /** An engine that notes the id of every document it is given, in order. */
    private static final class Recording implements JobSearchEngine {

        final List<UUID> upserted = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger batches = new AtomicInteger();
        private final JobSearchEngine engine;

        Recording(JobSearchEngine engine) {
            this.engine = engine;
        }

        @Override
        public void upsert(Collection<JobDocument> documents) {
            batches.incrementAndGet();
            documents.forEach(document -> upserted.add(document.id()));
            engine.upsert(documents);
        }

        @Override
        public void delete(Collection<UUID> jobIds) {
            engine.delete(jobIds);
        }

        @Override
        public void deleteAll() {
            engine.deleteAll();
        }

        @Override
        public void commit(long position) {
            engine.commit(position);
        }

        @Override
        public Optional<Long> position() {
            return engine.position();
        }

        @Override
        public long size() {
            return engine.size();
        }

        @Override
        public JobSearchResult search(JobSearchRequest request) {
            return engine.search(request);
        }

        @Override
        public List<Suggestion> suggest(String prefix, Suggestion.Kind kind, SearchScope scope, int limit) {
            return engine.suggest(prefix, kind, scope, limit);
        }

        @Override
        public List<JobSearchResult.JobHit> similar(UUID jobId, SearchScope scope, int limit) {
            return engine.similar(jobId, scope, limit);
        }

        @Override
        public Optional<JobDocument> find(UUID jobId, SearchScope scope) {
            return engine.find(jobId, scope);
        }

        @Override
        public Map<String, Map<String, Long>> aggregate(SearchScope scope, Set<String> dimensions) {
            return engine.aggregate(scope, dimensions);
        }

        @Override
        public long generation() {
            return engine.generation();
        }
    }
}
