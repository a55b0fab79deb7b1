package org.hireloop.search.career;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoleNameTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "'  Backend   Developer  '       | Backend Developer",
                "Backend Developer.              | Backend Developer",
                "Backend Developer;:             | Backend Developer",
                "Full\u2013Stack Developer       | Full-Stack Developer",
                "Full\u2014Stack\u00A0Developer  | Full-Stack Developer",
                "'Data\tEngineer\n'              | Data Engineer",
                "C++ Developer                   | C++ Developer"
            })
    void normalizesSpacesDashesAndTrailingPunctuation(String written, String normalized) {
        assertThat(RoleName.normalize(written)).isEqualTo(normalized);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Site Reliability Engineer   | site-reliability-engineer",
                "site reliability ENGINEER.  | site-reliability-engineer",
                "site-reliability-engineer   | site-reliability-engineer",
                "Full-Stack Developer        | full-stack-developer",
                "Full Stack Developer        | full-stack-developer",
                "C++ Developer               | c-plus-plus-developer",
                "C# Developer                | c-sharp-developer",
                "C Developer                 | c-developer",
                "R&D Engineer                | r-and-d-engineer",
                "Ingénieur Logiciel          | ingenieur-logiciel"
            })
    void slugsIgnoreCaseSpacesAndDashesButKeepLanguageNames(String title, String slug) {
        assertThat(RoleName.slugOf(title)).isEqualTo(slug);
    }

    @Test
    void aSlashBetweenTitlesNamesTwoRoles() {
        assertThat(RoleName.parse("Staff Engineer / Principal Engineer"))
                .containsExactly(new RoleName("Staff Engineer", null), new RoleName("Principal Engineer", null));
        assertThat(RoleName.parse("Frontend/Backend Developer"))
                .extracting(RoleName::title)
                .containsExactly("Frontend", "Backend Developer");
    }

    @Test
    void aSlashBetweenCapitalsOrDigitsOrInsideParenthesesIsPartOfTheTitle() {
        assertThat(RoleName.parse("UI/UX Designer")).containsExactly(new RoleName("UI/UX Designer", null));
        assertThat(RoleName.parse("24/7 Support Engineer"))
                .extracting(RoleName::title)
                .containsExactly("24/7 Support Engineer");
        assertThat(RoleName.parse("Backend Engineer (m/f/d)"))
                .containsExactly(new RoleName("Backend Engineer (m/f/d)", null));
    }

    @Test
    void readsAnAbbreviationInParentheses() {
        assertThat(RoleName.parse("Site Reliability Engineer (SRE)"))
                .containsExactly(new RoleName("Site Reliability Engineer", "SRE"));
        assertThat(RoleName.parse("Member of Technical Staff (MTS) / Staff Engineer"))
                .containsExactly(
                        new RoleName("Member of Technical Staff", "MTS"), new RoleName("Staff Engineer", null));
    }

    @Test
    void parenthesesThatAreNoAbbreviationStayInTheTitle() {
        assertThat(RoleName.parse("Software Engineer (Remote)"))
                .containsExactly(new RoleName("Software Engineer (Remote)", null));
    }

    @Test
    void theSameRoleNamedTwiceInATitleCountsOnce() {
        assertThat(RoleName.parse("Data Engineer / data engineer.")).hasSize(1);
    }

    @Test
    void aTitleOfPunctuationNamesNoRole() {
        assertThat(RoleName.parse(" / - / ")).isEmpty();
    }

    @Test
    void theSlugOfARoleIsTheSlugOfItsTitle() {
        assertThat(new RoleName("Site Reliability Engineer", "SRE").slug()).isEqualTo("site-reliability-engineer");
    }

    /**
     * Titles of printable ASCII take a quicker path than the patterns any other text goes through:
     * both must name every role alike, or the graph would split a role in two.
     */
    @Test
    void theQuickPathForPlainTitlesNormalizesAndSlugsAsThePatternsDo() {
        String alphabet =
                "aZq09 .,;:!?*-|+#&/()'~" + "\t\n\u007F\u00A0\u2007\u2013\u2014\u2022\u241F\u00E9\u00DCe\u0301";
        Random random = new Random(7);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(16);
            // most titles are plain: draw from the ASCII part of the alphabet three times in four
            int letters = random.nextInt(4) == 0 ? alphabet.length() : alphabet.indexOf('\t');
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(letters)));
            }
            String written = text.toString();
            assertThat(RoleName.normalize(written)).as(written).isEqualTo(Patterns.normalize(written));
            assertThat(RoleName.slugOf(written)).as(written).isEqualTo(Patterns.slugOf(written));
        }
    }

    /** How RoleName normalized every title before it had a quick path: the reference for it. */
    private static final class Patterns {

        static final Pattern CONTROLS = Pattern.compile("[\\p{Cntrl}\\u241F]");
        static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
        static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212\\uFE58\\uFE63\\uFF0D]");
        static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
        static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

        static String normalize(String text) {
            String line = CONTROLS.matcher(text).replaceAll(" ");
            line = SPACES.matcher(line).replaceAll(" ");
            line = DASHES.matcher(line).replaceAll("-").strip();
            int end = line.length();
            while (end > 0 && ".,;:!?*-\u2022|".indexOf(line.charAt(end - 1)) >= 0) {
                end--;
            }
            return line.substring(0, end).strip();
        }

        static String slugOf(String text) {
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
    }
}
