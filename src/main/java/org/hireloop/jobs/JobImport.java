package org.hireloop.jobs;

import java.util.Objects;

/** One job description in the text format with the job board facts it does not carry: a bulk import's item. */
public record JobImport(String text, JobBoardFacts facts) {

    public JobImport {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(facts, "facts");
    }
}
