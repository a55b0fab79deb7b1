package org.hireloop.jobs;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** What a job board needs beyond the job description: employment type, place, department, expiry. */
public record JobBoardFacts(
        @Nullable EmploymentType employmentType,
        Location location,
        @Nullable String department,
        @Nullable Instant validThrough) {

    public static final JobBoardFacts NONE = new JobBoardFacts(null, Location.UNSPECIFIED, null, null);

    public JobBoardFacts {
        location = location == null ? Location.UNSPECIFIED : location;
        if (department != null && department.isBlank()) {
            department = null;
        }
    }
}
