package org.hireloop.search.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Skill names are looked up and slugged for every skill of every job indexed, so plain names skip
 * the patterns and the Unicode normalizer; they must come out as the patterns would make them.
 */
class SkillNameKeyTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "'  Spring   Boot '  | spring boot",
                "'Spring\tBoot'      | spring boot",
                "'Spring \n\r Boot'  | spring boot",
                "Node.js             | node.js"
            })
    void aKeyIsTheNameInLowerCaseWithEveryRunOfWhitespaceOneSpace(String name, String key) {
        assertThat(AliasIndex.key(name)).isEqualTo(key);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"C++ | c-plus-plus", ".NET | dot-net", "Café Racer | cafe-racer", "ﬁle systems | file-systems"})
    void aSlugSpellsOutSymbolsAndDropsDiacritics(String name, String slug) {
        assertThat(SkillSlug.of(name)).isEqualTo(slug);
    }

    @Test
    void keysAndSlugsOfAnyTextAreThoseThePatternsMake() {
        String alphabet = "aZ9 .+#-/" + "\t\n\u000B\f\r\u00A0\u00E9e\u0301\uFB01";
        Random random = new Random(7);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            int letters = random.nextInt(4) == 0 ? alphabet.length() : alphabet.indexOf('\t');
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(letters)));
            }
            String name = text.toString();
            assertThat(AliasIndex.key(name))
                    .as(name)
                    .isEqualTo(AliasIndex.lower(name.strip().replaceAll("\\s+", " ")));
            assertThat(SkillSlug.of(name)).as(name).isEqualTo(slugByPatterns(name));
        }
    }

    /** How SkillSlug made every slug before plain names skipped the normalizer: the reference. */
    private static String slugByPatterns(String name) {
        String text = Normalizer.normalize(name.strip(), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
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
}
