package org.hireloop.jobs.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.hireloop.jobs.JobDescription;
import org.hireloop.jobs.JobDescription.CareerRole;
import org.hireloop.jobs.Salary.SalaryPeriod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The forms the format arrives in, each read to the same facts; and the inputs refused. */
class JobDescriptionParserVariationTests {

    private static final String TITLE = "Key Responsibilities and Required Skills for Data Engineer\n\n";

    private final JobDescriptionParser parser = new JobDescriptionParser();
    private final String plain = resource("data-engineer.txt");
    private final JobDescription expected = parser.parse(plain);

    @Test
    void readsTheSameDescriptionFromMarkdownStyleReorderedCrlfText() {
        assertThat(parser.parse(resource("data-engineer-markdown-crlf.txt"))).isEqualTo(expected);
        assertThat(expected.career().entryPoints().get(0).alternatives())
                .containsExactly(new CareerRole("Data Analyst", null), new CareerRole("BI Developer", null));
        assertThat(expected.roleDefinition())
                .isEqualTo("You build the pipelines that feed every report.\n\nYou keep them fast and correct.");
    }

    static Stream<Arguments> encodingsAndLineEndings() {
        String text = resource("data-engineer.txt");
        return Stream.of(
                Arguments.of("BOM", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(text))),
                Arguments.of("CRLF", utf8(text.replace("\n", "\r\n"))),
                Arguments.of("CR", utf8(text.replace("\n", "\r"))),
                Arguments.of(
                        "tabs and trailing spaces",
                        utf8(text.replace("  • ", "\t• ").replace("\n", " \t\n"))),
                Arguments.of("no indentation", utf8(text.replace("  • ", "• "))),
                Arguments.of("junk before the title", utf8("Back to Home\n\n" + text)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encodingsAndLineEndings")
    void readsEveryEncodingAndLineEnding(String variant, byte[] bytes) {
        assertThat(parser.parse(bytes)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "🎯 Role Definition",
                "Role Definition",
                "## Role Definition",
                "ROLE DEFINITION",
                "Role Definition:",
                "### 🎯 role definition:",
                "**Role Definition**"
            })
    void readsEveryHeadingStyle(String heading) {
        assertThat(parser.parse(plain.replace("🎯 Role Definition", heading))).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"•", "-", "*", "–", "·", "1.", "1)", "  -", "\t*"})
    void readsEveryBulletStyle(String bullet) {
        assertThat(parser.parse(plain.replace("  • ", bullet + " "))).isEqualTo(expected);
    }

    @Test
    void readsSectionsInAnyOrder() {
        List<String> sections =
                new ArrayList<>(Arrays.asList(plain.split("\n(?=🎯|📈|Core Resp|Required Sk|Education &)")));
        String head = sections.remove(0);
        Collections.reverse(sections);
        String reordered = head + "\n" + String.join("\n", sections);
        assertThat(parser.parse(reordered)).isEqualTo(expected);
    }

    @Test
    void leavesMissingSectionsEmpty() {
        JobDescription bare = parser.parse(TITLE + "🎯 Role Definition\n\nShort.\n");
        assertThat(bare.salary()).isNull();
        assertThat(bare.tags()).isEmpty();
        assertThat(bare.roleDefinition()).isEqualTo("Short.");
        assertThat(bare.career()).isEqualTo(JobDescription.CareerProgression.EMPTY);
        assertThat(bare.responsibilities()).isEqualTo(JobDescription.Responsibilities.EMPTY);
        assertThat(bare.skills()).isEqualTo(JobDescription.Skills.EMPTY);
        assertThat(bare.education()).isEqualTo(JobDescription.Education.EMPTY);
        assertThat(bare.experience()).isEqualTo(JobDescription.Experience.EMPTY);
    }

    @Test
    void ignoresUnknownHeadingsAndLinesKeepingTheirBulletsInTheListBefore() {
        String noisy = plain.replace("Secondary Functions", "Benefits:\n\n  • Free lunch.\n\nSecondary Functions")
                .replace("Core Responsibilities", "Apply now!\nCore Responsibilities");
        JobDescription description = parser.parse(noisy);
        assertThat(description.responsibilities().primary()).contains("Free lunch.");
        assertThat(description.responsibilities().primary()).hasSize(3);
        assertThat(description.skills()).isEqualTo(expected.skills());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            💰 $120,000 - $220,000          | 120000  | 220000   | USD | YEAR
            $120,000 - $220,000             | 120000  | 220000   | USD | YEAR
            €90k–€140k                      | 90000   | 140000   | EUR | YEAR
            120000-220000 USD               | 120000  | 220000   | USD | YEAR
            £50,000                         | 50000   | 50000    | GBP | YEAR
            USD 120,000 to 150,000          | 120000  | 150000   | USD | YEAR
            $45/hour                        | 45      | 45       | USD | HOUR
            $45 - $60 per hour              | 45      | 60       | USD | HOUR
            $45.50 - $60.25 hourly          | 45.5    | 60.25    | USD | HOUR
            $8,000 - $10,000 per month      | 8000    | 10000    | USD | MONTH
            €5,000/mo                       | 5000    | 5000     | EUR | MONTH
            SEK 40,000 - 45,000 monthly     | 40000   | 45000    | SEK | MONTH
            ¥8,000,000 - ¥12,000,000        | 8000000 | 12000000 | JPY | YEAR
            ₹1,500,000 - ₹2,500,000 a year  | 1500000 | 2500000  | INR | YEAR
            CHF 120'000 - 150'000           | 120000  | 150000   | CHF | YEAR
            CAD 90,000 - 110,000            | 90000   | 110000   | CAD | YEAR
            C$90,000 - C$110,000            | 90000   | 110000   | CAD | YEAR
            A$100k - A$130k per annum       | 100000  | 130000   | AUD | YEAR
            90.000 € - 110.000 €            | 90000   | 110000   | EUR | YEAR
            Salary: $100,000 - $120,000     | 100000  | 120000   | USD | YEAR
            Salary range: 70,000-80,000 GBP | 70000   | 80000    | GBP | YEAR
            💰 $1.5M - $2M                  | 1500000 | 2000000  | USD | YEAR
            """)
    void readsEverySalaryForm(String line, BigDecimal min, BigDecimal max, String currency, SalaryPeriod period) {
        var salary = parser.parse(TITLE + line + "\n\nData Engineering\n").salary();
        assertThat(salary).isNotNull();
        assertThat(salary.min()).isEqualByComparingTo(min);
        assertThat(salary.max()).isEqualByComparingTo(max);
        assertThat(salary.currency().getCurrencyCode()).isEqualTo(currency);
        assertThat(salary.period()).isEqualTo(period);
    }

    @Test
    void readsASalaryLabelWithoutFiguresAsNoSalary() {
        JobDescription description = parser.parse(TITLE + "💰 Competitive\n\nData Engineering\n");
        assertThat(description.salary()).isNull();
        assertThat(description.tags()).containsExactly("Data Engineering");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Software EngineeringBackend DevelopmentCloud ComputingTechnology | Software Engineering;Backend Development;Cloud Computing;Technology
            DevOpsSQLAnalytics                    | DevOps;SQL;Analytics
            iOS DevelopmentMachine LearningAI     | iOS Development;Machine Learning;AI
            Cloud, DevOps, SQL                    | Cloud;DevOps;SQL
            Tags: Data Science · MLOps            | Data Science;MLOps
            QAAutomationAWS                       | QA;Automation;AWS
            """)
    void splitsTagLines(String line, String tags) {
        JobDescription description = parser.parse(TITLE + line + "\n");
        assertThat(description.tags()).containsExactly(tags.split(";"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Software Engineer / SDE II                    | Software Engineer;SDE II
            Site Reliability Engineer (SRE)               | Site Reliability Engineer(SRE)
            Frontend/Backend Developer                    | Frontend;Backend Developer
            UI/UX Designer                                | UI/UX Designer
            Mobile Engineer (iOS)                         | Mobile Engineer (iOS)
            Engineer (Remote)                             | Engineer (Remote)
            Staff Engineer (L6) / Principal Engineer (L7) | Staff Engineer(L6);Principal Engineer(L7)
            """)
    void splitsCareerEntriesIntoRolesAndAbbreviations(String bullet, String roles) {
        JobDescription description = parser.parse(TITLE + "Lateral Moves:\n  • " + bullet + "\n");
        List<CareerRole> expectedRoles = Arrays.stream(roles.split(";"))
                .map(role -> role.endsWith(")") && role.indexOf(" (") < 0
                        ? new CareerRole(
                                role.substring(0, role.indexOf('(')),
                                role.substring(role.indexOf('(') + 1, role.length() - 1))
                        : new CareerRole(role, null))
                .toList();
        assertThat(description.career().lateralMoves()).hasSize(1);
        assertThat(description.career().lateralMoves().get(0).alternatives()).isEqualTo(expectedRoles);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            3-8 years of professional experience | 3    | 8    | of professional experience
            3–8 years in backend roles           | 3    | 8    | in backend roles
            3 to 8 years of work                 | 3    | 8    | of work
            5+ years of work                     | 5    | null | of work
            5 years of work                      | 5    | 5    | of work
            1 year of work                       | 1    | 1    | of work
            up to 3 years of work                | null | 3    | of work
            10-15 years                          | 10   | 15   | null
            8-3 years of work                    | null | null | 8-3 years of work
            Several years of work                | null | null | Several years of work
            """)
    void readsExperienceRanges(String bullet, Integer min, Integer max, String detail) {
        var experience = parser.parse(TITLE + "Typical Experience Range:\n  • " + bullet + "\n")
                .experience();
        assertThat(experience.minYears()).isEqualTo(min);
        assertThat(experience.maxYears()).isEqualTo(max);
        assertThat(experience.detail()).isEqualTo(detail);
    }

    static Stream<Arguments> refusedInputs() {
        String title = "Key Responsibilities and Required Skills for Data Engineer\n";
        return Stream.of(
                Arguments.of("empty", utf8(""), 0, "a job description text"),
                Arguments.of("whitespace", utf8(" \n\t\r\n  "), 0, "a job description text"),
                Arguments.of("binary", new byte[] {0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08}, 0, "a text file"),
                Arguments.of(
                        "not UTF-8", concat(utf8(title + "ok\n"), new byte[] {(byte) 0xC3, 0x28}), 3, "UTF-8 text"),
                Arguments.of("no title", utf8("Back to Home\n\n🎯 Role Definition\nText."), 1, "a title line"),
                Arguments.of(
                        "title without a name",
                        utf8("Key Responsibilities and Required Skills for \n"),
                        1,
                        "a title after"),
                Arguments.of(
                        "inverted salary",
                        utf8(title + "💰 $220,000 - $120,000"),
                        2,
                        "the minimum salary not to exceed the maximum"),
                Arguments.of("open range", utf8(title + "$120,000 -"), 2, "a salary such as \"$120,000 - $220,000\""),
                Arguments.of("no figure", utf8(title + "\n€abc"), 3, "a salary such as \"$120,000 - $220,000\""),
                Arguments.of("three figures", utf8(title + "$100 - $200 - $300"), 2, "a salary such as"),
                Arguments.of("bad grouping", utf8(title + "$1,1,1,1"), 2, "a salary such as"),
                Arguments.of("no currency", utf8(title + "Salary: 120,000 - 150,000"), 2, "a salary with a currency"),
                Arguments.of("two currencies", utf8(title + "$100 - €200"), 2, "a salary in one currency"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedInputs")
    void refusesWithTheLineAndWhatWasExpected(String why, byte[] input, int line, String expectedStart) {
        var refused = catchThrowableOfType(JobDescriptionParseException.class, () -> parser.parse(input));
        assertThat(refused).as(why).isNotNull();
        assertThat(refused.line()).isEqualTo(line);
        assertThat(refused.expected()).startsWith(expectedStart);
        assertThat(refused.getMessage()).startsWith("line " + line + ": expected " + expectedStart);
    }

    private static String resource(String name) {
        try (InputStream in =
                JobDescriptionParserVariationTests.class.getResourceAsStream("/job-descriptions/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
