package org.hireloop.identity.signin;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.hireloop.identity.Role;
import org.hireloop.platform.OrgId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Sessions in PostgreSQL, so every replica sees them and all of a user's can be ended at once. */
@Repository
class SessionRepository {

    private final JdbcClient jdbc;

    SessionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Needs a transaction bound to the organization (row-level security). */
    void insert(OrgId org, UUID id, UUID userId, byte[] secretHash, Instant now, Instant expiresAt) {
        jdbc.sql("""
                        insert into sessions (org_id, id, user_id, secret_hash, created_at, last_seen_at, expires_at)
                        values (?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        org.value(),
                        id,
                        userId,
                        secretHash,
                        Timestamp.from(now),
                        Timestamp.from(now),
                        Timestamp.from(expiresAt))
                .update();
    }

    Optional<CurrentSession> authenticate(byte[] secretHash, Instant now, Duration idle) {
        return jdbc.sql("""
                        select org_id, user_id, session_id, role, expires_at, enrolment_only
                          from hireloop_authenticate_session(?, ?, ? * interval '1 second')
                        """)
                .params(secretHash, Timestamp.from(now), idle.toSeconds())
                .query((rs, i) -> new CurrentSession(
                        rs.getObject("session_id", UUID.class),
                        new OrgId(rs.getObject("org_id", UUID.class)),
                        rs.getObject("user_id", UUID.class),
                        Role.fromDb(rs.getString("role")),
                        rs.getTimestamp("expires_at").toInstant(),
                        rs.getBoolean("enrolment_only")))
                .optional();
    }

    /** Needs a transaction bound to the organization (row-level security). */
    void delete(OrgId org, UUID id) {
        jdbc.sql("delete from sessions where org_id = ? and id = ?")
                .params(org.value(), id)
                .update();
    }

    int deleteAllOf(UUID userId, @Nullable UUID except) {
        return jdbc.sql("select hireloop_end_user_sessions(?, ?)")
                .params(userId, except)
                .query(Integer.class)
                .single();
    }

    int deleteExpired(Instant now, Duration idle) {
        return jdbc.sql("select hireloop_delete_expired_sessions(?, ? * interval '1 second')")
                .params(Timestamp.from(now), idle.toSeconds())
                .query(Integer.class)
                .single();
    }
}
