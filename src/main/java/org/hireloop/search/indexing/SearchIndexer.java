package org.hireloop.search.indexing;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.hireloop.identity.Organization;
import org.hireloop.identity.Organizations;
import org.hireloop.jobs.Job;
import org.hireloop.jobs.JobChangeFeed;
import org.hireloop.jobs.JobDescription;
import org.hireloop.jobs.JobStatus;
import org.hireloop.platform.OrgId;
import org.hireloop.search.JobDocument;
import org.hireloop.search.JobSearchEngine;
import org.hireloop.search.SkillTaxonomy;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps this replica's index in step with the jobs in PostgreSQL by following the jobs change
 * feed (ADR 0008): it reads every change since the position of its last commit, indexes it and
 * commits the new position. It reads when woken (a job of this replica changed) and at least
 * every poll interval (jobs changed through other replicas). An index that was never built, or
 * was built from another database, is rebuilt in full.
 */
public final class SearchIndexer {

    static final int PAGE = 1000;
    /**
     * Pages a rebuild reads ahead of the index: one in the queue and one being read keep the
     * indexing threads busy; more would only hold more jobs in memory.
     */
    private static final int PAGES_AHEAD = 2;
    /**
     * Pages a rebuild hands to the engine at once. With one, every page waited for its slowest
     * part: the Lucene engine writes a full buffer out as a segment on the thread that filled it,
     * for seconds, while its other thread finished its share of the page and then idled (a
     * rebuild of 1,000,000 jobs kept 1.5 of 2 cores busy). With two, the other page keeps it busy.
     */
    static final int PAGES_IN_FLIGHT = 2;

    private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

    private final JobSearchEngine engine;
    private final JobChangeFeed feed;
    private final Organizations organizations;
    private final JobDocuments documents;
    private final SkillTaxonomy taxonomy;
    private final Duration pollInterval;
    private final int page;
    private final Timer lag;
    private final Map<UUID, Organization> orgs = new ConcurrentHashMap<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition woken = lock.newCondition();
    private final AtomicLong indexed = new AtomicLong();
    private boolean wake;
    private volatile boolean running;
    private volatile long position = -1;
    private @Nullable Thread thread;

    public SearchIndexer(
            JobSearchEngine engine,
            JobChangeFeed feed,
            Organizations organizations,
            JobDocuments documents,
            SkillTaxonomy taxonomy,
            Duration pollInterval,
            MeterRegistry meters) {
        this(engine, feed, organizations, documents, taxonomy, pollInterval, meters, PAGE);
    }

    /** With pages of {@code page} jobs: tests use small ones to rebuild from many pages. */
    SearchIndexer(
            JobSearchEngine engine,
            JobChangeFeed feed,
            Organizations organizations,
            JobDocuments documents,
            SkillTaxonomy taxonomy,
            Duration pollInterval,
            MeterRegistry meters,
            int page) {
        this.engine = engine;
        this.feed = feed;
        this.organizations = organizations;
        this.documents = documents;
        this.taxonomy = taxonomy;
        this.pollInterval = pollInterval;
        this.page = page;
        this.lag = Timer.builder("hireloop.search.index.batch")
                .description("Time to read and index one batch of job changes")
                .register(meters);
        meters.gauge("hireloop.search.index.documents", engine, e -> (double) e.size());
        meters.more().counter("hireloop.search.index.indexed", List.of(), indexed);
    }

    /** Starts following the feed on a thread of its own; builds the index first when it must. */
    public void start() {
        synchronized (lock) {
            if (running) {
                return;
            }
            running = true;
        }
        Thread follower = new Thread(this::follow, "search-indexer");
        follower.setDaemon(true);
        follower.start();
        thread = follower;
    }

