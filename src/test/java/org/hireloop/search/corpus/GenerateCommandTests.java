package org.hireloop.search.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.hireloop.jobs.format.JobDescriptionParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.DefaultApplicationArguments;

/** {@code hireloop generate}: its arguments and the files it writes. */
class GenerateCommandTests {

    @TempDir
    Path dir;

    @Test
    void writesOneFilePerJobUnderItsOrganizationAndAManifest() throws IOException {
        CorpusGenerator generator = new CorpusGenerator(20261129, 3);
        GenerateCommand.write(generator, 50, dir);

        List<String> manifest = Files.readAllLines(dir.resolve("manifest.tsv"));
        assertThat(manifest).hasSize(51);
        assertThat(manifest.get(0)).isEqualTo(String.join("\t", CorpusFiles.MANIFEST_COLUMNS));
        GeneratedJob seventh = generator.job(7);
        assertThat(manifest.get(8).split("\t", -1))
                .containsExactly(
                        seventh.key(),
                        seventh.org().slug(),
                        seventh.title(),
                        seventh.family(),
                        seventh.seniority().key(),
                        seventh.workplace(),
                        seventh.country(),
                        seventh.city() == null ? "" : seventh.city(),
                        seventh.employmentType(),
                        seventh.department());
        Path file = dir.resolve(seventh.org().slug()).resolve(seventh.fileName());
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(seventh.text());
        assertThat(new JobDescriptionParser().parse(Files.readAllBytes(file)).title())
                .isEqualTo(seventh.title());
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.filter(p -> p.toString().endsWith(".txt")).count()).isEqualTo(50);
        }
    }

    @Test
    void readsItsOptions() throws Exception {
        GenerateOptions options = options("generate", "--seed=7", "--orgs=4", "--jobs=1_000", "--out=" + dir, "--load");
        assertThat(options).isEqualTo(new GenerateOptions(7, 4, 1000, dir, true));
        assertThat(options("generate", "--jobs=5", "--load", "--hireloop.database.embedded-clean=true"))
                .isEqualTo(new GenerateOptions(1, 10, 5, null, true));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "--out=x                        | --jobs=N is required",
                "--jobs=10                      | say where the corpus goes",
                "--jobs=ten --out=x             | --jobs must be a whole number, not 'ten'",
                "--jobs=10 --orgs=0 --out=x     | --orgs must be between 1 and 100000, not 0",
                "--jobs=-1 --out=x              | --jobs must be between 0",
                "--jobs=10 --out=x --colour=red | unknown option --colour",
                "--jobs=10 --load=yes           | --load takes no value",
            })
    void refusesWrongArgumentsWithAMessage(String args, String message) {
        String[] all = ("generate " + args.trim()).split(" ");
        assertThatThrownBy(() -> options(all))
                .isInstanceOf(GenerateOptions.Invalid.class)
                .hasMessageContaining(message);
    }

    private static GenerateOptions options(String... args) throws GenerateOptions.Invalid {
        return GenerateOptions.of(new DefaultApplicationArguments(args));
    }
}
