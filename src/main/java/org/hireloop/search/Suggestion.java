package org.hireloop.search;

/** An autocomplete entry: a job title or a skill, and how many published jobs carry it. */
public record Suggestion(String text, String kind, long count) {

    public enum Kind {
        TITLE,
        SKILL;

        public String apiValue() {
            return name().toLowerCase();
        }
    }
}
