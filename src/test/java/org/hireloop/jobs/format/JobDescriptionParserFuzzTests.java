package org.hireloop.jobs.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.hireloop.jobs.JobDescription;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The parser meets pasted and uploaded text: whatever comes in, it returns a description or
 * throws {@link JobDescriptionParseException}, nothing else. A description it returns renders
 * to text that parses back to it.
 */
class JobDescriptionParserFuzzTests {

    /** Lines the format is made of, and broken pieces of them, for structure-aware fuzzing. */
    private static final List<String> PIECES = List.of(
            "Key Responsibilities and Required Skills for X",
            "Title:",
            "# ",
            "💰 ",
            "$",
            "€",
            "£",
            "C$",
            "USD",
            "CHF ",
            "1",
            "120,000",
            "1,1",
            "90k",
            "1.5M",
            " - ",
            "–",
            " to ",
            "/hour",
            " per month",
            "Salary:",
            "Tags:",
            "🎯 Role Definition",
            "Typical Career Path",
            "Entry Point From:",
            "Advancement To:",
            "Lateral Moves:",
            "Core Responsibilities",
            "Primary Functions",
            "Secondary Functions",
            "Hard Skills (Technical)",
            "Soft Skills",
            "Educational Background",
            "Minimum Education:",
            "Preferred:",
            "Relevant Fields of Study:",
            "Experience Requirements",
            "Typical Experience Range:",
            "  • ",
            "- ",
            "1. ",
            "3-8 years",
            "5+ years",
            "up to ",
            "(SRE)",
            "(",
            ")",
            " / ",
            "/",
            ": ",
            ":",
            "DevOps",
            "SQLAnalytics",
            "iOS",
            "eCommerce",
            "\n",
            "\n\n",
            "\r",
            "\t",
            " ",
            "\uFEFF",
            "\u00A0",
            "é",
            "🚀",
            "\uD83D",
            "Ünïcödé");

    private final JobDescriptionParser parser = new JobDescriptionParser();

    /** Fixed seeds, so runs repeat; each case is named by its seed, so a failure reproduces. */
    static LongStream seeds() {
        return new Random(20_261_129L).longs(1000);
    }

    static LongStream manySeeds() {
        return new Random(11_291_202L).longs(3000);
    }

