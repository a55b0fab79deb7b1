package org.hireloop.platform.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Idempotency keys in PostgreSQL, so every replica sees the same keys. */
@Repository
class IdempotencyStore {

    /** A stored key: the request it was first used with and, once done, the answer. */
    record StoredKey(
            byte[] requestHash,
            @Nullable Integer status,
            @Nullable String contentType,
            @Nullable String location,
            @Nullable String etag,
            byte @Nullable [] body,
            Instant expiresAt) {
        boolean completed() {
            return status != null;
        }
    }

    record Scope(UUID orgId, String subject, String key) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    IdempotencyStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Claims the key for this request; false when the key is already taken (and not expired). */
    boolean claim(Scope scope, byte[] requestHash, java.time.Duration ttl) {
        Instant now = clock.instant();
        jdbc.sql("delete from idempotency_keys where org_id = ? and subject = ? and key = ? and expires_at < ?")
                .params(scope.orgId(), scope.subject(), scope.key(), java.sql.Timestamp.from(now))
                .update();
        return jdbc.sql("""
                        insert into idempotency_keys (org_id, subject, key, request_hash, created_at, expires_at)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict do nothing
                        """)
                        .params(
                                scope.orgId(),
                                scope.subject(),
                                scope.key(),
                                requestHash,
                                java.sql.Timestamp.from(now),
                                java.sql.Timestamp.from(now.plus(ttl)))
                        .update()
                == 1;
    }

    Optional<StoredKey> find(Scope scope) {
        return jdbc.sql("""
                        select request_hash, status, content_type, location, etag, body, expires_at
                          from idempotency_keys
                         where org_id = ? and subject = ? and key = ?
                        """)
                .params(scope.orgId(), scope.subject(), scope.key())
                .query((rs, i) -> new StoredKey(
                        rs.getBytes(1),
                        (Integer) rs.getObject(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getBytes(6),
                        rs.getTimestamp(7).toInstant()))
                .optional();
    }

    void complete(
            Scope scope,
            int status,
            @Nullable String contentType,
            @Nullable String location,
            @Nullable String etag,
            byte[] body) {
        jdbc.sql("""
                        update idempotency_keys
                           set status = ?, content_type = ?, location = ?, etag = ?, body = ?
                         where org_id = ? and subject = ? and key = ?
                        """)
                .params(status, contentType, location, etag, body, scope.orgId(), scope.subject(), scope.key())
                .update();
    }

    void release(Scope scope) {
        jdbc.sql("delete from idempotency_keys where org_id = ? and subject = ? and key = ?")
                .params(scope.orgId(), scope.subject(), scope.key())
                .update();
    }

    int deleteExpired() {
        return jdbc.sql("delete from idempotency_keys where expires_at < ?")
                .param(java.sql.Timestamp.from(clock.instant()))
                .update();
    }
}
