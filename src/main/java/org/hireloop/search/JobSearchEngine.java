package org.hireloop.search;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The search index of jobs. The embedded Lucene engine implements it on one machine; an
 * OpenSearch cluster can implement it for deployments that outgrow one (ADR 0008). Writes become
 * visible to searches after {@link #commit}.
 */
public interface JobSearchEngine extends AutoCloseable {

    /** Adds or replaces these jobs (by id). */
    void upsert(Collection<JobDocument> documents);

    /** Removes these jobs; unknown ids are ignored. */
    void delete(Collection<UUID> jobIds);

    /** Removes every job (before a full rebuild). */
    void deleteAll();

    /**
     * Makes the writes so far visible to searches and durable, with the change-feed position they
     * reach, so a restart resumes from there.
     */
    void commit(long position);

    /** The change-feed position of the last commit, or empty when the index was never built. */
    Optional<Long> position();

    /** The number of jobs in the index. */
    long size();

    JobSearchResult search(JobSearchRequest request);

    /** Titles or skills starting with the prefix (typo tolerant), most common first. */
    List<Suggestion> suggest(String prefix, Suggestion.Kind kind, SearchScope scope, int limit);

    /** Jobs like this one within the scope, without the job itself; empty when it is not in scope. */
    List<JobSearchResult.JobHit> similar(UUID jobId, SearchScope scope, int limit);

    /** The indexed document of a job, if the scope sees it. */
    Optional<JobDocument> find(UUID jobId, SearchScope scope);

    /**
     * Counts of every value of these {@link JobDocument#terms} dimensions over the jobs in scope:
     * dimension, value, number of jobs. The career graph is built from these.
     */
    Map<String, Map<String, Long>> aggregate(SearchScope scope, Set<String> dimensions);

    /** A number that changes whenever a commit changed what searches see; for caches built on the index. */
    long generation();

    /** Closes the index; a no-op for remote engines. */
    @Override
    default void close() {}
}