    public void stop() {
        running = false;
        wake();
        if (thread != null) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Reads the feed now rather than at the next poll: a job changed on this replica. */
    public void wake() {
        lock.lock();
        try {
            wake = true;
            woken.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void follow() {
        while (running) {
            try {
                catchUp();
            } catch (RuntimeException e) {
                // the database may be restarting: keep the index as it is and try again later
                log.warn("Search indexing failed; retrying: {}", e.toString());
                sleep(Duration.ofSeconds(2));
            }
            await();
        }
    }

    /**
     * Indexes every change since the last commit and commits; a full rebuild when the index has
     * no position. Returns the number of jobs indexed or removed. Not thread-safe with itself:
     * the indexer thread, or a command with the thread stopped, calls it.
     */
    public synchronized int catchUp() {
        if (position < 0) {
            position = engine.position().orElse(-1L);
            // a position beyond the database's horizon comes from another database (a restored
            // backup, a recreated embedded one): nothing in the index can be trusted then
            // and one older than the deletions the feed has forgotten may have missed some
            if (position < 0 || position > feed.horizon() || position < feed.forgotten()) {
                return rebuild();
            }
        }
        long horizon = feed.horizon();
        int changed = 0;
        JobChangeFeed.Change after = null;
        while (true) {
            Timer.Sample sample = Timer.start();
            List<JobChangeFeed.Change> changes = feed.changes(position, after, page);
            if (changes.isEmpty()) {
                break;
            }
            engine.upsert(
                    toDocuments(changes.stream().map(JobChangeFeed.Change::job).toList()));
            changed += changes.size();
            after = changes.get(changes.size() - 1);
            sample.stop(lag);
            if (changes.size() < page) {
                break;
            }
        }
        List<UUID> deleted = feed.deletions(position).stream()
                .map(JobChangeFeed.Deleted::jobId)
                .toList();
        if (!deleted.isEmpty()) {
            engine.delete(deleted);
            changed += deleted.size();
        }
        if (changed > 0 || horizon != position) {
            // commit even without changes now and then, so a restart does not re-read a long tail
            if (changed > 0 || horizon - position > 10_000) {
                engine.commit(horizon);
            }
            position = horizon;
        }
        indexed.addAndGet(changed);
        return changed;
    }

    /**
     * Replaces the whole index with every job of the database; searches see the old one until the
     * commit, and keep seeing it when the rebuild fails. A thread of its own reads and prepares the
     * next pages while the index takes the current ones ({@link #PAGES_IN_FLIGHT} at once).
     */
    public synchronized int rebuild() {
        long started = System.nanoTime();
        long horizon = feed.horizon();
        engine.deleteAll();
        int count = 0;
        try (ReadAhead<List<JobDocument>> pages = new ReadAhead<>("search-rebuild-reader", PAGES_AHEAD, new AllJobs());
                Upserts upserts = new Upserts(engine::upsert, PAGES_IN_FLIGHT)) {
            for (List<JobDocument> batch = pages.next(); batch != null; batch = pages.next()) {
                count += upserts.submit(batch);
            }
            count += upserts.finish();
        }
        engine.commit(horizon);
        position = horizon;
        indexed.addAndGet(count);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        log.info("Search index rebuilt: {} jobs in {} ms", count, millis);
        return count;
    }

    /** Every job of the database as documents, a page per call, in the index order ({@link JobChangeFeed#all}). */
    private final class AllJobs implements ReadAhead.Source<List<JobDocument>> {

        private @Nullable Job after;
        private boolean done;

        @Override
        public @Nullable List<JobDocument> next() {
            if (done) {
                return null;
            }
            List<Job> jobs = feed.all(after, page);
            done = jobs.size() < page;
            if (jobs.isEmpty()) {
                return null;
            }
            after = jobs.get(jobs.size() - 1);
            return toDocuments(jobs);
        }
    }

    /**
     * The documents of a page of jobs; built in parallel, as extracting skills costs CPU. The
     * competencies of the published ones teach the taxonomy new skill names.
     */
    private List<JobDocument> toDocuments(List<Job> jobs) {
        List<String> competencies = jobs.stream()
                .filter(job -> job.status() == JobStatus.PUBLISHED)
                .flatMap(job -> job.description().skills().hard().stream())
                .map(JobDescription.Skill::name)
                .toList();
        if (!competencies.isEmpty()) {
            taxonomy.learn(competencies);
        }
        return new ArrayList<>(jobs.parallelStream()
                .map(job -> {
                    Organization org = organization(job.orgId());
                    return documents.of(job, org.slug(), org.name());
                })
                .toList());
    }

    private Organization organization(OrgId id) {
        return orgs.computeIfAbsent(id.value(), key -> organizations.get(id));
    }

    private void await() {
        lock.lock();
        try {
            if (!wake && running) {
                woken.await(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
            }
            wake = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } finally {
            lock.unlock();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
