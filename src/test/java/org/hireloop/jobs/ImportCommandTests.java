package org.hireloop.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hireloop.Hireloop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The operators' command line import, run as {@code hireloop import FILE...} would run it. */
class ImportCommandTests {

    @TempDir
    Path dir;

    @Test
    void importsEachFileAndExitsNonZeroWhenOneIsRefused() throws IOException {
        Path good = dir.resolve("good.txt");
        Files.copy(JobsApiIntegrationTests.FIXTURE, good);
        Path bad = Files.writeString(dir.resolve("bad.txt"), "no title in here", StandardCharsets.UTF_8);

        try (ConfigurableApplicationContext context = run("import", "--org=demo", good.toString(), bad.toString())) {
            JdbcClient jdbc = JdbcClient.create(context.getBean("ownerDataSource", javax.sql.DataSource.class));
            assertThat(jdbc.sql("""
                    select count(*) from jobs j join organizations o on o.id = j.org_id
                     where o.slug = 'demo' and j.title = 'Member of Technical Staff' and j.status = 'draft'
                    """).query(Integer.class).single()).isGreaterThanOrEqualTo(1);
            assertThat(SpringApplication.exit(context)).isEqualTo(1);
        }
    }

    @Test
    void exitsZeroWhenEveryFileIsImported() throws IOException {
        Path good = dir.resolve("good.txt");
        Files.copy(JobsApiIntegrationTests.FIXTURE, good);
        try (ConfigurableApplicationContext context = run("import", good.toString())) {
            assertThat(SpringApplication.exit(context)).isZero();
        }
    }

    private static ConfigurableApplicationContext run(String... args) {
        return new SpringApplicationBuilder(Hireloop.class)
                .web(WebApplicationType.NONE)
                .properties("hireloop.command=import")
                .run(concat(
                        args,
                        "--hireloop.database.embedded-data-dir=target/embedded-postgres",
                        "--hireloop.database.embedded-clean=true",
                        "--hireloop.bootstrap.token=" + org.hireloop.IntegrationTest.BOOTSTRAP_TOKEN));
    }

    private static String[] concat(String[] args, String... more) {
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }
}
