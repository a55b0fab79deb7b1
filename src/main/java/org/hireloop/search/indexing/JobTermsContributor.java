package org.hireloop.search.indexing;

import java.util.List;
import java.util.Map;
import org.hireloop.jobs.JobDescription;
import org.hireloop.search.SkillMention;
import org.jspecify.annotations.Nullable;

/**
 * Adds keyword dimensions to a job's index document ({@link org.hireloop.search.JobDocument#terms}),
 * for features that aggregate over all jobs, such as the career graph.
 */
public interface JobTermsContributor {

    /**
     * @param salaryMidYearly the middle of the job's salary range, per year in the base currency, or
     *     null without a salary
     */
    Map<String, List<String>> terms(
            JobDescription description, List<SkillMention> skills, @Nullable Double salaryMidYearly);
}
