package org.hireloop.jobs.format;

/** One line of the input: its 1-based number and its text without surrounding whitespace. */
record Line(int number, String content) {

    boolean isBlank() {
        return content.isEmpty();
    }
}
