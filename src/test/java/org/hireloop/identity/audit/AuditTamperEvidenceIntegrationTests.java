package org.hireloop.identity.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.hireloop.IntegrationTest;
import org.hireloop.TestApi;
import org.hireloop.platform.OrgId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Someone with the table owner's rights changes the log behind the application's back: the
 * verification names the first entry that no longer links. Each change happens in a transaction
 * that is rolled back after the check, so no other test sees a broken chain.
 */
@IntegrationTest
@Import(AuditTestSupport.Configuration.class)
class AuditTamperEvidenceIntegrationTests {

    private static final String DISABLE = "alter table audit_log disable trigger audit_log_append_only";
    private static final String ENABLE = "alter table audit_log enable trigger audit_log_append_only";

    @Autowired
    TestApi api;

    @Autowired
    AuditTestSupport audit;

    @Autowired
    AuditLog log;

    OrgId org;

    @BeforeEach
    void fiveEntries() {
        org = api.newOrganization("audit-tamper").id();
        audit.record(org, "jobs.update", 5);
    }

    @Test
    void aChangedActionBreaksExactlyThatEntry() {
        audit.inRolledBackTransaction(jdbc -> {
            jdbc.sql(DISABLE).update();
            jdbc.sql("update audit_log set action = 'jobs.read' where org_id = ? and seq = 3")
                    .param(org.value())
                    .update();
            jdbc.sql(ENABLE).update();

            ChainVerification verification = log.verify(org);
            assertThat(verification.valid()).isFalse();
            assertThat(verification.firstBrokenSeq()).isEqualTo(3);
            assertThat(verification.firstBrokenId()).isEqualTo(idOf(jdbc, 3));
            assertThat(verification.entriesChecked()).isEqualTo(3);
            assertThat(verification.lastSeq()).isEqualTo(2);
        });
        assertThat(log.verify(org).valid()).as("after the rollback").isTrue();
    }

    @Test
    void aRemovedChangedFieldBreaksThatEntry() {
        audit.inRolledBackTransaction(jdbc -> {
            jdbc.sql(DISABLE).update();
            jdbc.sql("update audit_log set changed_fields = '{status}' where org_id = ? and seq = 4")
                    .param(org.value())
                    .update();
            jdbc.sql(ENABLE).update();

            assertThat(log.verify(org).firstBrokenSeq()).isEqualTo(4);
        });
    }

    @Test
    void aTimeMovedByOneMicrosecondBreaksThatEntry() {
        audit.inRolledBackTransaction(jdbc -> {
            jdbc.sql(DISABLE).update();
            jdbc.sql("update audit_log set at = at + interval '1 microsecond' where org_id = ? and seq = 1")
                    .param(org.value())
                    .update();
            jdbc.sql(ENABLE).update();

            assertThat(log.verify(org).firstBrokenSeq()).isEqualTo(1);
        });
    }

    @Test
    void aDeletedEntryInTheMiddleIsFoundAtTheEntryAfterIt() {
        audit.inRolledBackTransaction(jdbc -> {
            jdbc.sql(DISABLE).update();
            jdbc.sql("delete from audit_log where org_id = ? and seq = 2")
                    .param(org.value())
                    .update();
            jdbc.sql(ENABLE).update();

            ChainVerification verification = log.verify(org);
            assertThat(verification.valid()).isFalse();
            assertThat(verification.firstBrokenSeq()).isEqualTo(3);
            assertThat(verification.lastSeq()).isEqualTo(1);
        });
    }

    @Test
    void aDeletedFirstEntryIsFound() {
        audit.inRolledBackTransaction(jdbc -> {
            jdbc.sql(DISABLE).update();
            jdbc.sql("delete from audit_log where org_id = ? and seq = 1")
                    .param(org.value())
                    .update();
            jdbc.sql(ENABLE).update();

            ChainVerification verification = log.verify(org);
            assertThat(verification.firstBrokenSeq()).isEqualTo(2);
            assertThat(verification.lastSeq()).isNull();
        });
    }

    @Test
    void aHashRecomputedForChangedContentStillBreaksTheLinkOfTheNextEntry() {
        audit.inRolledBackTransaction(jdbc -> {
            AuditEntry third = log.get(org, idOf(jdbc, 3));
            var forged = new org.hireloop.platform.AuditEvent(
                    org,
                    third.event().actorType(),
                    third.event().actorId(),
                    "jobs.read",
                    third.event().targetType(),
                    third.event().targetId(),
                    third.event().address(),
                    third.event().userAgent(),
                    third.event().at(),
                    third.event().changedFields());
            AuditHash forgedHash = CanonicalEncoding.hash(third.prevHash(), 3, third.id(), forged);
            jdbc.sql(DISABLE).update();
            jdbc.sql("update audit_log set action = 'jobs.read', hash = ? where org_id = ? and seq = 3")
                    .params(forgedHash.bytes(), org.value())
                    .update();
            jdbc.sql(ENABLE).update();

            assertThat(log.verify(org).firstBrokenSeq()).isEqualTo(4);
        });
    }

    private java.util.UUID idOf(org.springframework.jdbc.core.simple.JdbcClient jdbc, long seq) {
        return jdbc.sql("select id from audit_log where org_id = ? and seq = ?")
                .params(org.value(), seq)
                .query(java.util.UUID.class)
                .single();
    }
}
