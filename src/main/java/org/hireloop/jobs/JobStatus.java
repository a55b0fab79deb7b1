package org.hireloop.jobs;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Set;

/**
 * Where a posting is in its life: drafts are private, published ones are on the board, closed
 * ones stop taking applications (and can be reopened), archived ones are kept for the record only.
 */
public enum JobStatus {
    DRAFT,
    PUBLISHED,
    CLOSED,
    ARCHIVED;

    public boolean canMoveTo(JobStatus target) {
        return allowedTargets().contains(target);
    }

    public Set<JobStatus> allowedTargets() {
        return switch (this) {
            case DRAFT -> Set.of(PUBLISHED, ARCHIVED);
            case PUBLISHED -> Set.of(CLOSED, ARCHIVED);
            case CLOSED -> Set.of(PUBLISHED, ARCHIVED);
            case ARCHIVED -> Set.of();
        };
    }

    @JsonValue
    public String apiValue() {
        return name().toLowerCase();
    }

    public static JobStatus fromApi(String value) {
        for (JobStatus status : values()) {
            if (status.apiValue().equals(value)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown status " + value);
    }
}
