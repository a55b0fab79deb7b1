package org.hireloop.jobs.format;

import java.util.ArrayList;
import java.util.List;
import org.hireloop.jobs.JobDescription;
import org.hireloop.jobs.JobDescription.CareerEntry;
import org.hireloop.jobs.JobDescription.CareerProgression;
import org.hireloop.jobs.JobDescription.Education;
import org.hireloop.jobs.JobDescription.Experience;
import org.hireloop.jobs.JobDescription.Responsibilities;
import org.hireloop.jobs.JobDescription.Skill;
import org.hireloop.jobs.JobDescription.Skills;
import org.hireloop.jobs.Salary;
import org.jspecify.annotations.Nullable;

/** What the parser has collected so far; the model records are built once, at the end. */
final class DescriptionBuilder {

    @Nullable
    String title;

    @Nullable
    Salary salary;

    List<String> tags = List.of();
    final StringBuilder roleDefinition = new StringBuilder();
    final List<CareerEntry> entryPoints = new ArrayList<>();
    final List<CareerEntry> advancements = new ArrayList<>();
    final List<CareerEntry> lateralMoves = new ArrayList<>();
    final List<String> primary = new ArrayList<>();
    final List<String> secondary = new ArrayList<>();
    final List<Skill> hardSkills = new ArrayList<>();
    final List<Skill> softSkills = new ArrayList<>();
    final List<String> minimumEducation = new ArrayList<>();
    final List<String> preferredEducation = new ArrayList<>();
    final List<String> fieldsOfStudy = new ArrayList<>();

    @Nullable
    ExperienceRange experienceRange;

    final List<String> preferredExperience = new ArrayList<>();

    JobDescription build() {
        if (title == null) {
            throw new IllegalStateException("the title is read before anything is built");
        }
        ExperienceRange range = experienceRange == null ? new ExperienceRange(null, null, null) : experienceRange;
        try {
            return new JobDescription(
                    title,
                    salary,
                    tags,
                    roleDefinition.length() == 0 ? null : roleDefinition.toString(),
                    new CareerProgression(entryPoints, advancements, lateralMoves),
                    new Responsibilities(primary, secondary),
                    new Skills(hardSkills, softSkills),
                    new Education(minimumEducation, preferredEducation, fieldsOfStudy),
                    new Experience(range.min(), range.max(), range.detail(), preferredExperience));
        } catch (IllegalArgumentException refusedByModel) {
            // the readers keep the model's rules, so this is a gap between them: still the caller's input
            throw new JobDescriptionParseException(
                    0, "a job description the model accepts", refusedByModel.getMessage());
        }
    }
}
