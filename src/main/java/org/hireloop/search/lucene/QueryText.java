package org.hireloop.search.lucene;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The user's query split into its parts: words, "quoted phrases", prefix* words and -excluded
 * words or phrases. Tolerant by design: it never fails. An unbalanced quote runs to the end, a
 * lone operator is dropped, control characters are blanks, and only the first {@link #MAX_LENGTH}
 * characters and {@link #MAX_PARTS} parts count, so a pasted essay costs no more than a sentence.
 */
record QueryText(List<Part> parts) {

    static final int MAX_LENGTH = 1000;
    static final int MAX_PARTS = 32;

    /** Words of query languages that people type out of habit; they are not searched for. */
    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT", "&&", "||");

    enum Kind {
        WORD,
        PHRASE,
        PREFIX
    }

    /** One part as written (not yet analyzed); excluded parts must not match. */
    record Part(Kind kind, String text, boolean excluded) {}

    static QueryText parse(String query) {
        String text = clean(query);
        List<Part> parts = new ArrayList<>();
        int i = 0;
        while (i < text.length() && parts.size() < MAX_PARTS) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean excluded = c == '-' && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
            int start = excluded ? i + 1 : i;
            if (start < text.length() && text.charAt(start) == '"') {
                int end = text.indexOf('"', start + 1);
                int stop = end < 0 ? text.length() : end;
                addPart(parts, Kind.PHRASE, text.substring(start + 1, stop), excluded);
                i = end < 0 ? text.length() : end + 1;
                continue;
            }
            int end = start;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '"') {
                end++;
            }
            addWord(parts, text.substring(start, end), excluded);
            i = Math.max(end, i + 1);
        }
        return new QueryText(List.copyOf(parts));
    }

    boolean isEmpty() {
        return parts.isEmpty();
    }

    List<Part> included() {
        return parts.stream().filter(part -> !part.excluded()).toList();
    }

    List<Part> excluded() {
        return parts.stream().filter(Part::excluded).toList();
    }

    private static void addWord(List<Part> parts, String word, boolean excluded) {
        if (word.isEmpty() || OPERATORS.contains(word)) {
            return;
        }
        int stars = 0;
        while (stars < word.length() && word.charAt(word.length() - 1 - stars) == '*') {
            stars++;
        }
        String stem = word.substring(0, word.length() - stars);
        // A prefix needs two real characters before the star, or it would expand to half the index.
        boolean prefix = stars > 0 && stem.codePointCount(0, stem.length()) >= 2 && !excluded;
        addPart(parts, prefix ? Kind.PREFIX : Kind.WORD, stem, excluded);
    }

    private static void addPart(List<Part> parts, Kind kind, String text, boolean excluded) {
        String stripped = text.strip();
        if (!stripped.isEmpty()) {
            parts.add(new Part(kind, stripped, excluded));
        }
    }

    /** Control and other invisible characters become blanks; unpaired surrogates are dropped. */
    private static String clean(String query) {
        String head = query.length() > MAX_LENGTH ? query.substring(0, MAX_LENGTH) : query;
        StringBuilder text = new StringBuilder(head.length());
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c)
                        && i + 1 < head.length()
                        && Character.isLowSurrogate(head.charAt(i + 1));
                if (paired) {
                    text.append(c).append(head.charAt(++i));
                }
            } else if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                text.append(' ');
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }
}
