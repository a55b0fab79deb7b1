package org.hireloop.jobs;

import java.util.List;
import org.hireloop.jobs.format.JobDescriptionParseException;
import org.hireloop.platform.FieldError;
import org.hireloop.platform.ProblemException;

/** A text that is not a job description in the format: 422 naming the line and what was expected. */
public final class JobDescriptionInvalid extends ProblemException.UnprocessableContent {

    private final int line;

    JobDescriptionInvalid(JobDescriptionParseException cause) {
        super(
                "job-description-invalid",
                cause.getMessage(),
                List.of(new FieldError(
                        cause.line() > 0 ? "line " + cause.line() : "file", "expected " + cause.expected())));
        this.line = cause.line();
    }

    /** The 1-based line that is wrong; 0 when the whole file is. */
    public int line() {
        return line;
    }
}
