package org.hireloop.jobs.format;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hireloop.jobs.JobDescription.CareerEntry;
import org.hireloop.jobs.JobDescription.Skill;
import org.jspecify.annotations.Nullable;

/**
 * Reads the sections after the head, line by line, in one pass: a heading sets where the
 * following lines go; lines under no known heading, and unknown lines, are left out.
 */
final class BodyReader {

    private static final Set<Heading> EDUCATION_LISTS = EnumSet.of(
            Heading.EDUCATIONAL_BACKGROUND,
            Heading.MINIMUM_EDUCATION,
            Heading.PREFERRED_EDUCATION,
            Heading.FIELDS_OF_STUDY);

    private final DescriptionBuilder into;
    private @Nullable Heading current;
    private boolean paragraphBreak;

    BodyReader(DescriptionBuilder into) {
        this.into = into;
    }

    void read(List<Line> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            read(lines.get(i).content());
        }
    }

    private void read(String content) {
        if (content.isEmpty()) {
            paragraphBreak = true;
            return;
        }
        String item = Bullet.itemOf(content);
        Heading heading = item == null ? Heading.of(content) : null;
        if (heading != null) {
            enter(heading);
        } else if (current == Heading.ROLE_DEFINITION) {
            appendRoleDefinition(content);
        } else if (item != null && !item.isEmpty() && current != null) {
            add(current, item);
        }
    }

    private void enter(Heading heading) {
        paragraphBreak = true;
        // "Preferred:" inside the education lists is preferred education, elsewhere experience
        boolean education = heading == Heading.PREFERRED && current != null && EDUCATION_LISTS.contains(current);
        current = education ? Heading.PREFERRED_EDUCATION : heading;
    }

    /** Lines of a paragraph stay on their lines; paragraphs are separated by a blank line. */
    private void appendRoleDefinition(String content) {
        StringBuilder role = into.roleDefinition;
        if (role.length() > 0) {
            role.append(paragraphBreak ? "\n\n" : "\n");
        }
        role.append(content);
        paragraphBreak = false;
    }

    private void add(Heading list, String item) {
        switch (list) {
            case ENTRY_POINTS -> addCareer(into.entryPoints, item);
            case ADVANCEMENTS -> addCareer(into.advancements, item);
            case LATERAL_MOVES -> addCareer(into.lateralMoves, item);
            case RESPONSIBILITIES, PRIMARY_FUNCTIONS -> into.primary.add(item);
            case SECONDARY_FUNCTIONS -> into.secondary.add(item);
            case SKILLS, HARD_SKILLS -> addSkill(into.hardSkills, item);
            case SOFT_SKILLS -> addSkill(into.softSkills, item);
            case EDUCATIONAL_BACKGROUND, MINIMUM_EDUCATION -> into.minimumEducation.add(item);
            case PREFERRED_EDUCATION -> into.preferredEducation.add(item);
            case FIELDS_OF_STUDY -> into.fieldsOfStudy.add(item);
            case EXPERIENCE_RANGE -> addExperience(item, false);
            case EXPERIENCE_REQUIREMENTS -> addExperience(item, true);
            case PREFERRED -> into.preferredExperience.add(item);
            default -> {} // bullets right under a heading that has sub-lists belong to none of them
        }
    }

    private static void addCareer(List<CareerEntry> entries, String item) {
        CareerEntry entry = CareerEntryText.parse(item);
        if (entry != null) {
            entries.add(entry);
        }
    }

    private static void addSkill(List<Skill> skills, String item) {
        Skill skill = SkillText.parse(item);
        if (skill != null) {
            skills.add(skill);
        }
    }

    /**
     * The first range bullet is the typical range; the format has one. Under the bare
     * "Experience Requirements" heading, bullets without years are preferred points.
     */
    private void addExperience(String item, boolean orPreferred) {
        ExperienceRange range = into.experienceRange == null ? ExperienceRange.parse(item) : null;
        if (range != null && (range.hasYears() || !orPreferred)) {
            into.experienceRange = range;
        } else if (orPreferred) {
            into.preferredExperience.add(item);
        }
    }
}
