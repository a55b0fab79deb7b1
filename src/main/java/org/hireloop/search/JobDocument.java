package org.hireloop.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the search index holds for one job: the text to search, the facts to filter, facet and
 * sort on, and what a hit shows. Built from a job by the indexer; the engine never reads the
 * database.
 *
 * @param skills canonical skills of the taxonomy recognized in the description
 * @param skillText every name of those skills (canonical and aliases), so "postgres" finds a
 *     PostgreSQL job without query-time synonyms
 * @param competencies the hard and soft skills as the description writes them ("Name: description")
 * @param salaryMinYearly the lower bound in the base currency per year, for filters across
 *     currencies (see {@code CurrencyRates}); null without a salary
 * @param terms extra keyword dimensions to aggregate over all published jobs (the career graph's
 *     edges, a role's skills); never searched as text
 */
public record JobDocument(
        UUID id,
        UUID orgId,
        String orgSlug,
        String orgName,
        String status,
        String title,
        List<String> tags,
        @Nullable String roleDefinition,
        List<String> responsibilities,
        List<SkillMention> skills,
        List<String> skillText,
        List<String> competencies,
        @Nullable Double salaryMin,
        @Nullable Double salaryMax,
        @Nullable String salaryCurrency,
        @Nullable String salaryPeriod,
        @Nullable Double salaryMinYearly,
        @Nullable Double salaryMaxYearly,
        @Nullable Integer experienceMin,
        @Nullable Integer experienceMax,
        @Nullable String workplace,
        @Nullable String country,
        @Nullable String city,
        @Nullable String employmentType,
        @Nullable String department,
        @Nullable Instant publishedAt,
        Instant updatedAt,
        long version,
        Map<String, List<String>> terms) {

    public JobDocument {
        tags = List.copyOf(tags);
        responsibilities = List.copyOf(responsibilities);
        skills = List.copyOf(skills);
        skillText = List.copyOf(skillText);
        competencies = List.copyOf(competencies);
        terms = Map.copyOf(terms);
    }

    public boolean published() {
        return "published".equals(status);
    }
}
