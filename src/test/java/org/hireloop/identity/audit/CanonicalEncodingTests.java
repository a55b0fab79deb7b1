package org.hireloop.identity.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hireloop.platform.AuditEvent;
import org.hireloop.platform.OrgId;
import org.junit.jupiter.api.Test;

/**
 * The canonical encoding against the test vectors of docs/audit.md, which were computed with
 * the document's Python code, not with this class.
 */
class CanonicalEncodingTests {

    static final OrgId ORG = new OrgId(UUID.fromString("0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b"));
    static final AuditEvent FIRST = new AuditEvent(
            ORG,
            "token",
            "0190a1b2-c3d4-7e5f-9000-0000000000aa",
            "jobs.publish",
            "job",
            "0190a1b2-c3d4-7e5f-9000-0000000000bb",
            "203.0.113.7",
            "curl/8.5.0",
            Instant.parse("2026-03-01T09:30:15.123456Z"),
            List.of("status", "published_at"));
    static final AuditEvent SECOND = new AuditEvent(
            ORG,
            "operator",
            null,
            "tokens.revoke",
            null,
            null,
            null,
            "Zürich ☃",
            Instant.parse("1969-12-31T23:59:59.999999Z"),
            List.of());

    @Test
    void matchesTheDocumentedTestVectors() {
        AuditHash first = CanonicalEncoding.hash(
                AuditHash.GENESIS, 1, UUID.fromString("0190a1b2-c3d4-7e5f-9000-000000000001"), FIRST);
        AuditHash second =
                CanonicalEncoding.hash(first, 2, UUID.fromString("0190a1b2-c3d4-7e5f-9000-000000000002"), SECOND);

        assertThat(first.hex()).isEqualTo("53050b29b15f7dd1f3e2f525c3c675c06fc5d9af7ba950f970341fac4f3f861d");
        assertThat(second.hex()).isEqualTo("426ab18f7fce85bab4ba9b4d6dda8bb8244b573ca9b1ea1be2fb9e521bb86262");
    }

    @Test
    void tellsANullFromAnEmptyTextAndFieldsRunTogetherFromSeparateOnes() {
        UUID id = UUID.fromString("0190a1b2-c3d4-7e5f-9000-000000000001");
        AuditHash withNull = CanonicalEncoding.hash(AuditHash.GENESIS, 1, id, withTarget(null, List.of("ab")));
        AuditHash withEmpty = CanonicalEncoding.hash(AuditHash.GENESIS, 1, id, withTarget("", List.of("ab")));
        AuditHash split = CanonicalEncoding.hash(AuditHash.GENESIS, 1, id, withTarget("", List.of("a", "b")));

        assertThat(List.of(withNull, withEmpty, split)).doesNotHaveDuplicates();
    }

    @Test
    void keepsTimeToTheMicrosecondAsPostgresDoes() {
        AuditEvent precise = new AuditEvent(
                ORG,
                "user",
                null,
                "a",
                null,
                null,
                null,
                null,
                Instant.parse("2026-01-01T00:00:00.123456789Z"),
                List.of());

        assertThat(CanonicalEncoding.storable(precise).at()).isEqualTo(Instant.parse("2026-01-01T00:00:00.123456Z"));
        assertThat(CanonicalEncoding.micros(Instant.parse("1969-12-31T23:59:59.999999Z")))
                .isEqualTo(-1);
    }

    private static AuditEvent withTarget(String targetId, List<String> fields) {
        return new AuditEvent(ORG, "user", null, "a", "job", targetId, null, null, Instant.EPOCH, fields);
    }
}
