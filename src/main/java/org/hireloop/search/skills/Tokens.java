package org.hireloop.search.skills;

/**
 * A text cut into tokens once, for every alias lookup to share. A token is a word of letters and
 * digits that keeps the symbols skill names are made of: dots inside a word ("Node.js",
 * "ASP.NET"), a dot before one (".NET") and trailing plus or hash signs ("C++", "C#"). Every
 * other character that is not a space is a token of its own ("CI", "/", "CD"), so aliases with
 * slashes and dashes match the same way, and commas or brackets end a multi-word match. Tokens
 * are offsets into the text: cutting allocates no strings.
 */
final class Tokens {

    final String text;
    int size;
    int[] start;
    int[] end;
    /** Whether whitespace precedes the token (or it is the first): "go-to" has none before "-". */
    boolean[] spaced;
    /** The hash of the token in lower case ({@link #hash(CharSequence)}), for dictionary lookups. */
    int[] hash;

    private Tokens(String text, int capacity) {
        this.text = text;
        this.start = new int[capacity];
        this.end = new int[capacity];
        this.spaced = new boolean[capacity];
        this.hash = new int[capacity];
    }

    static Tokens of(String text) {
        Tokens tokens = new Tokens(text, Math.max(8, text.length() / 4));
        tokens.cut();
        return tokens;
    }

    private void cut() {
        String s = text;
        int n = s.length();
        int i = 0;
        boolean space = true;
        while (i < n) {
            char c = s.charAt(i);
            if (c == ' ' || (c < 128 ? c >= '\t' && c <= '\r' : Character.isWhitespace(c))) {
                space = true;
                i++;
                continue;
            }
            int from = i;
            if (wordChar(c)
                    || (c == '.' && i + 1 < n && wordChar(s.charAt(i + 1)) && (i == 0 || !wordChar(s.charAt(i - 1))))) {
                i = wordEnd(s, i + 1, n);
            } else {
                i++;
            }
            add(from, i, space);
            space = false;
        }
    }

    private static int wordEnd(String s, int from, int n) {
        int i = from;
        while (i < n) {
            char c = s.charAt(i);
            if (wordChar(c)) {
                i++;
            } else if (c == '.' && i + 1 < n && wordChar(s.charAt(i + 1))) {
                i += 2;
            } else {
                break;
            }
        }
        int signs = i;
        while (signs < n && (s.charAt(signs) == '+' || s.charAt(signs) == '#')) {
            signs++;
        }
        // "C++" and "C#" keep their signs; "Java+Spring" is two words
        return signs > i && (signs == n || !wordChar(s.charAt(signs))) ? signs : i;
    }

    private static boolean wordChar(char c) {
        return c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c);
    }

    /** Lower case of one character, quickly for ASCII; what lookups compare. */
    static char lower(char c) {
        return c < 128 ? ASCII_LOWER[c] : Character.toLowerCase(c);
    }

    private static final boolean[] ASCII_WORD = new boolean[128];
    private static final char[] ASCII_LOWER = new char[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WORD[c] = Character.isLetterOrDigit(c);
            ASCII_LOWER[c] = Character.toLowerCase(c);
        }
    }

    /** The hash of text in lower case, as tokens carry it. */
    static int hash(CharSequence text) {
        int h = 0;
        for (int i = 0; i < text.length(); i++) {
            h = 31 * h + lower(text.charAt(i));
        }
        return h;
    }

    private void add(int from, int to, boolean space) {
        if (size == start.length) {
            int capacity = size * 2;
            start = java.util.Arrays.copyOf(start, capacity);
            end = java.util.Arrays.copyOf(end, capacity);
            spaced = java.util.Arrays.copyOf(spaced, capacity);
            hash = java.util.Arrays.copyOf(hash, capacity);
        }
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + lower(text.charAt(i));
        }
        hash[size] = h;
        start[size] = from;
        end[size] = to;
        spaced[size] = space;
        size++;
    }

    int length(int token) {
        return end[token] - start[token];
    }

    char charAt(int token, int index) {
        return text.charAt(start[token] + index);
    }

    boolean is(int token, char c) {
        return length(token) == 1 && text.charAt(start[token]) == c;
    }

    /** Whether the token is a word (it starts with a letter or digit) of lower-case letters only. */
    boolean isLowerCaseWord(int token) {
        for (int i = start[token]; i < end[token]; i++) {
            if (!Character.isLowerCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    String token(int token) {
        return text.substring(start[token], end[token]);
    }
}
