package org.hireloop.jobs;

import java.time.Instant;
import java.util.UUID;

/** A person assigned to a job, and as what (for now always a hiring manager). */
public record JobMember(JobId jobId, UUID userId, String role, Instant createdAt) {

    public static final String HIRING_MANAGER = "hiring_manager";
}
