package org.hireloop.identity.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import javax.sql.DataSource;
import org.hireloop.Hireloop;
import org.hireloop.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The operators' command line creation of an organization, run as {@code hireloop create-org} would run it. */
class CreateOrgCommandTests {

    @Test
    void createsTheOrganizationAndPrintsTheOwnersTokenOnce() {
        String slug = "cli-" + UUID.randomUUID().toString().substring(0, 8);
        PrintStream console = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try (ConfigurableApplicationContext context = run(
                "create-org",
                "--slug=" + slug,
                "--name=Command Line Co",
                "--owner-email=" + slug + "@example.com",
                "--owner-name=Cli Owner")) {
            JdbcClient jdbc = JdbcClient.create(context.getBean("ownerDataSource", DataSource.class));
            assertThat(jdbc.sql("""
                            select m.role from memberships m join organizations o on o.id = m.org_id
                              join users u on u.id = m.user_id where o.slug = ? and u.email = ?
                            """)
                            .params(slug, slug + "@example.com")
                            .query(String.class)
                            .single())
                    .isEqualTo("owner");
            assertThat(SpringApplication.exit(context)).isZero();
        } finally {
            System.setOut(console);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains(slug).containsPattern("hl_[0-9A-Za-z]{43}");
    }

    @Test
    void refusesATakenSlugWithExitCodeOneAndAMissingOptionWithTwo() {
        try (ConfigurableApplicationContext context =
                run("create-org", "--slug=demo", "--name=Again", "--owner-email=a@example.com", "--owner-name=A")) {
            assertThat(SpringApplication.exit(context)).isEqualTo(1);
        }
        try (ConfigurableApplicationContext context = run("create-org", "--slug=lonely")) {
            assertThat(SpringApplication.exit(context)).isEqualTo(2);
        }
    }

    private static ConfigurableApplicationContext run(String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 3);
        all[args.length] = "--hireloop.database.embedded-data-dir=target/embedded-postgres";
        all[args.length + 1] = "--hireloop.database.embedded-clean=true";
        all[args.length + 2] = "--hireloop.bootstrap.token=" + IntegrationTest.BOOTSTRAP_TOKEN;
        return new SpringApplicationBuilder(Hireloop.class)
                .web(WebApplicationType.NONE)
                .properties("hireloop.command=create-org")
                .run(all);
    }
}
