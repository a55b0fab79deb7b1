package org.hireloop.search.corpus;

import java.io.IOException;
import java.nio.file.Path;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The synthetic corpus for tests and benchmarks: {@code java -jar hireloop.jar generate --seed=N
 * --orgs=N --jobs=N --out=DIR} writes {@code DIR/<org-slug>/<ordinal>.txt} and {@code
 * DIR/manifest.tsv}; {@code --load} (instead or as well) creates the organizations when missing and
 * imports the jobs as published. Prints one summary line per part; exit code 0 when done, 2 on a
 * usage mistake, 1 when writing or loading failed.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "hireloop.command", havingValue = "generate")
class GenerateCommand implements ApplicationRunner, ExitCodeGenerator {

    private final CorpusLoader loader;
    private int exitCode;

    GenerateCommand(CorpusLoader loader) {
        this.loader = loader;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        GenerateOptions options;
        try {
            options = GenerateOptions.of(args);
        } catch (GenerateOptions.Invalid e) {
            System.err.println(e.getMessage());
            System.err.println(GenerateOptions.USAGE);
            exitCode = 2;
            return;
        }
        CorpusGenerator generator = new CorpusGenerator(options.seed(), options.orgs());
        try {
            if (options.out() != null) {
                write(generator, options.jobs(), options.out());
            }
            if (options.load()) {
                long start = System.nanoTime();
                long loaded = loader.load(
                        generator, options.jobs(), Runtime.getRuntime().availableProcessors());
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf(
                        "loaded %d jobs of %d organizations (seed %d) as published in %.1f s (%.0f jobs/s)%n",
                        loaded, options.orgs(), options.seed(), seconds, loaded / Math.max(seconds, 1e-9));
            }
            exitCode = 0;
        } catch (IOException | RuntimeException e) {
            System.err.println("generate failed: " + e.getMessage());
            exitCode = 1;
        }
    }

    static void write(CorpusGenerator generator, long jobs, Path out) throws IOException {
        long start = System.nanoTime();
        long bytes = CorpusFiles.write(generator, jobs, out);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "wrote %d jobs of %d organizations (seed %d, %d MB) to %s in %.1f s (%.0f jobs/s)%n",
                jobs,
                generator.organizationCount(),
                generator.seed(),
                bytes / 1_000_000,
                out,
                seconds,
                jobs / Math.max(seconds, 1e-9));
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
