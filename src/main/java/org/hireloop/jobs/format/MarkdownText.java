package org.hireloop.jobs.format;

/** Escapes text for Markdown, so "*", "_", "[", "<" and friends show as themselves. */
final class MarkdownText {

    private static final String INLINE = "\\`*_[]<>|~";
    private static final String LINE_START = "#-+>=";

    private MarkdownText() {}

    /** Escapes inline marks everywhere, and list or heading marks where a line starts. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean startsLine = i == 0 || text.charAt(i - 1) == '\n';
            if (INLINE.indexOf(c) >= 0 || (startsLine && LINE_START.indexOf(c) >= 0)) {
                out.append('\\');
            }
            out.append(c);
            if (startsLine && Character.isDigit(c)) {
                i = escapeListNumber(text, i, out);
            }
        }
        return out.toString();
    }

    /** "1. text" at a line start would become a numbered list: escape its dot or parenthesis. */
    private static int escapeListNumber(String text, int start, StringBuilder out) {
        int i = start + 1;
        while (i < text.length() && Character.isDigit(text.charAt(i))) {
            out.append(text.charAt(i++));
        }
        if (i < text.length() && (text.charAt(i) == '.' || text.charAt(i) == ')')) {
            out.append('\\');
        }
        return i - 1;
    }
}
