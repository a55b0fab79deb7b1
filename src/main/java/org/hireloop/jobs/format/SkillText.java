package org.hireloop.jobs.format;

import org.hireloop.jobs.JobDescription.Skill;
import org.jspecify.annotations.Nullable;

/** A skill bullet, "Name: description", split at the first ": "; no colon, no description. */
final class SkillText {

    private SkillText() {}

    static @Nullable Skill parse(String item) {
        int colon = item.indexOf(": ");
        String name;
        String description;
        if (colon >= 0) {
            name = item.substring(0, colon);
            description = Spaces.trim(item.substring(colon + 2));
        } else {
            name = item.endsWith(":") ? item.substring(0, item.length() - 1) : item;
            description = "";
        }
        name = Spaces.collapse(name);
        if (name.isEmpty()) {
            return null;
        }
        return new Skill(name, description.isEmpty() ? null : description);
    }

    static String format(Skill skill) {
        String name = Spaces.oneLine(skill.name());
        return skill.description() == null ? name : name + ": " + Spaces.oneLine(skill.description());
    }
}
