package org.hireloop.identity.signin;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hireloop.identity.Role;
import org.hireloop.platform.OrgId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Users as sign-in sees them (users are global: one person, several organizations) and their
 * memberships, read before any organization is bound through a database function.
 */
@Repository
class Accounts {

    record Account(UUID id, String email, @Nullable String passwordHash) {
        @Override
        public String toString() {
            return "Account[" + id + "]";
        }
    }

    record Membership(OrgId orgId, String slug, Role role) {}

    private final JdbcClient jdbc;

    Accounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Account> findByEmail(String email) {
        return jdbc.sql("select id, email, password_hash from users where lower(email) = lower(?)")
                .param(email)
                .query((rs, i) -> new Account(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
                .optional();
    }

    Optional<Account> findById(UUID id) {
        return jdbc.sql("select id, email, password_hash from users where id = ?")
                .param(id)
                .query((rs, i) -> new Account(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
                .optional();
    }

    List<Membership> memberships(UUID userId) {
        return jdbc.sql("select org_id, slug, role from hireloop_memberships_of(?)")
                .param(userId)
                .query((rs, i) -> new Membership(
                        new OrgId(rs.getObject(1, UUID.class)), rs.getString(2), Role.fromDb(rs.getString(3))))
                .list();
    }

    void updatePassword(UUID userId, String hash) {
        jdbc.sql("update users set password_hash = ? where id = ?")
                .params(hash, userId)
                .update();
    }

    void insertResetLink(byte[] tokenHash, UUID userId, Instant now, Instant expiresAt) {
        jdbc.sql("insert into password_resets (token_hash, user_id, created_at, expires_at) values (?, ?, ?, ?)")
                .params(tokenHash, userId, Timestamp.from(now), Timestamp.from(expiresAt))
                .update();
    }

    /** Uses a live reset link: answers its user, and closes every other open link of that user. */
    Optional<UUID> useResetLink(byte[] tokenHash, Instant now) {
        Optional<UUID> user = jdbc.sql("""
                        update password_resets set used_at = ?
                         where token_hash = ? and used_at is null and expires_at > ?
                        returning user_id
                        """)
                .params(Timestamp.from(now), tokenHash, Timestamp.from(now))
                .query(UUID.class)
                .optional();
        user.ifPresent(id -> jdbc.sql("update password_resets set used_at = ? where user_id = ? and used_at is null")
                .params(Timestamp.from(now), id)
                .update());
        return user;
    }
}
