package org.hireloop.jobs;

import java.time.Instant;
import org.hireloop.platform.OrgId;
import org.jspecify.annotations.Nullable;

/**
 * A job posting of one organization: the job description, the facts a job board needs, its
 * status and its version (the ETag). State changes go through {@link #moveTo}, which refuses the
 * moves the life cycle does not allow.
 */
public record Job(
        JobId id,
        OrgId orgId,
        JobStatus status,
        JobDescription description,
        JobBoardFacts facts,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant publishedAt,
        long version) {

    /** Moves to another status, or throws {@link JobStatusConflict} naming the current one. */
    public Job moveTo(JobStatus target, Instant now) {
        if (!status.canMoveTo(target)) {
            throw new JobStatusConflict(id, status, target);
        }
        Instant published = target == JobStatus.PUBLISHED && publishedAt == null ? now : publishedAt;
        return new Job(id, orgId, target, description, facts, createdAt, now, published, version + 1);
    }

    public Job withContent(JobDescription newDescription, JobBoardFacts newFacts, Instant now) {
        if (status == JobStatus.ARCHIVED) {
            throw new JobStatusConflict(id, status, "an archived job cannot be changed");
        }
        return new Job(id, orgId, status, newDescription, newFacts, createdAt, now, publishedAt, version + 1);
    }

    /** Only drafts can be deleted; published jobs are closed or archived instead, to keep history. */
    public void requireDeletable() {
        if (status != JobStatus.DRAFT) {
            throw new JobStatusConflict(
                    id, status, "only drafts can be deleted; close or archive a " + status.apiValue() + " job instead");
        }
    }
}
