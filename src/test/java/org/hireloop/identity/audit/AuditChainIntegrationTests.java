package org.hireloop.identity.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.hireloop.IntegrationTest;
import org.hireloop.TestApi;
import org.hireloop.platform.OrgId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Appending to the chain: seq and hashes per organization, under concurrency, append-only. */
@IntegrationTest
@Import(AuditTestSupport.Configuration.class)
class AuditChainIntegrationTests {

    @Autowired
    TestApi api;

    @Autowired
    AuditTestSupport audit;

    @Autowired
    AuditLog log;

    /** The application's own connection: it may only read and append. */
    @Autowired
    JdbcClient application;

    /** The schema owner's, which row-level security and grants do not limit: only the triggers. */
    JdbcClient jdbc;

    OrgId org;

    @BeforeEach
    void newOrganization() {
        jdbc = api.owner();
        org = api.newOrganization("audit-chain").id();
    }

    @Test
    void numbersEntriesFromOneAndChainsEachToTheOneBefore() {
        audit.record(org, "jobs.publish", 3);

        List<AuditEntry> chain = chain(org);
        assertThat(chain).extracting(AuditEntry::seq).containsExactly(1L, 2L, 3L);
        assertThat(chain.get(0).prevHash()).isEqualTo(AuditHash.GENESIS);
        assertThat(chain.get(1).prevHash()).isEqualTo(chain.get(0).hash());
        assertThat(chain.get(2).prevHash()).isEqualTo(chain.get(1).hash());
        assertThat(chain).extracting(AuditEntry::hash).doesNotHaveDuplicates();
        audit.assertDocumentedRecomputationHolds(org, 3);
    }

    @Test
    void keepsWhatTheEventCarriedAndOnlyThat() {
        var event = AuditTestSupport.event(org, "tokens.create");
        audit.record(event);

        AuditEntry entry = chain(org).get(0);
        assertThat(entry.event().action()).isEqualTo("tokens.create");
        assertThat(entry.event().actorId()).isEqualTo(event.actorId());
        assertThat(entry.event().changedFields()).containsExactly("status", "published_at");
        assertThat(entry.event().at()).isEqualTo(event.at().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        assertThat(entry.hashMatches(AuditHash.GENESIS)).isTrue();
    }

    @Test
    void storesTextPostgresWouldRefuseInAFormThatStillVerifies() {
        var e = AuditTestSupport.event(org, "jobs.update");
        audit.record(new org.hireloop.platform.AuditEvent(
                org,
                e.actorType(),
                e.actorId(),
                e.action(),
                e.targetType(),
                e.targetId(),
                e.address(),
                "agent\u0000with a NUL and a lone \uD800 surrogate " + "x".repeat(2000),
                e.at(),
                List.of("title")));

        AuditEntry entry = chain(org).get(0);
        assertThat(entry.event().userAgent()).doesNotContain("\u0000").hasSize(CanonicalEncoding.MAX_USER_AGENT);
        assertThat(log.verify(org).valid()).isTrue();
        audit.assertDocumentedRecomputationHolds(org, 1);
    }

    @Test
    void eachOrganizationHasAChainOfItsOwn() {
        OrgId other = api.newOrganization("audit-chain-other").id();
        audit.record(AuditTestSupport.event(org, "jobs.create"));
        audit.record(AuditTestSupport.event(other, "jobs.create"));
        audit.record(AuditTestSupport.event(org, "jobs.publish"));
        audit.record(AuditTestSupport.event(other, "jobs.publish"));

        assertThat(chain(org)).extracting(AuditEntry::seq).containsExactly(1L, 2L);
        assertThat(chain(other)).extracting(AuditEntry::seq).containsExactly(1L, 2L);
        assertThat(chain(other).get(0).prevHash()).isEqualTo(AuditHash.GENESIS);
        assertThat(chain(org).get(0).hash()).isNotEqualTo(chain(other).get(0).hash());
        assertThat(log.verify(org).valid()).isTrue();
        assertThat(log.verify(other).valid()).isTrue();
    }

    @Test
    void concurrentAppendsFromSeveralTransactionsMakeOneGapFreeValidChain() throws Exception {
        int threads = 4;
        int perThread = 15;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    start.await();
                    audit.record(org, "jobs.update", perThread);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        List<Long> seqs = chain(org).stream().map(AuditEntry::seq).toList();
        assertThat(seqs).hasSize(threads * perThread);
        assertThat(seqs)
                .isEqualTo(java.util.stream.LongStream.rangeClosed(1, threads * perThread)
                        .boxed()
                        .toList());
        ChainVerification verification = log.verify(org);
        assertThat(verification.valid()).isTrue();
        assertThat(verification.entriesChecked()).isEqualTo(threads * perThread);
        audit.assertDocumentedRecomputationHolds(org, threads * perThread);
    }

    @Test
    void theDatabaseRefusesUpdateDeleteAndTruncate() {
        audit.record(org, "jobs.publish", 2);

        assertThatThrownBy(() -> jdbc.sql("update audit_log set action = 'jobs.delete' where org_id = ?")
                        .param(org.value())
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("audit_log is append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_log where org_id = ? and seq = 2")
                        .param(org.value())
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("audit_log is append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_log").update())
                .isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("audit_log is append-only");
        assertThat(audit.entries(org)).isEqualTo(2);
        // and the application's role has not even the right to try
        assertThatThrownBy(() -> application.sql("delete from audit_log").update())
                .isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("permission denied");
    }

    @Test
    void anEmptyChainIsValid() {
        ChainVerification verification = log.verify(org);
        assertThat(verification.valid()).isTrue();
        assertThat(verification.entriesChecked()).isZero();
        assertThat(verification.lastSeq()).isNull();
    }

    @Test
    void verifiesChainsLongerThanOneBatch() {
        audit.record(org, "jobs.update", AuditLog.BATCH + 3);

        ChainVerification verification = log.verify(org);
        assertThat(verification.valid()).isTrue();
        assertThat(verification.entriesChecked()).isEqualTo(AuditLog.BATCH + 3);
        assertThat(verification.lastSeq()).isEqualTo(AuditLog.BATCH + 3);
    }

    private List<AuditEntry> chain(OrgId org) {
        return jdbc
                .sql("select id from audit_log where org_id = ? order by seq")
                .param(org.value())
                .query(java.util.UUID.class)
                .list()
                .stream()
                .map(id -> log.get(org, id))
                .toList();
    }
}
