package org.hireloop.jobs;

import org.hireloop.platform.ProblemException;

/** No such job in the caller's organization (or on the public board). */
public final class JobNotFound extends ProblemException.ResourceNotFound {

    JobNotFound(JobId id) {
        super("no job " + id);
    }
}
