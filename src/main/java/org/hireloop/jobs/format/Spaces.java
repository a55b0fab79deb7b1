package org.hireloop.jobs.format;

/**
 * Whitespace as pasted text has it: besides ASCII spaces and tabs, no-break spaces and stray
 * byte order marks, which {@link String#strip()} would keep.
 */
final class Spaces {

    private Spaces() {}

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    static boolean isBlank(String text) {
        return trim(text).isEmpty();
    }

    /** Trims and turns every run of whitespace into one space: for names, never for prose. */
    static String collapse(String text) {
        String trimmed = trim(text);
        StringBuilder out = new StringBuilder(trimmed.length());
        boolean inSpace = false;
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (isSpace(c)) {
                inSpace = true;
                continue;
            }
            if (inSpace) {
                out.append(' ');
                inSpace = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Makes a text fit on one line of the format, which has no continuation lines. */
    static String oneLine(String text) {
        return text.indexOf('\n') < 0 && text.indexOf('\r') < 0 ? text : collapse(text);
    }
}
