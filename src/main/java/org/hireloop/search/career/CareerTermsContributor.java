package org.hireloop.search.career;

import java.util.List;
import java.util.Map;
import org.hireloop.jobs.JobDescription;
import org.hireloop.search.SkillMention;
import org.hireloop.search.indexing.JobTermsContributor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Puts each job's career edges, roles and skills into its index document, for the career graph. */
@Component
class CareerTermsContributor implements JobTermsContributor {

    @Override
    public Map<String, List<String>> terms(
            JobDescription description, List<SkillMention> skills, @Nullable Double salaryMidYearly) {
        return CareerTerms.of(description, skills, salaryMidYearly);
    }
}
