package org.hireloop.jobs.format;

/**
 * Whitespace as pasted text has it: besides ASCII spaces and tabs, no-break spaces and stray
 * byte order marks, which {@link String#strip()} would keep.
 */
final class Spaces {

    private Spaces() {}

    static boolean isSpace(char c) {
        if (c < 0x80) { // the common case, without the Unicode tables
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    static String trim(String text) {
        return trim(text, 0, text.length());
    }

    /** The text between start and end without surrounding whitespace, in one substring. */
    static String trim(String text, int start, int end) {
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Trims and turns every run of whitespace into one space: for names, never for prose. */
    static String collapse(String text) {
        String trimmed = trim(text);
        if (isCollapsed(trimmed)) {
            return trimmed;
        }
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

    /** Already single spaced: most names are, and need no copy. */
    private static boolean isCollapsed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c) && (c != ' ' || (i + 1 < text.length() && isSpace(text.charAt(i + 1))))) {
                return false;
            }
        }
        return true;
    }

    /** Makes a text fit on one line of the format, which has no continuation lines. */
    static String oneLine(String text) {
        return text.indexOf('\n') < 0 && text.indexOf('\r') < 0 ? text : collapse(text);
    }
}
