package org.hireloop.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.util.List;
import org.hireloop.IntegrationTest;
import org.hireloop.SharedFixtures;
import org.hireloop.TestApi;
import org.hireloop.TestApi.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The second line of defence between organizations: PostgreSQL row-level security, seen from
 * the application's own connection. The queries here deliberately forget their org_id filter, as
 * a bug would.
 */
@IntegrationTest
class RowLevelSecurityIntegrationTests {

    @Autowired
    TestApi api;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    TransactionTemplate transactions;
    Tenant alpha;
    Tenant beta;

    @BeforeEach
    void twoOrganizationsWithJobs() throws Exception {
        transactions = new TransactionTemplate(transactionManager);
        alpha = api.newOrganization("rls-alpha");
        beta = api.newOrganization("rls-beta");
        byte[] fixture = Files.readAllBytes(SharedFixtures.MEMBER_OF_TECHNICAL_STAFF);
        for (Tenant tenant : List.of(alpha, beta)) {
            assertThat(api.post("/api/v1/jobs/import")
                            .as(tenant)
                            .body("text/plain", fixture)
                            .send()
                            .status())
                    .isEqualTo(201);
        }
    }

    private int countAllJobs() {
        return transactions.execute(status ->
                jdbc.sql("select count(*) from jobs").query(Integer.class).single());
    }

    @Test
    void aQueryWithoutAnOrganizationSeesNoRows() {
        assertThat(api.owner()
                        .sql("select count(*) from jobs")
                        .query(Integer.class)
                        .single())
                .isGreaterThanOrEqualTo(2);
        assertThat(countAllJobs()).isZero();
        // outside any transaction too: nothing was bound, so nothing shows
        assertThat(jdbc.sql("select count(*) from jobs").query(Integer.class).single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from api_tokens")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aQueryThatForgetsItsOrgFilterSeesOnlyItsOwnOrganization() {
        List<String> orgs = TenantContext.callAs(
                alpha.id(),
                () -> transactions.execute(status -> jdbc.sql("select distinct org_id::text from jobs")
                        .query(String.class)
                        .list()));
        assertThat(orgs).containsExactly(alpha.id().toString());
        int tokens = TenantContext.callAs(
                beta.id(),
                () -> transactions.execute(status -> jdbc.sql("select count(*) from api_tokens")
                        .query(Integer.class)
                        .single()));
        assertThat(tokens).isEqualTo(1);
    }

    @Test
    void anotherOrganizationsRowsCanNeitherBeChangedNorWritten() {
        int updated = TenantContext.callAs(
                alpha.id(),
                () -> transactions.execute(status -> jdbc.sql("update jobs set title = 'taken over' where org_id = ?")
                        .param(beta.id().value())
                        .update()));
        assertThat(updated).isZero();
        assertThatThrownBy(() -> TenantContext.runAs(
                        alpha.id(),
                        () -> transactions.executeWithoutResult(
                                status -> jdbc.sql("insert into memberships (org_id, user_id, role, created_at)"
                                                + " select ?::uuid, user_id, 'owner', now() from memberships limit 1")
                                        .param(beta.id().value())
                                        .update())))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("row-level security");
        assertThat(api.owner()
                        .sql("select count(*) from jobs where org_id = ? and title = 'taken over'")
                        .param(beta.id().value())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void theOrganizationEndsWithItsTransaction() {
        TenantContext.runAs(alpha.id(), () -> transactions.executeWithoutResult(status -> {}));
        // the pooled connection that served alpha shows nothing to the next transaction without one
        for (int i = 0; i < 20; i++) {
            assertThat(countAllJobs()).isZero();
        }
    }

    @Test
    void theApplicationRoleOwnsNoTableAndDoesNotBypassSecurity() {
        assertThat(jdbc.sql("select rolbypassrls or rolsuper from pg_roles where rolname = current_user")
                        .query(Boolean.class)
                        .single())
                .isFalse();
        assertThat(jdbc.sql("select count(*) from pg_tables where schemaname = 'public' and tableowner = current_user")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void everyTableWithAnOrgIdIsIsolated() {
        List<String> unprotected = api.owner().sql("""
                        select c.relname from pg_class c
                          join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
                         where c.relkind = 'r'
                           and exists (select 1 from pg_attribute a
                                        where a.attrelid = c.oid and a.attname = 'org_id' and not a.attisdropped)
                           and (not c.relrowsecurity
                                or not exists (select 1 from pg_policy p where p.polrelid = c.oid))
                        """).query(String.class).list();
        assertThat(unprotected).as("tenant tables without row-level security").isEmpty();
    }
}
