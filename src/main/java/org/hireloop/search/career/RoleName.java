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
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

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
        String line = CONTROLS.matcher(text).replaceAll(" ");
        line = SPACES.matcher(line).replaceAll(" ");
        line = DASHES.matcher(line).replaceAll("-").strip();
        int end = line.length();
        while (end > 0 && isTrailingPunctuation(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(0, end).strip();
    }

    /** The slug of a title, abbreviation or slug: "Site Reliability Engineer" is "site-reliability-engineer". */
    public static String slugOf(String text) {
        String plain = Normalizer.normalize(normalize(text), Normalizer.Form.NFD);
        plain = DIACRITICS.matcher(plain).replaceAll("").toLowerCase(Locale.ROOT);
        plain = plain.replace("+", " plus ").replace("#", " sharp ").replace("&", " and ");
        String slug = NOT_SLUG.matcher(plain).replaceAll("-");
        int from = 0;
        int to = slug.length();
        while (from < to && slug.charAt(from) == '-') {
            from++;
        }
        while (to > from && slug.charAt(to - 1) == '-') {
            to--;
        }
        return slug.substring(from, to);
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
