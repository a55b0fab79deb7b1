package org.hireloop.jobs.format;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parses 10,000 generated descriptions of the fixture's size per invocation; with
 * {@code @OperationsPerInvocation} the score is descriptions per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class JobDescriptionParserBenchmark {

    static final int DESCRIPTIONS = 10_000;
    static final long SEED = 42L;

    private final JobDescriptionParser parser = new JobDescriptionParser();
    private final List<String> texts = new ArrayList<>(DESCRIPTIONS);
    private final List<byte[]> bytes = new ArrayList<>(DESCRIPTIONS);

    @Setup
    public void generate() {
        JobDescriptionSamples samples = new JobDescriptionSamples(SEED);
        long chars = 0;
        for (int i = 0; i < DESCRIPTIONS; i++) {
            String text = JobDescriptionSamples.text(samples.realistic());
            texts.add(text);
            bytes.add(text.getBytes(StandardCharsets.UTF_8));
            chars += text.length();
        }
        System.out.printf("%n%d descriptions, %d characters on average%n", DESCRIPTIONS, chars / DESCRIPTIONS);
    }

    @Benchmark
    @OperationsPerInvocation(DESCRIPTIONS)
    public void parseText(Blackhole blackhole) {
        for (String text : texts) {
            blackhole.consume(parser.parse(text));
        }
    }

    @Benchmark
    @OperationsPerInvocation(DESCRIPTIONS)
    public void parseUtf8Bytes(Blackhole blackhole) {
        for (byte[] utf8 : bytes) {
            blackhole.consume(parser.parse(utf8));
        }
    }
}
