package org.hireloop.jobs.format;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The section and list headings of the format, each with the words people write for it. A line
 * is a heading whatever its emoji, Markdown hashes, case or trailing colon.
 */
enum Heading {
    ROLE_DEFINITION("Role Definition", "role overview", "about the role", "role summary", "job summary"),
    CAREER_PROGRESSION("Career Progression", "career path", "career"),
    CAREER_PATH("Typical Career Path"),
    ENTRY_POINTS("Entry Point From:", "entry points from", "entry points", "entry point"),
    ADVANCEMENTS("Advancement To:", "advancement", "advancements", "next steps", "promotion to"),
    LATERAL_MOVES("Lateral Moves:", "lateral move", "lateral moves to"),
    RESPONSIBILITIES("Core Responsibilities", "responsibilities", "key responsibilities"),
    PRIMARY_FUNCTIONS("Primary Functions", "primary responsibilities"),
    SECONDARY_FUNCTIONS("Secondary Functions", "secondary responsibilities"),
    SKILLS("Required Skills & Competencies", "required skills", "skills and competencies", "skills"),
    HARD_SKILLS("Hard Skills (Technical)", "hard skills", "technical skills"),
    SOFT_SKILLS("Soft Skills"),
    EDUCATION_AND_EXPERIENCE("Education & Experience", "qualifications"),
    EDUCATIONAL_BACKGROUND("Educational Background", "education"),
    MINIMUM_EDUCATION("Minimum Education:", "required education"),
    PREFERRED_EDUCATION("Preferred Education:"),
    FIELDS_OF_STUDY("Relevant Fields of Study:", "fields of study"),
    EXPERIENCE_REQUIREMENTS("Experience Requirements", "experience"),
    EXPERIENCE_RANGE("Typical Experience Range:", "experience range"),
    /** "Preferred:" alone: preferred experience, or preferred education inside education lists. */
    PREFERRED("Preferred:", "preferred experience", "preferred qualifications");

    /** Longer lines are prose, not headings; checking this first keeps huge lines cheap. */
    private static final int MAX_LENGTH = 60;

    private static final Map<String, Heading> BY_KEY = new HashMap<>();

    static {
        for (Heading heading : values()) {
            BY_KEY.put(key(heading.text), heading);
            for (String synonym : heading.synonyms) {
                BY_KEY.put(key(synonym), heading);
            }
        }
    }

    private final String text;
    private final String[] synonyms;

    Heading(String text, String... synonyms) {
        this.text = text;
        this.synonyms = synonyms;
    }

    /** The heading as the text format writes it. */
    String text() {
        return text;
    }

    /** The heading as a title, without the list colon: for Markdown and HTML. */
    String title() {
        return text.endsWith(":") ? text.substring(0, text.length() - 1) : text;
    }

    static @Nullable Heading of(String content) {
        if (content.isEmpty() || content.length() > MAX_LENGTH) {
            return null;
        }
        return BY_KEY.get(key(content));
    }

    /** Lower case letters and digits, "&" as "and", single spaces: what stays of a heading. */
    private static String key(String text) {
        StringBuilder key = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length() && !Character.isLetter(text.charAt(i))) {
            i++;
        }
        boolean space = false;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && key.length() > 0) {
                    key.append(' ');
                }
                space = false;
                key.append(Character.toLowerCase(c));
            } else if (c == '&') {
                key.append(key.length() > 0 ? " and" : "and");
                space = true;
            } else {
                space = true;
            }
        }
        return key.toString();
    }
}
