package org.hireloop.identity.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.hireloop.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every query shape of the audit log has an index that serves it: with sequential scans priced
 * out, PostgreSQL plans each through the index the migration made for it. A time range is the
 * exception that proves it: the planner walks audit_log_by_id newest first for a recent range and
 * audit_log_by_time for a narrow old one, by its statistics, so only "an index" is asserted.
 */
@IntegrationTest
class AuditQueryPlanIntegrationTests {

    private static final String LIST = "select id from audit_log where org_id = ?::uuid";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "and id < ?::uuid order by id desc limit 51 | audit_log_by_id",
                "and action = ? order by id desc limit 51 | audit_log_by_action",
                "and actor_type = ? and actor_id = ? order by id desc limit 51 | audit_log_by_actor",
                "and target_type = ? and target_id = ? order by id desc limit 51 | audit_log_by_target",
                "and at >= now() - interval '1 day' and at < now() order by id desc limit 51 | Index",
            })
    void listsUseTheirIndex(String where, String index) {
        assertThat(plan(LIST + " " + where)).contains(index);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "select seq, hash from audit_log where org_id = ?::uuid order by seq desc limit 1 | audit_log_pkey",
                "select id from audit_log where org_id = ?::uuid and seq > 0 order by seq limit 500 | audit_log_pkey",
            })
    void theChainIsReadThroughThePrimaryKey(String sql, String index) {
        assertThat(plan(sql)).contains(index);
    }

    private String plan(String sql) {
        long parameters = sql.chars().filter(c -> c == '?').count();
        List<Object> values = new java.util.ArrayList<>();
        values.add(UUID.randomUUID().toString());
        for (int i = 1; i < parameters; i++) {
            values.add(i == 1 && sql.contains("id < ?") ? UUID.randomUUID().toString() : "x");
        }
        return new TransactionTemplate(transactions).execute(status -> {
            jdbc.sql("set local enable_seqscan = off").update();
            jdbc.sql("set local enable_bitmapscan = off").update();
            return String.join(
                    "\n",
                    jdbc.sql("explain " + sql)
                            .params(values)
                            .query(String.class)
                            .list());
        });
    }
}