    /** Any UTF-16 text: ASCII, controls, other planes and lone surrogates. */
    static String randomText(Random random, int maxLength) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(maxLength + 1); i > 0; i--) {
            text.append(
                    switch (random.nextInt(4)) {
                        case 0 -> (char) (32 + random.nextInt(95));
                        case 1 -> (char) random.nextInt(32);
                        case 2 -> (char) random.nextInt(Character.MAX_VALUE + 1);
                        default -> "\n";
                    });
        }
        return text.toString();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void anyStringIsReadOrRefused(long seed) {
        String text = randomText(new Random(seed), 400);
        readOrRefuse(text);
        // behind a title, the same string reaches the salary, tag and section readers
        readOrRefuse("Key Responsibilities and Required Skills for X\n" + text);
        readOrRefuse("Key Responsibilities and Required Skills for X\n💰 " + text);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void anyBytesAreReadOrRefused(long seed) {
        Random random = new Random(seed);
        byte[] bytes = new byte[random.nextInt(401)];
        random.nextBytes(bytes);
        try {
            parser.parse(bytes);
        } catch (JobDescriptionParseException refused) {
            assertThat(refused.line()).isNotNegative();
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("manySeeds")
    void formatPiecesInAnyOrderAreReadOrRefused(long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder("Key Responsibilities and Required Skills for Fuzz\n");
        int pieces = random.nextInt(60);
        for (int i = 0; i < pieces; i++) {
            text.append(PIECES.get(random.nextInt(PIECES.size())));
        }
        readOrRefuse(text.toString());
    }

    @Test
    void mutationsOfTheFixtureAreReadOrRefused() {
        List<String> fixture =
                Arrays.asList(Fixtures.memberOfTechnicalStaffText().split("\n", -1));
        Random random = new Random(20_250_101L);
        for (int round = 0; round < 3_000; round++) {
            List<String> lines = new ArrayList<>(fixture);
            int mutations = 1 + random.nextInt(8);
            for (int m = 0; m < mutations; m++) {
                mutate(lines, random);
            }
            String text = String.join("\n", lines);
            readOrRefuse(random.nextInt(10) == 0 ? text.substring(0, random.nextInt(text.length() + 1)) : text);
        }
    }

    @Test
    void refusesOnlyWithTheParseExceptionOnPathologicalLines() {
        for (String line : List.of("$1,1,1,1", "•", "(((", "a / ", "DevOps", "Ab", "1-", "up to 9", ": ")) {
            readOrRefuse("Key Responsibilities and Required Skills for X\n💰 " + line.repeat(10_000));
            readOrRefuse("Key Responsibilities and Required Skills for X\nLateral Moves:\n• " + line.repeat(10_000));
        }
    }

    private void mutate(List<String> lines, Random random) {
        if (lines.isEmpty()) {
            lines.add("");
        }
        int at = random.nextInt(lines.size());
        switch (random.nextInt(6)) {
            case 0 -> lines.remove(at);
            case 1 -> lines.add(at, lines.get(random.nextInt(lines.size())));
            case 2 -> {
                int other = random.nextInt(lines.size());
                String swapped = lines.get(at);
                lines.set(at, lines.get(other));
                lines.set(other, swapped);
            }
            case 3 -> lines.set(at, insert(lines.get(at), randomUnicode(random), random));
            case 4 -> lines.set(at, insert(lines.get(at), PIECES.get(random.nextInt(PIECES.size())), random));
            default ->
                lines.set(
                        at,
                        lines.get(at).substring(0, random.nextInt(lines.get(at).length() + 1)));
        }
    }

    private static String insert(String line, String piece, Random random) {
        int at = random.nextInt(line.length() + 1);
        return line.substring(0, at) + piece + line.substring(at);
    }

    private static String randomUnicode(Random random) {
        StringBuilder text = new StringBuilder();
        int length = 1 + random.nextInt(5);
        for (int i = 0; i < length; i++) {
            int codePoint = random.nextInt(4) == 0 ? random.nextInt(0x20) : random.nextInt(0x1FFFF);
            if (Character.isValidCodePoint(codePoint)) {
                text.appendCodePoint(codePoint);
            }
        }
        return text.toString();
    }

    /** Reads or refuses; what it reads must survive rendering, in every renderer. */
    private void readOrRefuse(String text) {
        JobDescription description;
        try {
            description = parser.parse(text);
        } catch (JobDescriptionParseException refused) {
            assertThat(refused.line()).isNotNegative();
            assertThat(refused.expected()).isNotBlank();
            return;
        }
        String rendered = new JobDescriptionTextRenderer().render(description);
        JobDescription again = parser.parse(rendered);
        assertThat(again)
                .as("round trip of %s: %s", escaped(text), difference(description, again))
                .isEqualTo(description);
        new JobDescriptionMarkdownRenderer().render(description);
        new JobDescriptionHtmlRenderer().render(description);
    }

    /** ASCII only: reports cannot carry the lone surrogates the fuzzing makes. */
    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c >= ' ' && c < 0x7F ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        }
        return out.toString();
    }

    /** Names the first component that differs, as the records print too long to compare by eye. */
    private static String difference(JobDescription expected, JobDescription actual) {
        for (var component : JobDescription.class.getRecordComponents()) {
            try {
                Object want = component.getAccessor().invoke(expected);
                Object got = component.getAccessor().invoke(actual);
                if (!java.util.Objects.equals(want, got)) {
                    return component.getName() + " was " + escaped(String.valueOf(got)) + " instead of "
                            + escaped(String.valueOf(want));
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return "no difference";
    }
}
