package org.hireloop.search.indexing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hireloop.jobs.Job;
import org.hireloop.jobs.JobBoardFacts;
import org.hireloop.jobs.JobDescription;
import org.hireloop.jobs.Salary;
import org.hireloop.search.JobDocument;
import org.hireloop.search.Skill;
import org.hireloop.search.SkillMention;
import org.hireloop.search.SkillTaxonomy;
import org.jspecify.annotations.Nullable;

/**
 * Turns a job into what the search index holds: the description's text, the atomic skills the
 * taxonomy recognizes in it (with every name they go by, so a search for an alias finds them),
 * salaries converted to the base currency per year, and the terms other features aggregate.
 */
public final class JobDocuments {

    private final SkillTaxonomy taxonomy;
    private final CurrencyRates rates;
    private final List<JobTermsContributor> contributors;

    public JobDocuments(SkillTaxonomy taxonomy, CurrencyRates rates, List<JobTermsContributor> contributors) {
        this.taxonomy = taxonomy;
        this.rates = rates;
        this.contributors = List.copyOf(contributors);
    }

    public JobDocument of(Job job, String orgSlug, String orgName) {
        JobDescription d = job.description();
        JobBoardFacts facts = job.facts();
        List<SkillMention> skills = taxonomy.extract(d);
        Salary salary = d.salary();
        double[] yearly = salary == null ? null : rates.yearlyInBase(salary);
        Double mid = yearly == null ? null : (yearly[0] + yearly[1]) / 2;
        Map<String, List<String>> terms = new HashMap<>();
        for (JobTermsContributor contributor : contributors) {
            terms.putAll(contributor.terms(d, skills, mid));
        }
        return new JobDocument(
                job.id().value(),
                job.orgId().value(),
                orgSlug,
                orgName,
                job.status().apiValue(),
                d.title(),
                d.tags(),
                d.roleDefinition(),
                responsibilities(d),
                skills,
                skillText(skills),
                competencies(d),
                salary == null ? null : salary.min().doubleValue(),
                salary == null ? null : salary.max().doubleValue(),
                salary == null ? null : salary.currency().getCurrencyCode(),
                salary == null ? null : salary.period().name(),
                yearly == null ? null : yearly[0],
                yearly == null ? null : yearly[1],
                d.experience().minYears(),
                d.experience().maxYears(),
                facts.location().workplace() == null
                        ? null
                        : facts.location().workplace().name().toLowerCase(java.util.Locale.ROOT),
                facts.location().country(),
                facts.location().city(),
                facts.employmentType() == null ? null : facts.employmentType().name(),
                facts.department(),
                job.publishedAt(),
                job.updatedAt(),
                job.version(),
                terms);
    }

    private static List<String> responsibilities(JobDescription d) {
        List<String> all = new ArrayList<>(d.responsibilities().primary());
        all.addAll(d.responsibilities().secondary());
        return all;
    }

    private static List<String> competencies(JobDescription d) {
        List<String> all = new ArrayList<>();
        for (JobDescription.Skill skill : d.skills().hard()) {
            all.add(text(skill));
        }
        for (JobDescription.Skill skill : d.skills().soft()) {
            all.add(text(skill));
        }
        return all;
    }

    private static String text(JobDescription.Skill skill) {
        return skill.description() == null ? skill.name() : skill.name() + ": " + skill.description();
    }

    /** Every name of the recognized skills, so the text index finds "postgres" in a PostgreSQL job. */
    private List<String> skillText(List<SkillMention> mentions) {
        Set<String> names = new LinkedHashSet<>();
        for (SkillMention mention : mentions) {
            names.add(mention.skill());
            @Nullable Skill skill = taxonomy.find(mention.skill(), null).orElse(null);
            if (skill != null) {
                names.addAll(skill.aliases());
            }
        }
        return List.copyOf(names);
    }
}
