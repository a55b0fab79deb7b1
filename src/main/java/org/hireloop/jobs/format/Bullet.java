package org.hireloop.jobs.format;

import org.jspecify.annotations.Nullable;

/** The list markers people use: typographic bullets, Markdown "-", "*" and "+", and "1." or "1)". */
final class Bullet {

    private static final String MARKS = "•–—·▪◦‣●○■□➢►✓✔";
    private static final int MAX_NUMBER_DIGITS = 3;

    private Bullet() {}

    /** The item text after the marker, or null when the line is no list item. */
    static @Nullable String itemOf(String content) {
        if (content.isEmpty()) {
            return null;
        }
        char first = content.charAt(0);
        if (MARKS.indexOf(first) >= 0) {
            return Spaces.trim(content.substring(1));
        }
        // ASCII markers need a space after them, or "-5 years" and "*emphasis*" become items.
        if ((first == '-' || first == '*' || first == '+') && spaceAt(content, 1)) {
            return Spaces.trim(content.substring(1));
        }
        int digits = 0;
        while (digits < content.length() && digits <= MAX_NUMBER_DIGITS && isDigit(content.charAt(digits))) {
            digits++;
        }
        if (digits > 0 && digits <= MAX_NUMBER_DIGITS && digits < content.length()) {
            char mark = content.charAt(digits);
            if ((mark == '.' || mark == ')') && spaceAt(content, digits + 1)) {
                return Spaces.trim(content.substring(digits + 1));
            }
        }
        return null;
    }

    private static boolean spaceAt(String text, int index) {
        return index < text.length() && Spaces.isSpace(text.charAt(index));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
