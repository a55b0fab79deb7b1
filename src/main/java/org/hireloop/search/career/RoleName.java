package org.hireloop.search.career;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.hireloop.jobs.JobDescription.CareerRole;
import org.jspecify.annotations.Nullable;

/**
 * A role as the career graph names it: a title written one way ("Site Reliability Engineer"), an
 * optional abbreviation ("SRE"), and the slug that identifies it ("site-reliability-engineer").
 * Two spellings with the same slug are the same role: case, spaces, dashes and trailing
 * punctuation do not matter.
 */
public record RoleName(String title, @Nullable String abbreviation) {

    /** The longest title kept; longer text is not a role title. */
    public static final int MAX_LENGTH = 200;

    // control characters, and the career terms' separator (see CareerTerms.SEPARATOR)
    private static final Pattern CONTROLS = Pattern.compile("[\\p{Cntrl}\\u241F]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212\\uFE58\\uFE63\\uFF0D]");
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");

    public RoleName {
        title = normalize(title);
        if (title.isEmpty()) {
            throw new IllegalArgumentException("a role needs a title");
        }
        abbreviation = abbreviation == null || normalize(abbreviation).isEmpty() ? null : normalize(abbreviation);
    }

    public static RoleName of(CareerRole role) {
        return new RoleName(role.title(), role.abbreviation());
    }

    /** The identity of the role: lower case, words joined by dashes, "+" "#" "&" spelled out. */
    public String slug() {
        return slugOf(title);
    }

    /**
     * The roles a job title names: "Staff Engineer / Principal Engineer" names two, "Site
     * Reliability Engineer (SRE)" one with its abbreviation. A slash inside parentheses, or
     * between capitals ("UI/UX") or digits ("24/7"), does not separate roles.
     */
    public static List<RoleName> parse(String text) {
        Map<String, RoleName> roles = new LinkedHashMap<>();
        String line = normalize(text);
        int start = 0;
        int depth = 0;
        for (int i = 0; i <= line.length(); i++) {
            char c = i == line.length() ? '/' : line.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (c == '/' && (i == line.length() || (depth == 0 && separatesRoles(line, i)))) {
                RoleName role = alternative(line.substring(start, i));
                if (role != null) {
                    roles.putIfAbsent(role.slug(), role);
                }
                start = i + 1;
            }
        }
        return List.copyOf(roles.values());
    }

    /**
     * One way of writing a title: trimmed, spaces collapsed, dashes unified, trailing punctuation
     * stripped ("Backend Developer." is "Backend Developer").
     */
    public static String normalize(String text) {
        String line = isPrintableAscii(text) ? singleSpaced(text).strip() : unified(text);
        int end = line.length();
        while (end > 0 && isTrailingPunctuation(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(0, end).strip();
    }

    /** The slug of a title, abbreviation or slug: "Site Reliability Engineer" is "site-reliability-engineer". */
    public static String slugOf(String text) {
        String line = normalize(text);
        return isPrintableAscii(line) ? asciiSlug(line) : unicodeSlug(line);
    }

    /**
     * Control characters, spaces and dashes of every kind unified, for any text; trimmed. Titles
     * are nearly always printable ASCII, where only runs of spaces can change, and the indexer
     * normalizes every role of every job: those take {@link #singleSpaced} instead, which gives
     * the same line without running three patterns (RoleNameTests compares the two).
     */
    private static String unified(String text) {
        String line = CONTROLS.matcher(text).replaceAll(" ");
        line = SPACES.matcher(line).replaceAll(" ");
        return DASHES.matcher(line).replaceAll("-").strip();
    }

    /** The slug of a normalized line of any text: diacritics dropped, symbols spelled out. */
    private static String unicodeSlug(String line) {
        String plain = Normalizer.normalize(line, Normalizer.Form.NFD);
        plain = DIACRITICS.matcher(plain).replaceAll("").toLowerCase(Locale.ROOT);
        return asciiSlug(plain);
    }

    /**
     * The slug of a line without diacritics: lower case, "+" "#" "&" spelled out, every run of
     * other characters one dash, none at the ends.
     */
    private static String asciiSlug(String line) {
        String plain = line.toLowerCase(Locale.ROOT)
                .replace("+", " plus ")
                .replace("#", " sharp ")
                .replace("&", " and ");
        StringBuilder slug = new StringBuilder(plain.length());
        boolean dash = false;
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (dash && !slug.isEmpty()) {
                    slug.append('-');
                }
                slug.append(c);
                dash = false;
            } else {
                dash = true;
            }
        }
        return slug.toString();
    }

    /** Space to tilde only: no control character, special space, dash or diacritic to unify. */
    private static boolean isPrintableAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' || c > '~') {
                return false;
            }
        }
        return true;
    }

    private static String singleSpaced(String text) {
        if (!text.contains("  ")) {
            return text;
        }
        StringBuilder line = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' || i == 0 || text.charAt(i - 1) != ' ') {
                line.append(c);
            }
        }
        return line.toString();
    }

    private static @Nullable RoleName alternative(String text) {
        String role = normalize(text);
        if (slugOf(role).isEmpty() || role.length() > MAX_LENGTH) {
            return null;
        }
        int open = role.lastIndexOf('(');
        if (role.endsWith(")") && open > 0) {
            String abbreviation = normalize(role.substring(open + 1, role.length() - 1));
            String title = normalize(role.substring(0, open));
            if (!slugOf(title).isEmpty() && CareerRole.isAbbreviation(abbreviation)) {
                return new RoleName(title, abbreviation);
            }
        }
        return new RoleName(role, null);
    }

    private static boolean separatesRoles(String line, int slash) {
        if (slash == 0 || slash == line.length() - 1) {
            return true;
        }
        char before = line.charAt(slash - 1);
        char after = line.charAt(slash + 1);
        boolean acronyms = Character.isUpperCase(before) && Character.isUpperCase(after);
        boolean numbers = Character.isDigit(before) && Character.isDigit(after);
        return !acronyms && !numbers;
    }

    private static boolean isTrailingPunctuation(char c) {
        return c == '.'
                || c == ','
                || c == ';'
                || c == ':'
                || c == '!'
                || c == '?'
                || c == '*'
                || c == '-'
                || c == '\u2022'
                || c == '|';
    }
}
