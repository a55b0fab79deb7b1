package org.hireloop.jobs.format;

import org.jspecify.annotations.Nullable;

/**
 * The typical experience bullet: "3-8 years of ...", "3–8 years", "3 to 8 years", "5+ years",
 * "5 years" or "up to 5 years", then the detail. A bullet that is none of these is all detail.
 */
record ExperienceRange(
        @Nullable Integer min,
        @Nullable Integer max,
        @Nullable String detail) {

    private static final int MAX_DIGITS = 2;
    private static final String UP_TO = "up to ";

    boolean hasYears() {
        return min != null || max != null;
    }

    static ExperienceRange parse(String item) {
        ExperienceRange range = new Reader(item).read();
        return range != null ? range : new ExperienceRange(null, null, item.isEmpty() ? null : item);
    }

    /** The bullet for a range, null when there is nothing to write. */
    static @Nullable String format(@Nullable Integer min, @Nullable Integer max, @Nullable String detail) {
        String years;
        if (min == null && max == null) {
            years = "";
        } else if (min == null) {
            years = "up to " + max + " years";
        } else if (max == null) {
            years = min + "+ years";
        } else if (min.equals(max)) {
            years = min + (min == 1 ? " year" : " years");
        } else {
            years = min + "-" + max + " years";
        }
        String text = detail == null ? years : (years + " " + Spaces.oneLine(detail)).trim();
        return text.isEmpty() ? null : text;
    }

    /** A small hand-written reader: one pass, no backtracking. */
    private static final class Reader {
        private final String text;
        private int pos;

        Reader(String text) {
            this.text = text;
        }

        @Nullable
        ExperienceRange read() {
            boolean upTo = text.regionMatches(true, 0, UP_TO, 0, UP_TO.length());
            pos = upTo ? UP_TO.length() : 0;
            Integer first = number();
            if (first == null) {
                return null;
            }
            Integer min = upTo ? null : first;
            Integer max = first;
            skipSpaces();
            if (!upTo && at('+')) {
                pos++;
                max = null;
            } else if (!upTo && (at('-') || at('–') || at('—') || atWord("to"))) {
                pos += at('t') || at('T') ? 2 : 1;
                skipSpaces();
                max = number();
                if (max == null || max < first) {
                    return null;
                }
            }
            skipSpaces();
            if (!atWord("years") && !atWord("year") && !atWord("yrs") && !atWord("yr")) {
                return null;
            }
            while (pos < text.length() && Character.isLetter(text.charAt(pos))) {
                pos++;
            }
            String detail = Spaces.trim(text.substring(pos));
            return new ExperienceRange(min, max, detail.isEmpty() ? null : detail);
        }

        private @Nullable Integer number() {
            int start = pos;
            while (pos < text.length() && pos - start <= MAX_DIGITS && isDigit(text.charAt(pos))) {
                pos++;
            }
            boolean ok =
                    pos > start && pos - start <= MAX_DIGITS && (pos == text.length() || !isDigit(text.charAt(pos)));
            return ok ? Integer.valueOf(text.substring(start, pos)) : null;
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        private boolean at(char c) {
            return pos < text.length() && text.charAt(pos) == c;
        }

        private boolean atWord(String word) {
            int end = pos + word.length();
            return text.regionMatches(true, pos, word, 0, word.length())
                    && (end == text.length() || !Character.isLetter(text.charAt(end)));
        }

        private void skipSpaces() {
            while (pos < text.length() && Spaces.isSpace(text.charAt(pos))) {
                pos++;
            }
        }
    }
}
