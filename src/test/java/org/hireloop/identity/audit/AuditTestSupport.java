package org.hireloop.identity.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.hireloop.identity.Role;
import org.hireloop.identity.internal.TokenService;
import org.hireloop.platform.AuditEvent;
import org.hireloop.platform.AuditRecorder;
import org.hireloop.platform.IdGenerator;
import org.hireloop.platform.OrgId;
import org.hireloop.platform.TenantContext;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the audit tests share: recording events as the web layer will (through the recorder, in a
 * transaction), members with other roles, tampering as someone with the table owner's rights,
 * and the recomputation query of docs/audit.md.
 */
public class AuditTestSupport {

    private final AuditRecorder recorder;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final TokenService tokens;
    private final IdGenerator ids;

    private final TransactionTemplate appTransactions;

    /**
     * SQL and transactions here are the schema owner's: it may disable the append-only trigger
     * and is not subject to row-level security. Recording goes through the application's own
     * transactions, as a write request would.
     */
    AuditTestSupport(
            AuditRecorder recorder,
            DataSource ownerDataSource,
            PlatformTransactionManager transactionManager,
            TokenService tokens,
            IdGenerator ids) {
        this.recorder = recorder;
        this.jdbc = JdbcClient.create(ownerDataSource);
        this.transactions = new TransactionTemplate(new JdbcTransactionManager(ownerDataSource));
        this.appTransactions = new TransactionTemplate(transactionManager);
        this.tokens = tokens;
        this.ids = ids;
    }

    @TestConfiguration
    public static class Configuration {
        @Bean
        AuditTestSupport auditTestSupport(
                AuditRecorder recorder,
                @Qualifier("owner") DataSource ownerDataSource,
                PlatformTransactionManager transactionManager,
                TokenService tokens,
                IdGenerator ids) {
            return new AuditTestSupport(recorder, ownerDataSource, transactionManager, tokens, ids);
        }
    }

    public static AuditEvent event(OrgId org, String action) {
        return new AuditEvent(
                org,
                "token",
                "0190a1b2-c3d4-7e5f-9000-0000000000aa",
                action,
                "job",
                "0190a1b2-c3d4-7e5f-9000-0000000000bb",
                "203.0.113.7",
                "curl/8.5.0",
                Instant.now(),
                List.of("status", "published_at"));
    }

    /** Records each event in a transaction of its own, as one write request would. */
    public void record(AuditEvent... events) {
        for (AuditEvent event : events) {
            appTransactions.executeWithoutResult(status -> recorder.record(event));
        }
    }

    /** Records {@code count} events of the action, numbered in their target ids. */
    public void record(OrgId org, String action, int count) {
        for (int i = 1; i <= count; i++) {
            AuditEvent e = event(org, action);
            record(new AuditEvent(
                    org,
                    e.actorType(),
                    e.actorId(),
                    action,
                    e.targetType(),
                    "target-" + i,
                    e.address(),
                    e.userAgent(),
                    e.at(),
                    e.changedFields()));
        }
    }

    /** A token of a new member of the organization with the role. */
    public String tokenWithRole(OrgId org, Role role) {
        UUID user = ids.newId();
        jdbc.sql("insert into users (id, email, name, created_at) values (?, ?, ?, now())")
                .params(user, user + "@example.com", "Member")
                .update();
        jdbc.sql("insert into memberships (org_id, user_id, role, created_at) values (?, ?, ?, now())")
                .params(org.value(), user, role.dbValue())
                .update();
        return TenantContext.callAs(
                org,
                () -> appTransactions.execute(
                        status -> tokens.create(org, user, role.dbValue()).secret()));
    }

    /**
     * Runs SQL with the append-only trigger disabled, as the table's owner can, and commits: the
     * chain stays changed until {@link #asOwnerWithoutTrigger} changes it back.
     */
    public void asOwnerWithoutTrigger(String sql, Object... params) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("alter table audit_log disable trigger audit_log_append_only")
                    .update();
            jdbc.sql(sql).params(params).update();
            jdbc.sql("alter table audit_log enable trigger audit_log_append_only")
                    .update();
        });
    }

    /**
     * Runs the work, as the owner, on the organization's entries and puts them back as they were
     * afterwards. The changes are committed while the work runs, because the application reads
     * through its own connection; each test works on an organization of its own, so no other test
     * sees them.
     */
    public void inRolledBackTransaction(Consumer<JdbcClient> work) {
        List<UUID> orgs = jdbc.sql("select distinct org_id from audit_log")
                .query(UUID.class)
                .list();
        String snapshot = "audit_snapshot_" + ids.newId().toString().replace("-", "");
        jdbc.sql("create table " + snapshot + " as select * from audit_log").update();
        try {
            work.accept(jdbc);
        } finally {
            transactions.executeWithoutResult(status -> {
                jdbc.sql("alter table audit_log disable trigger audit_log_append_only")
                        .update();
                for (UUID org : orgs) {
                    jdbc.sql("delete from audit_log where org_id = ?")
                            .param(org)
                            .update();
                    jdbc.sql("insert into audit_log select * from " + snapshot + " where org_id = ?")
                            .param(org)
                            .update();
                }
                jdbc.sql("alter table audit_log enable trigger audit_log_append_only")
                        .update();
                jdbc.sql("drop table " + snapshot).update();
            });
        }
    }

    public long entries(OrgId org) {
        return jdbc.sql("select count(*) from audit_log where org_id = ?")
                .param(org.value())
                .query(Long.class)
                .single();
    }

    public @Nullable Long seqOf(OrgId org, String targetId) {
        return jdbc.sql("select seq from audit_log where org_id = ? and target_id = ?")
                .params(org.value(), targetId)
                .query(Long.class)
                .optional()
                .orElse(null);
    }

    /**
     * Runs the recomputation query of docs/audit.md on the organization's chain, independently of
     * the Java code, and asserts that every entry's seq, link and hash check out.
     */
    public void assertDocumentedRecomputationHolds(OrgId org, long expectedEntries) {
        String[] statements = documentedQuery().split(";\\s*\\n", 2);
        transactions.executeWithoutResult(status -> {
            jdbc.sql(statements[0]).update();
            List<List<Object>> rows = jdbc.sql(
                            statements[1].replace(":'org'", "?::uuid").replace(";", ""))
                    .param(org.value())
                    .query((rs, i) -> List.<Object>of(
                            rs.getLong("seq"),
                            rs.getBoolean("seq_ok"),
                            rs.getBoolean("link_ok"),
                            rs.getBoolean("hash_ok")))
                    .list();
            assertThat(rows).hasSize((int) expectedEntries);
            assertThat(rows)
                    .allSatisfy(row -> assertThat(row.subList(1, 4))
                            .as("seq " + row.get(0))
                            .containsOnly(true));
        });
    }

    static String documentedQuery() {
        try {
            String doc = Files.readString(Path.of("docs/audit.md"));
            int marker = doc.indexOf("<!-- recompute-sql -->");
            int start = doc.indexOf("```sql\n", marker) + "```sql\n".length();
            return doc.substring(start, doc.indexOf("```", start));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
