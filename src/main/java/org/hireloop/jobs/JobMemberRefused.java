package org.hireloop.jobs;

import java.util.List;
import java.util.UUID;
import org.hireloop.platform.FieldError;
import org.hireloop.platform.ProblemException;

/** Only members of the organization can be assigned to its jobs: 422 for anyone else. */
public final class JobMemberRefused extends ProblemException.UnprocessableContent {

    JobMemberRefused(String detail) {
        super("job-member-invalid", detail, List.of(new FieldError("user_id", detail)));
    }

    static JobMemberRefused missing() {
        return new JobMemberRefused("user_id is required: the id of a hiring manager of the organization");
    }

    static JobMemberRefused notAMember(UUID userId) {
        return new JobMemberRefused("the user " + userId + " is not a member of the organization");
    }
}
