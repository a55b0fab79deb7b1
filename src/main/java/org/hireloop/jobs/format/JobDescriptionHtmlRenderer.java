package org.hireloop.jobs.format;

import java.util.List;
import java.util.function.Function;
import org.hireloop.jobs.JobDescription;
import org.hireloop.jobs.JobDescription.CareerProgression;
import org.hireloop.jobs.JobDescription.Education;
import org.hireloop.jobs.JobDescription.Experience;
import org.hireloop.jobs.JobDescription.Skill;

/**
 * Writes a description as a small HTML fragment of {@code <p>}, {@code <h3>} and
 * {@code <ul><li>}, every text escaped: the schema.org JobPosting {@code description}. The
 * title is left out, as JobPosting carries it in {@code title}.
 */
public final class JobDescriptionHtmlRenderer {

    public String render(JobDescription d) {
        StringBuilder out = new StringBuilder();
        if (d.salary() != null) {
            labelled(out, "Salary", SalaryText.format(d.salary()));
        }
        if (!d.tags().isEmpty()) {
            labelled(out, "Tags", String.join(", ", d.tags()));
        }
        if (d.roleDefinition() != null && !Spaces.isBlank(d.roleDefinition())) {
            heading(out, Heading.ROLE_DEFINITION.title());
            for (String paragraph : Spaces.trim(d.roleDefinition()).split("\n\n")) {
                out.append("<p>").append(escape(Spaces.trim(paragraph))).append("</p>\n");
            }
        }
        career(out, d.career());
        if (!d.responsibilities().primary().isEmpty()
                || !d.responsibilities().secondary().isEmpty()) {
            heading(out, Heading.RESPONSIBILITIES.title());
            list(out, Heading.PRIMARY_FUNCTIONS, d.responsibilities().primary(), JobDescriptionHtmlRenderer::escape);
            list(
                    out,
                    Heading.SECONDARY_FUNCTIONS,
                    d.responsibilities().secondary(),
                    JobDescriptionHtmlRenderer::escape);
        }
        if (!d.skills().hard().isEmpty() || !d.skills().soft().isEmpty()) {
            heading(out, Heading.SKILLS.title());
            list(out, Heading.HARD_SKILLS, d.skills().hard(), JobDescriptionHtmlRenderer::skill);
            list(out, Heading.SOFT_SKILLS, d.skills().soft(), JobDescriptionHtmlRenderer::skill);
        }
        educationAndExperience(out, d.education(), d.experience());
        return out.toString();
    }

    private static void career(StringBuilder out, CareerProgression career) {
        if (career.entryPoints().isEmpty()
                && career.advancements().isEmpty()
                && career.lateralMoves().isEmpty()) {
            return;
        }
        heading(out, Heading.CAREER_PROGRESSION.title());
        Function<JobDescription.CareerEntry, String> entry = e -> escape(CareerEntryText.format(e));
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
        heading(out, Heading.EDUCATION_AND_EXPERIENCE.title());
        list(out, Heading.MINIMUM_EDUCATION, education.minimum(), JobDescriptionHtmlRenderer::escape);
        list(out, Heading.PREFERRED_EDUCATION, education.preferred(), JobDescriptionHtmlRenderer::escape);
        list(out, Heading.FIELDS_OF_STUDY, education.fields(), JobDescriptionHtmlRenderer::escape);
        list(
                out,
                Heading.EXPERIENCE_RANGE,
                range == null ? List.of() : List.of(range),
                JobDescriptionHtmlRenderer::escape);
        if (!experience.preferred().isEmpty()) {
            out.append("<p><strong>Preferred Experience</strong></p>\n");
            items(out, experience.preferred(), JobDescriptionHtmlRenderer::escape);
        }
    }

    private static String skill(Skill skill) {
        String name = "<strong>" + escape(skill.name()) + "</strong>";
        return skill.description() == null ? name : name + ": " + escape(skill.description());
    }

    private static void labelled(StringBuilder out, String label, String text) {
        out.append("<p><strong>")
                .append(label)
                .append(":</strong> ")
                .append(escape(text))
                .append("</p>\n");
    }

    private static void heading(StringBuilder out, String text) {
        out.append("<h3>").append(escape(text)).append("</h3>\n");
    }

    private static <T> void list(StringBuilder out, Heading heading, List<T> items, Function<T, String> html) {
        if (!items.isEmpty()) {
            out.append("<p><strong>").append(escape(heading.title())).append("</strong></p>\n");
            items(out, items, html);
        }
    }

    private static <T> void items(StringBuilder out, List<T> items, Function<T, String> html) {
        out.append("<ul>\n");
        for (T item : items) {
            out.append("<li>").append(html.apply(item)).append("</li>\n");
        }
        out.append("</ul>\n");
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
