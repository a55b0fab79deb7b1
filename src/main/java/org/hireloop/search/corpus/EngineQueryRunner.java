package org.hireloop.search.corpus;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hireloop.jobs.Job;
import org.hireloop.jobs.JobId;
import org.hireloop.jobs.JobService;
import org.hireloop.jobs.JobStatus;
import org.hireloop.platform.OrgId;
import org.hireloop.search.JobSearchEngine;
import org.hireloop.search.JobSearchRequest;
import org.hireloop.search.JobSearchResult;
import org.hireloop.search.JobSearchService;
import org.hireloop.search.SearchScope;
import org.hireloop.search.SkillTaxonomy;
import org.hireloop.search.indexing.JobDocuments;
import org.hireloop.search.lucene.LuceneJobSearchEngine;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Runs the judged queries on the real search path, on an index of its own: each generated text is
 * parsed as an import parses it, turned into its document as the indexer does (taxonomy, salaries,
 * career terms), indexed in an in-memory Lucene engine, and searched through {@link
 * JobSearchService} (which adds the skills the taxonomy recognizes in the query). The server's own
 * index is never touched.
 */
@Component
class EngineQueryRunner implements QueryRunner {

    private final JobService jobs;
    private final JobDocuments documents;
    private final SkillTaxonomy taxonomy;
    private @Nullable JobSearchEngine engine;
    private final Map<UUID, String> keys = new HashMap<>();

    EngineQueryRunner(JobService jobs, JobDocuments documents, SkillTaxonomy taxonomy) {
        this.jobs = jobs;
        this.documents = documents;
        this.taxonomy = taxonomy;
    }

    @Override
    public synchronized void index(List<GeneratedJob> corpus) {
        if (engine != null) {
            engine.close();
        }
        engine = LuceneJobSearchEngine.inMemory();
        keys.clear();
        Instant now = Instant.parse("2026-11-01T00:00:00Z");
        List<org.hireloop.search.JobDocument> batch = new ArrayList<>();
        for (GeneratedJob generated : corpus) {
            UUID id = UUID.nameUUIDFromBytes(generated.key().getBytes(StandardCharsets.UTF_8));
            OrgId org = new OrgId(UUID.nameUUIDFromBytes(generated.org().slug().getBytes(StandardCharsets.UTF_8)));
            Job job = new Job(
                    new JobId(id),
                    org,
                    JobStatus.PUBLISHED,
                    jobs.parse(generated.text().getBytes(StandardCharsets.UTF_8)),
                    generated.facts(),
                    now,
                    now,
                    now.plusSeconds(generated.index()),
                    1);
            batch.add(documents.of(job, generated.org().slug(), generated.org().name()));
            keys.put(id, generated.key());
        }
        engine.upsert(batch);
        engine.commit(0);
    }

    @Override
    public synchronized List<String> run(JudgedQuery query) {
        if (engine == null) {
            throw new IllegalStateException("index the corpus first");
        }
        Map<String, List<String>> f = query.filters();
        JobSearchRequest.Filters filters = new JobSearchRequest.Filters(
                f.getOrDefault("tag", List.of()),
                null,
                null,
                null,
                f.getOrDefault("remote", List.of()),
                f.getOrDefault("location", List.of()),
                f.getOrDefault("employment_type", List.of()),
                f.getOrDefault("org", List.of()),
                null,
                List.of(),
                f.getOrDefault("department", List.of()),
                f.getOrDefault("skill", List.of()));
        JobSearchRequest request = new JobSearchRequest(
                SearchScope.ALL_PUBLISHED,
                query.query(),
                List.of(),
                filters,
                JobSearchRequest.Sort.RELEVANCE,
                JobSearchRequest.MAX_LIMIT,
                null,
                java.util.Set.of(),
                1);
        JobSearchResult result = JobSearchService.over(engine, taxonomy).search(request);
        return result.hits().stream().map(hit -> keys.get(hit.id())).toList();
    }
}
