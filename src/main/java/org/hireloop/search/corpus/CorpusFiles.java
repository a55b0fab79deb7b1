package org.hireloop.search.corpus;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.LongStream;

/**
 * Writes a generated corpus to a directory: {@code <org-slug>/<ordinal>.txt} per job, and
 * {@code manifest.tsv} with the facts the text format does not carry, one line per job in index
 * order. Jobs are generated and written on every core, a chunk at a time.
 */
public final class CorpusFiles {

    public static final String MANIFEST = "manifest.tsv";
    public static final List<String> MANIFEST_COLUMNS = List.of(
            "key",
            "org",
            "title",
            "family",
            "seniority",
            "workplace",
            "country",
            "city",
            "employment_type",
            "department");

    private static final int CHUNK = 8_192;

    private CorpusFiles() {}

    /** Writes jobs 0 to count - 1; answers how many bytes of text it wrote. */
    public static long write(CorpusGenerator generator, long count, Path dir) throws IOException {
        Files.createDirectories(dir);
        for (GeneratedOrganization org : generator.organizations()) {
            Files.createDirectories(dir.resolve(org.slug()));
        }
        long bytes = 0;
        // creating files waits on the file system more than it computes: more threads than cores
        ForkJoinPool pool = new ForkJoinPool(4 * Runtime.getRuntime().availableProcessors());
        try (BufferedWriter manifest = Files.newBufferedWriter(dir.resolve(MANIFEST), StandardCharsets.UTF_8)) {
            manifest.write(String.join("\t", MANIFEST_COLUMNS));
            manifest.write('\n');
            for (long start = 0; start < count; start += CHUNK) {
                long from = start;
                List<Written> chunk = pool.submit(() -> LongStream.range(from, Math.min(count, from + CHUNK))
                                .parallel()
                                .mapToObj(index -> writeOne(generator.job(index), dir))
                                .toList())
                        .join();
                for (Written written : chunk) {
                    manifest.write(written.manifestLine());
                    bytes += written.bytes();
                }
            }
        } finally {
            pool.shutdown();
        }
        return bytes;
    }

    private record Written(String manifestLine, long bytes) {}

    private static Written writeOne(GeneratedJob job, Path dir) {
        byte[] text = job.text().getBytes(StandardCharsets.UTF_8);
        try {
            Files.write(dir.resolve(job.org().slug()).resolve(job.fileName()), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Written(manifestLine(job), text.length);
    }

    static String manifestLine(GeneratedJob job) {
        return String.join(
                        "\t",
                        job.key(),
                        job.org().slug(),
                        job.title(),
                        job.family(),
                        job.seniority().key(),
                        job.workplace(),
                        job.country(),
                        job.city() == null ? "" : job.city(),
                        job.employmentType(),
                        job.department())
                + "\n";
    }
}
