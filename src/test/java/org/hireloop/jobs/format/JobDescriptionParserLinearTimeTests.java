package org.hireloop.jobs.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.IntFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Parsing work grows linearly with the input. No wall-clock limit: the thread's CPU time for an
 * input 8 times larger must stay under 40 times that of the smaller one, a bound a quadratic step
 * (64 times) breaks. Each size keeps its fastest run, and the runs of the two sizes alternate:
 * noise (a garbage collection, a neighbour on the core) only ever adds time, so the fastest run is
 * the one that measures the parser. A median of seven let one noisy CI run reach 73 times.
 */
class JobDescriptionParserLinearTimeTests {

    private static final int SMALL = 128 * 1024;
    private static final int RUNS = 7;
    private static final String TITLE = "Key Responsibilities and Required Skills for X\n";

    private final JobDescriptionParser parser = new JobDescriptionParser();

    @ParameterizedTest
    @ValueSource(strings = {"bullets", "salary", "tags", "bullet", "parentheses", "career", "skill", "role"})
    void eightTimesTheInputTakesAtMostFortyTimesTheWork(String shape) {
        IntFunction<String> input = input(shape);
        String small = input.apply(SMALL);
        String large = input.apply(8 * SMALL);
        for (int i = 0; i < 5; i++) {
            parseOrRefuse(small);
            parseOrRefuse(large);
        }
        long smallTime = Long.MAX_VALUE;
        long largeTime = Long.MAX_VALUE;
        for (int i = 0; i < RUNS; i++) {
            smallTime = Math.min(smallTime, cpuNanos(small));
            largeTime = Math.min(largeTime, cpuNanos(large));
        }
        assertThat(largeTime)
                .as(
                        "%s: %d ns for %d chars, %d ns for %d chars",
                        shape, smallTime, small.length(), largeTime, large.length())
                .isLessThan(40 * Math.max(smallTime, 1_000_000L / 40));
    }

    /** Inputs of about the given size: many lines, or one pathological line. */
    private static IntFunction<String> input(String shape) {
        String fixture = Fixtures.memberOfTechnicalStaffText();
        String bullets = fixture.substring(fixture.indexOf("Primary Functions"), fixture.indexOf("Secondary"));
        return switch (shape) {
            case "bullets" -> size -> fixture + repeat(bullets.substring(bullets.indexOf("  •")), size);
            case "salary" -> size -> TITLE + "💰 $1" + repeat(",1", size);
            case "tags" -> size -> TITLE + repeat("DevOpsAbSQLxiOSeCommerce", size);
            case "bullet" -> size -> TITLE + "Primary Functions\n" + repeat("• ", size);
            case "parentheses" -> size -> TITLE + "Lateral Moves:\n• A " + repeat("(((", size) + ")";
            case "career" -> size -> TITLE + "Lateral Moves:\n• " + repeat("A / (B) /", size);
            case "skill" -> size -> TITLE + "Hard Skills\n• " + repeat("a: :", size);
            default -> size -> TITLE + "Role Definition\n" + repeat("Prose (SRE) 3-8 years $1 ", size);
        };
    }

    private static String repeat(String piece, int size) {
        return piece.repeat(Math.max(1, size / piece.length()));
    }

    private long cpuNanos(String text) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        parseOrRefuse(text);
        return threads.getCurrentThreadCpuTime() - start;
    }

    private void parseOrRefuse(String text) {
        try {
            parser.parse(text);
        } catch (JobDescriptionParseException refused) {
            // a refused salary line is still work done on the input
        }
    }
}
