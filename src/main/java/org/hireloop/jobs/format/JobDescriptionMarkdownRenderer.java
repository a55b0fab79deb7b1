package org.hireloop.jobs.format;

import java.util.List;
import java.util.function.Function;
import org.hireloop.jobs.JobDescription;
import org.hireloop.jobs.JobDescription.CareerProgression;
import org.hireloop.jobs.JobDescription.Education;
import org.hireloop.jobs.JobDescription.Experience;
import org.hireloop.jobs.JobDescription.Skill;

/**
 * Writes a description as readable Markdown: "#" title, salary and tags, "##" sections, "###"
 * lists of "- " items, skills as "**Name**: description". Text is escaped, so a description
 * cannot inject links or HTML. For reading, not for parsing back.
 */
public final class JobDescriptionMarkdownRenderer {

    public String render(JobDescription d) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(MarkdownText.escape(Spaces.oneLine(d.title()))).append("\n\n");
        if (d.salary() != null) {
            out.append("**Salary:** ")
                    .append(MarkdownText.escape(SalaryText.format(d.salary())))
                    .append("\n\n");
        }
        if (!d.tags().isEmpty()) {
            out.append("**Tags:** ")
                    .append(MarkdownText.escape(String.join(", ", d.tags())))
                    .append("\n\n");
        }
        if (d.roleDefinition() != null && !Spaces.isBlank(d.roleDefinition())) {
            section(out, Heading.ROLE_DEFINITION);
            for (String paragraph : Spaces.trim(d.roleDefinition()).split("\n\n")) {
                out.append(MarkdownText.escape(paragraph)).append("\n\n");
            }
        }
        career(out, d.career());
        if (!d.responsibilities().primary().isEmpty()
                || !d.responsibilities().secondary().isEmpty()) {
            section(out, Heading.RESPONSIBILITIES);
            list(out, Heading.PRIMARY_FUNCTIONS, d.responsibilities().primary(), MarkdownText::escape);
            list(out, Heading.SECONDARY_FUNCTIONS, d.responsibilities().secondary(), MarkdownText::escape);
        }
        if (!d.skills().hard().isEmpty() || !d.skills().soft().isEmpty()) {
            section(out, Heading.SKILLS);
            list(out, Heading.HARD_SKILLS, d.skills().hard(), JobDescriptionMarkdownRenderer::skill);
            list(out, Heading.SOFT_SKILLS, d.skills().soft(), JobDescriptionMarkdownRenderer::skill);
        }
        educationAndExperience(out, d.education(), d.experience());
        out.setLength(out.length() - 1);
        return out.toString();
    }

    private static String skill(Skill skill) {
        String name = "**" + MarkdownText.escape(Spaces.oneLine(skill.name())) + "**";
        return skill.description() == null ? name : name + ": " + MarkdownText.escape(skill.description());
    }

    private static void career(StringBuilder out, CareerProgression career) {
        if (career.entryPoints().isEmpty()
                && career.advancements().isEmpty()
                && career.lateralMoves().isEmpty()) {
            return;
        }
        section(out, Heading.CAREER_PROGRESSION);
        Function<JobDescription.CareerEntry, String> entry = e -> MarkdownText.escape(CareerEntryText.format(e));
        list(out, Heading.ENTRY_POINTS, career.entryPoints(), entry);
        list(out, Heading.ADVANCEMENTS, career.advancements(), entry);
        list(out, Heading.LATERAL_MOVES, career.lateralMoves(), entry);
    }

    private static void educationAndExperience(StringBuilder out, Education education, Experience experience) {
        String range = ExperienceRange.format(experience.minYears(), experience.maxYears(), experience.detail());
        boolean hasEducation = !education.minimum().isEmpty()
                || !education.preferred().isEmpty()
                || !education.fields().isEmpty();
        if (!hasEducation && range == null && experience.preferred().isEmpty()) {
            return;
        }
        section(out, Heading.EDUCATION_AND_EXPERIENCE);
        list(out, Heading.MINIMUM_EDUCATION, education.minimum(), MarkdownText::escape);
        list(out, Heading.PREFERRED_EDUCATION, education.preferred(), MarkdownText::escape);
        list(out, Heading.FIELDS_OF_STUDY, education.fields(), MarkdownText::escape);
        list(out, Heading.EXPERIENCE_RANGE, range == null ? List.of() : List.of(range), MarkdownText::escape);
        if (!experience.preferred().isEmpty()) {
            out.append("### Preferred Experience\n\n");
            items(out, experience.preferred(), MarkdownText::escape);
        }
    }

    private static void section(StringBuilder out, Heading heading) {
        out.append("## ").append(heading.title()).append("\n\n");
    }

    private static <T> void list(StringBuilder out, Heading heading, List<T> items, Function<T, String> format) {
        if (!items.isEmpty()) {
            out.append("### ").append(heading.title()).append("\n\n");
            items(out, items, format);
        }
    }

    private static <T> void items(StringBuilder out, List<T> items, Function<T, String> format) {
        for (T item : items) {
            out.append("- ").append(Spaces.oneLine(format.apply(item))).append('\n');
        }
        out.append('\n');
    }
}
