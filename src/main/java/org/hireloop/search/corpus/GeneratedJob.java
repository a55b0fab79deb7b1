package org.hireloop.search.corpus;

import java.util.List;
import java.util.Locale;
import org.hireloop.jobs.EmploymentType;
import org.hireloop.jobs.JobBoardFacts;
import org.hireloop.jobs.Location;
import org.hireloop.jobs.Salary;
import org.jspecify.annotations.Nullable;

/**
 * One generated job: the description in the text format and its ground truth, so tests can judge
 * what a search should find without reading the text back.
 *
 * @param key the organization's slug and the job's ordinal there: "acme-robotics/000123"
 * @param family the key of its {@link RoleFamily} ("backend", "sre", ...)
 * @param skills the canonical names of the tools the text mentions (it may write an alias)
 * @param tags the tags of the tag line, in order
 * @param salary as the salary line states it; null when the text names none
 * @param experienceMin with experienceMax: the typical range in years as the text states it
 * @param workplace "remote", "hybrid" or "on_site"
 * @param city null for remote jobs (the country says where applicants must live)
 * @param employmentType an {@link EmploymentType} name: FULL_TIME, CONTRACTOR, ...
 */
public record GeneratedJob(
        long index,
        String key,
        GeneratedOrganization org,
        int ordinal,
        String family,
        Seniority seniority,
        String title,
        String text,
        List<String> skills,
        List<String> tags,
        @Nullable Salary salary,
        @Nullable Integer experienceMin,
        @Nullable Integer experienceMax,
        String workplace,
        String country,
        @Nullable String city,
        String employmentType,
        String department) {

    public GeneratedJob {
        skills = List.copyOf(skills);
        tags = List.copyOf(tags);
    }

    /** The job board facts the text format does not carry, as the jobs module stores them. */
    public JobBoardFacts facts() {
        return new JobBoardFacts(
                EmploymentType.valueOf(employmentType),
                new Location(Location.Workplace.valueOf(workplace.toUpperCase(Locale.ROOT)), country, city),
                department,
                null);
    }

    /** The file name of the text under its organization's directory: "000123.txt". */
    public String fileName() {
        return key.substring(key.indexOf('/') + 1) + ".txt";
    }
}
