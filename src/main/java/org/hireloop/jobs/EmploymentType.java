package org.hireloop.jobs;

/** The employment types of schema.org's JobPosting, which Google for Jobs reads. */
public enum EmploymentType {
    FULL_TIME,
    PART_TIME,
    CONTRACTOR,
    TEMPORARY,
    INTERN,
    VOLUNTEER,
    PER_DIEM,
    OTHER
}
