package org.hireloop.jobs;

import java.util.UUID;
import org.hireloop.platform.ProblemException;

/** The member's role is not one that can be assigned to a job (only hiring managers can). */
public final class JobMemberRoleConflict extends ProblemException.StateConflict {

    JobMemberRoleConflict(UUID userId, String role) {
        super(
                "job-member-role-conflict",
                "the member " + userId + " is " + role + "; only hiring managers can be assigned to a job");
    }
}
