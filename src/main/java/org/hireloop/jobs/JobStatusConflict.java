package org.hireloop.jobs;

import org.hireloop.platform.ProblemException;

/** A change the job's current status does not allow; the message names the status. */
public final class JobStatusConflict extends ProblemException.StateConflict {

    JobStatusConflict(JobId id, JobStatus current, JobStatus target) {
        super(
                "job-status-conflict",
                "the job " + id + " is " + current.apiValue() + " and cannot become " + target.apiValue() + "; from "
                        + current.apiValue() + " it can become " + describe(current));
    }

    JobStatusConflict(JobId id, JobStatus current, String detail) {
        super("job-status-conflict", "the job " + id + " is " + current.apiValue() + ": " + detail);
    }

    private static String describe(JobStatus current) {
        return current.allowedTargets().isEmpty()
                ? "nothing else"
                : current.allowedTargets().stream()
                        .map(JobStatus::apiValue)
                        .sorted()
                        .toList()
                        .toString();
    }
}
