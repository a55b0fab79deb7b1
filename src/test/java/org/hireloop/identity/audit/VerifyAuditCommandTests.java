package org.hireloop.identity.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import org.hireloop.Hireloop;
import org.hireloop.IntegrationTest;
import org.hireloop.identity.internal.TokenService;
import org.hireloop.platform.AuditRecorder;
import org.hireloop.platform.IdGenerator;
import org.hireloop.platform.OrgId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The operators' {@code hireloop verify-audit [--org=SLUG]}, run as the jar would run it. The
 * chains are recorded by an application started without a command, as the server would record
 * them; every context is closed when the class is done.
 */
@ExtendWith(OutputCaptureExtension.class)
class VerifyAuditCommandTests {

    record Org(OrgId id, String slug) {}

    static ConfigurableApplicationContext application;
    static AuditTestSupport audit;

    @BeforeAll
    static void startTheApplication() {
        application = builder().run(arguments());
        audit = new AuditTestSupport(
                application.getBean(AuditRecorder.class),
                application.getBean("ownerDataSource", javax.sql.DataSource.class),
                application.getBean(PlatformTransactionManager.class),
                application.getBean(TokenService.class),
                application.getBean(IdGenerator.class));
    }

    @AfterAll
    static void stopTheApplication() {
        application.close();
    }

    @Test
    void exitsZeroOnAValidChain(CapturedOutput output) {
        Org org = newOrganization("audit-cmd");
        audit.record(org.id(), "jobs.update", 3);

        assertThat(run("--org=" + org.slug())).isZero();
        assertThat(output.getOut()).contains("ok      " + org.slug() + ": 3 entries, last seq 3");
    }

    @Test
    void exitsNonZeroAfterTamperingNamingTheBrokenEntry(CapturedOutput output) {
        Org org = newOrganization("audit-cmd");
        Org intact = newOrganization("audit-cmd-intact");
        audit.record(org.id(), "jobs.update", 3);
        audit.record(intact.id(), "jobs.update", 1);
        audit.asOwnerWithoutTrigger(
                "update audit_log set changed_fields = '{}' where org_id = ? and seq = 2",
                org.id().value());
        try {
            assertThat(run("--org=" + org.slug())).isEqualTo(VerifyAuditCommand.BROKEN);
            assertThat(run()).as("every organization").isEqualTo(VerifyAuditCommand.BROKEN);
        } finally {
            audit.asOwnerWithoutTrigger(
                    "update audit_log set changed_fields = '{status,published_at}' where org_id = ? and seq = 2",
                    org.id().value());
        }
        assertThat(output.getOut())
                .contains("BROKEN  " + org.slug() + ": first broken entry seq 2")
                .contains("ok      " + intact.slug() + ": 1 entries");
        assertThat(run("--org=" + org.slug())).isZero();
    }

    @Test
    void exitsWithTwoForAnUnknownOrganization(CapturedOutput output) {
        assertThat(run("--org=no-such-org")).isEqualTo(VerifyAuditCommand.USAGE);
        assertThat(output.getErr()).contains("no organization 'no-such-org'");
    }

    private static Org newOrganization(String prefix) {
        OrgId id = new OrgId(application.getBean(IdGenerator.class).newId());
        String slug = prefix + "-" + id.value().toString().substring(24);
        application
                .getBean(JdbcClient.class)
                .sql("insert into organizations (id, slug, name, created_at) values (?, ?, ?, ?)")
                .params(id.value(), slug, "Org " + slug, java.sql.Timestamp.from(Instant.now()))
                .update();
        return new Org(id, slug);
    }

    private static int run(String... args) {
        String[] command = new String[args.length + 1];
        command[0] = "verify-audit";
        System.arraycopy(args, 0, command, 1, args.length);
        return SpringApplication.exit(
                builder().properties("hireloop.command=verify-audit").run(arguments(command)));
    }

    private static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(Hireloop.class).web(WebApplicationType.NONE);
    }

    private static String[] arguments(String... args) {
        String[] all = Arrays.copyOf(args, args.length + 3);
        all[args.length] = "--hireloop.database.embedded-data-dir=target/embedded-postgres";
        all[args.length + 1] = "--hireloop.database.embedded-clean=true";
        all[args.length + 2] = "--hireloop.bootstrap.token=" + IntegrationTest.BOOTSTRAP_TOKEN;
        return all;
    }
}
