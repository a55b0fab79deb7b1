package org.hireloop.jobs;

import java.util.UUID;
import org.hireloop.platform.ProblemException;

/** The person is not assigned to the job. */
public final class JobMemberNotFound extends ProblemException.ResourceNotFound {

    JobMemberNotFound(JobId id, UUID userId) {
        super("the user " + userId + " is not assigned to the job " + id);
    }
}
