package org.hireloop.jobs.format;

/**
 * A job description text the parser refuses: it names the line (1-based, 0 for the whole text)
 * and what was expected there, so the person who pasted it can fix it.
 */
public final class JobDescriptionParseException extends RuntimeException {

    private static final int MAX_FOUND = 60;

    private final int line;
    private final String expected;

    JobDescriptionParseException(int line, String expected, String found) {
        super("line " + line + ": expected " + expected + ", found " + found);
        this.line = line;
        this.expected = expected;
    }

    /** The 1-based line the problem is on, or 0 when it concerns the whole text. */
    public int line() {
        return line;
    }

    /** What the parser expected there, in words. */
    public String expected() {
        return expected;
    }

    /** Quotes what was found, shortened: a message must not echo a megabyte back. */
    static String quoted(String text) {
        String shown = text.length() > MAX_FOUND ? text.substring(0, MAX_FOUND) + "..." : text;
        return "\"" + shown + "\"";
    }
}
