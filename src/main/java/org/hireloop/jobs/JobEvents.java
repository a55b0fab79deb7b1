package org.hireloop.jobs;

import java.util.List;
import org.hireloop.platform.OrgId;

/** What happened to jobs, for other modules (search keeps its index in step with these). */
public final class JobEvents {

    private JobEvents() {}

    public record JobCreated(OrgId orgId, JobId jobId) {}

    public record JobChanged(OrgId orgId, JobId jobId, long version) {}

    public record JobStatusChanged(OrgId orgId, JobId jobId, JobStatus from, JobStatus to) {}

    public record JobDeleted(OrgId orgId, JobId jobId) {}

    /** Jobs imported and published at once by a bulk import (one event per batch, not per job). */
    public record JobsImported(OrgId orgId, List<JobId> jobIds) {
        public JobsImported {
            jobIds = List.copyOf(jobIds);
        }
    }
}
