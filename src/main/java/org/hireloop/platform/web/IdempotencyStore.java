package org.hireloop.platform.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.hireloop.platform.OrgId;
import org.hireloop.platform.TenantContext;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Idempotency keys in PostgreSQL, so every replica sees the same keys. Each statement runs in a
 * short transaction of its own, for the key's organization: a claim must be visible to a
 * concurrent request at once, not when the request that made it ends.
 */
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
    private final TransactionTemplate ownTransaction;

    IdempotencyStore(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    private <T> T inOwnTransaction(Scope scope, Supplier<T> work) {
        return TenantContext.callAs(new OrgId(scope.orgId()), () -> ownTransaction.execute(status -> work.get()));
    }

    /** Claims the key for this request; false when the key is already taken (and not expired). */
    boolean claim(Scope scope, byte[] requestHash, java.time.Duration ttl) {
        return inOwnTransaction(scope, () -> claimNow(scope, requestHash, ttl));
    }

    private boolean claimNow(Scope scope, byte[] requestHash, java.time.Duration ttl) {
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
        return inOwnTransaction(scope, () -> findNow(scope));
    }

    private Optional<StoredKey> findNow(Scope scope) {
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
        inOwnTransaction(
                scope,
                () -> jdbc.sql("""
                        update idempotency_keys
                           set status = ?, content_type = ?, location = ?, etag = ?, body = ?
                         where org_id = ? and subject = ? and key = ?
                        """)
                        .params(status, contentType, location, etag, body, scope.orgId(), scope.subject(), scope.key())
                        .update());
    }

    void release(Scope scope) {
        inOwnTransaction(
                scope,
                () -> jdbc.sql("delete from idempotency_keys where org_id = ? and subject = ? and key = ?")
                        .params(scope.orgId(), scope.subject(), scope.key())
                        .update());
    }

    /** Across organizations, through the database function made for this housekeeping. */
    int deleteExpired() {
        return jdbc.sql("select hireloop_delete_expired_idempotency_keys(?)")
                .param(java.sql.Timestamp.from(clock.instant()))
                .query(Integer.class)
                .single();
    }
}
