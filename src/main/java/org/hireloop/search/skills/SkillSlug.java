package org.hireloop.search.skills;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The slug of a skill name: lower case ASCII letters, digits and single dashes, with the symbols
 * that tell skills apart spelled out ("C++" is {@code c-plus-plus}, "C#" {@code c-sharp}, ".NET"
 * {@code dot-net}, "Node.js" {@code node-js}).
 */
final class SkillSlug {

    private SkillSlug() {}

    /** The slug, or an empty string when the name has no letter or digit. */
    static String of(String name) {
        String text = withoutMarks(name.strip()).toLowerCase(Locale.ROOT);
        if (text.startsWith(".")) {
            text = "dot " + text.substring(1);
        }
        text = text.replace("+", " plus ").replace("#", " sharp ");
        StringBuilder slug = new StringBuilder(text.length());
        boolean dash = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
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

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /**
     * Compatibility forms decomposed and diacritics dropped ("Café" is "Cafe"). Printable ASCII has
     * neither, and the indexer slugs every skill name of every job: it skips the normalizer.
     */
    private static String withoutMarks(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < ' ' || c > '~') {
                return MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD))
                        .replaceAll("");
            }
        }
        return name;
    }
}
