package org.hireloop.jobs.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hireloop.jobs.EmploymentType;
import org.hireloop.jobs.Job;
import org.hireloop.jobs.JobDescription;
import org.hireloop.jobs.JobStatus;
import org.hireloop.jobs.Location;
import org.hireloop.jobs.Salary;
import org.jspecify.annotations.Nullable;

/** A job as the API answers it in JSON. */
record JobResponse(
        UUID id,
        JobStatus status,
        String title,
        @Nullable Salary salary,
        List<String> tags,
        @Nullable String roleDefinition,
        JobDescription.CareerProgression career,
        JobDescription.Responsibilities responsibilities,
        JobDescription.Skills skills,
        JobDescription.Education education,
        JobDescription.Experience experience,
        @Nullable EmploymentType employmentType,
        Location location,
        @Nullable String department,
        @Nullable Instant validThrough,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant publishedAt,
        long version) {

    static JobResponse of(Job job) {
        JobDescription d = job.description();
        return new JobResponse(
                job.id().value(),
                job.status(),
                d.title(),
                d.salary(),
                d.tags(),
                d.roleDefinition(),
                d.career(),
                d.responsibilities(),
                d.skills(),
                d.education(),
                d.experience(),
                job.facts().employmentType(),
                job.facts().location(),
                job.facts().department(),
                job.facts().validThrough(),
                job.createdAt(),
                job.updatedAt(),
                job.publishedAt(),
                job.version());
    }
}
