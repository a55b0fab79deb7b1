package org.hireloop.search.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.hireloop.identity.Organization;
import org.hireloop.identity.Organizations;
import org.hireloop.jobs.JobImport;
import org.hireloop.jobs.JobService;
import org.hireloop.platform.TenantContext;
import org.springframework.stereotype.Component;

/**
 * Loads a generated corpus into the database: creates its organizations when missing and imports
 * its jobs as published jobs, in batches of {@value #BATCH} (one transaction each, as the
 * organization), on a few threads. Every text goes through the parser on the way in.
 */
@Component
class CorpusLoader {

    static final int BATCH = 500;

    private final Organizations organizations;
    private final JobService jobs;

    CorpusLoader(Organizations organizations, JobService jobs) {
        this.organizations = organizations;
        this.jobs = jobs;
    }

    /** The organizations of the corpus, created when missing, in the generator's order. */
    List<Organization> organizations(CorpusGenerator generator) {
        List<Organization> result = new ArrayList<>();
        for (GeneratedOrganization org : generator.organizations()) {
            result.add(organizations
                    .findBySlug(org.slug())
                    .orElseGet(() -> organizations.create(
                            org.slug(), org.name(), "owner@" + org.slug() + ".example.com", org.name() + " Owner")));
        }
        return result;
    }

    /** Imports jobs 0 to count - 1 on this many threads; answers how many it imported. */
    long load(CorpusGenerator generator, long count, int threads) throws InterruptedException {
        List<Organization> orgs = organizations(generator);
        int n = orgs.size();
        AtomicLong loaded = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> work = new ArrayList<>();
            long perOrg = (count + n - 1) / n;
            for (long first = 0; first < perOrg; first += BATCH) {
                for (int o = 0; o < n; o++) {
                    long from = first;
                    int org = o;
                    work.add(pool.submit(
                            () -> loaded.addAndGet(loadBatch(generator, orgs.get(org), org, n, from, count))));
                }
            }
            for (Future<?> future : work) {
                future.get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return loaded.get();
    }

    /** The organization's jobs with ordinals from + 1 .. from + BATCH that fall below count. */
    private int loadBatch(CorpusGenerator generator, Organization org, int orgIndex, int orgs, long from, long count) {
        List<JobImport> batch = new ArrayList<>(BATCH);
        for (long k = from; k < from + BATCH; k++) {
            long index = k * orgs + orgIndex;
            if (index >= count) {
                break;
            }
            GeneratedJob job = generator.job(index);
            batch.add(new JobImport(job.text(), job.facts()));
        }
        if (batch.isEmpty()) {
            return 0;
        }
        return TenantContext.callAs(org.id(), () -> jobs.importPublished(org.id(), batch))
                .size();
    }
}
