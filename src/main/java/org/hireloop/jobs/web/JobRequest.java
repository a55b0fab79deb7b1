package org.hireloop.jobs.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.hireloop.jobs.EmploymentType;
import org.hireloop.jobs.Job;
import org.hireloop.jobs.JobBoardFacts;
import org.hireloop.jobs.JobDescription;
import org.hireloop.jobs.Location;
import org.hireloop.jobs.Salary;
import org.hireloop.platform.ProblemException;
import org.jspecify.annotations.Nullable;

/**
 * The editable content of a job, as the API writes it: the body of a create, and the document a
 * merge patch applies to.
 */
record JobRequest(
        @NotBlank @Size(max = 300) String title,
        @Nullable Salary salary,
        @Nullable @Size(max = 50) List<@NotBlank @Size(max = 100) String> tags,
        @Nullable @Size(max = 20_000) String roleDefinition,
        JobDescription.@Nullable CareerProgression career,
        JobDescription.@Nullable Responsibilities responsibilities,
        JobDescription.@Nullable Skills skills,
        JobDescription.@Nullable Education education,
        JobDescription.@Nullable Experience experience,
        @Nullable EmploymentType employmentType,
        @Nullable @Valid Location location,
        @Nullable @Size(max = 200) String department,
        @Nullable Instant validThrough) {

    static JobRequest of(Job job) {
        JobDescription d = job.description();
        JobBoardFacts f = job.facts();
        return new JobRequest(
                d.title(),
                d.salary(),
                d.tags(),
                d.roleDefinition(),
                d.career(),
                d.responsibilities(),
                d.skills(),
                d.education(),
                d.experience(),
                f.employmentType(),
                f.location(),
                f.department(),
                f.validThrough());
    }

    /** The job description this request describes; a rule of the model it breaks is a 400. */
    JobDescription description() {
        try {
            return new JobDescription(
                    title,
                    salary,
                    tags == null ? List.of() : tags,
                    roleDefinition,
                    career,
                    responsibilities,
                    skills,
                    education,
                    experience);
        } catch (IllegalArgumentException e) {
            throw new ProblemException.InvalidRequest("body", e.getMessage());
        }
    }

    JobBoardFacts facts() {
        return new JobBoardFacts(employmentType, location, department, validThrough);
    }
}
