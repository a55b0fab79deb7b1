package org.hireloop.jobs.format;

import java.util.List;
import java.util.function.Function;
import org.hireloop.jobs.JobDescription;
import org.hireloop.jobs.JobDescription.CareerProgression;
import org.hireloop.jobs.JobDescription.Education;
import org.hireloop.jobs.JobDescription.Experience;

/**
 * Writes the job description text format, laid out like the files it comes in (emoji on the
 * first two sections, "  • " bullets, LF endings), so that parsing the output gives the same
 * description. Sections without content are left out.
 */
public final class JobDescriptionTextRenderer {

    private static final String BULLET = "  • ";

    public String render(JobDescription d) {
        StringBuilder out = new StringBuilder();
        block(out, HeaderReader.TITLE_PREFIX + " " + Spaces.oneLine(d.title()));
        if (d.salary() != null) {
            block(out, "💰 " + SalaryText.format(d.salary()));
        }
        if (!d.tags().isEmpty()) {
            block(out, tagLine(d.tags()));
        }
        if (d.roleDefinition() != null && !Spaces.isBlank(d.roleDefinition())) {
            block(out, "🎯 " + Heading.ROLE_DEFINITION.text());
            block(out, Spaces.trim(d.roleDefinition()));
        }
        career(out, d.career());
        if (!d.responsibilities().primary().isEmpty()
                || !d.responsibilities().secondary().isEmpty()) {
            block(out, Heading.RESPONSIBILITIES.text());
            list(out, Heading.PRIMARY_FUNCTIONS, d.responsibilities().primary(), Spaces::oneLine);
            list(out, Heading.SECONDARY_FUNCTIONS, d.responsibilities().secondary(), Spaces::oneLine);
        }
        if (!d.skills().hard().isEmpty() || !d.skills().soft().isEmpty()) {
            block(out, Heading.SKILLS.text());
            list(out, Heading.HARD_SKILLS, d.skills().hard(), SkillText::format);
            list(out, Heading.SOFT_SKILLS, d.skills().soft(), SkillText::format);
        }
        educationAndExperience(out, d.education(), d.experience());
        out.setLength(out.length() - 1); // one line feed at the end, not a blank line
        return out.toString();
    }

    /** The tag line, labelled when it could otherwise be read as a heading or a salary. */
    static String tagLine(List<String> tags) {
        String line = TagSplitter.join(tags.stream().map(Spaces::oneLine).toList());
        boolean misread = Heading.of(line) != null
                || SalaryLine.isLabelled(line)
                || SalaryLine.looksLikeSalary(line)
                || HeaderReader.hasTagLabel(line);
        return misread ? "Tags: " + line : line;
    }

    private static void career(StringBuilder out, CareerProgression career) {
        if (career.entryPoints().isEmpty()
                && career.advancements().isEmpty()
                && career.lateralMoves().isEmpty()) {
            return;
        }
        block(out, "📈 " + Heading.CAREER_PROGRESSION.text());
        block(out, Heading.CAREER_PATH.text());
        list(out, Heading.ENTRY_POINTS, career.entryPoints(), CareerEntryText::format);
        list(out, Heading.ADVANCEMENTS, career.advancements(), CareerEntryText::format);
        list(out, Heading.LATERAL_MOVES, career.lateralMoves(), CareerEntryText::format);
    }

    private static void educationAndExperience(StringBuilder out, Education education, Experience experience) {
        String range = ExperienceRange.format(experience.minYears(), experience.maxYears(), experience.detail());
        boolean hasEducation = !education.minimum().isEmpty()
                || !education.preferred().isEmpty()
                || !education.fields().isEmpty();
        boolean hasExperience = range != null || !experience.preferred().isEmpty();
        if (!hasEducation && !hasExperience) {
            return;
        }
        block(out, Heading.EDUCATION_AND_EXPERIENCE.text());
        if (hasEducation) {
            block(out, Heading.EDUCATIONAL_BACKGROUND.text());
            list(out, Heading.MINIMUM_EDUCATION, education.minimum(), Spaces::oneLine);
            list(out, Heading.PREFERRED_EDUCATION, education.preferred(), Spaces::oneLine);
            list(out, Heading.FIELDS_OF_STUDY, education.fields(), Spaces::oneLine);
        }
        if (hasExperience) {
            block(out, Heading.EXPERIENCE_REQUIREMENTS.text());
            list(out, Heading.EXPERIENCE_RANGE, range == null ? List.of() : List.of(range), Function.identity());
            list(out, Heading.PREFERRED, experience.preferred(), Spaces::oneLine);
        }
    }

    private static <T> void list(StringBuilder out, Heading heading, List<T> items, Function<T, String> format) {
        if (items.isEmpty()) {
            return;
        }
        block(out, heading.text());
        for (T item : items) {
            out.append(BULLET).append(format.apply(item)).append('\n');
        }
        out.append('\n');
    }

    /** A paragraph followed by a blank line, as the format separates everything. */
    private static void block(StringBuilder out, String text) {
        out.append(text).append("\n\n");
    }
}
