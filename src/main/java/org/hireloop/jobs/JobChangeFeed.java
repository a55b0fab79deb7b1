package org.hireloop.jobs;

import java.util.List;
import java.util.UUID;
import org.hireloop.jobs.persistence.JobRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change to jobs, across organizations, for indexes that must follow them (search). A
 * position is a transaction id: read {@link #horizon()} first, then every change from the
 * previous horizon on; the next read starts at the horizon read now. Changes of transactions
 * still running at a read come at a later one, so nothing is missed; some come twice.
 */
@Service
public class JobChangeFeed {

    private final JobRepository jobs;

    JobChangeFeed(JobRepository jobs) {
        this.jobs = jobs;
    }

    /** Where the next read starts: no transaction older than this is still running. */
    @Transactional(readOnly = true)
    public long horizon() {
        return jobs.changeHorizon();
    }

    /**
     * Jobs written by transactions from {@code position} on, in feed order, at most {@code max},
     * after the given change (null for the first page).
     */
    @Transactional(readOnly = true)
    public List<Change> changes(long position, @Nullable Change after, int max) {
        return jobs.changes(position, after, max);
    }

    /** Jobs deleted by transactions from {@code position} on. */
    @Transactional(readOnly = true)
    public List<Deleted> deletions(long position) {
        return jobs.tombstones(position);
    }

    /**
     * Every job, at most {@code max} after the given one: a full rebuild. In the order a search
     * index keeps jobs, by lowercased title and then id, so the index need not sort them again.
     */
    @Transactional(readOnly = true)
    public List<Job> all(@Nullable Job after, int max) {
        return jobs.all(after, max);
    }

    /**
     * The newest deletion no longer in the feed: a follower at an older position may have missed
     * deletions and must read everything again.
     */
    @Transactional(readOnly = true)
    public long forgotten() {
        return jobs.forgottenTombstones();
    }

    /** Forgets deletions older than a day, which every follower has read by then. */
    @Transactional
    public int forgetOldDeletions(java.time.Instant before) {
        return jobs.deleteTombstones(before);
    }

    /** A job as a change of the feed, with the transaction that wrote it. */
    public record Change(Job job, long position) {}

    public record Deleted(UUID orgId, UUID jobId) {}
}
