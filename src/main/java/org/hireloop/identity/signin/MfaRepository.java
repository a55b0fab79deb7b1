package org.hireloop.identity.signin;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** TOTP secrets and recovery codes of users (global, like users: one person, one device). */
@Repository
class MfaRepository {

    record TotpSecret(byte[] secret, boolean confirmed, long lastUsedStep) {}

    private final JdbcClient jdbc;

    MfaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<TotpSecret> find(UUID userId) {
        return jdbc.sql("select secret, confirmed_at is not null, last_used_step from user_totp where user_id = ?")
                .param(userId)
                .query((rs, i) -> new TotpSecret(rs.getBytes(1), rs.getBoolean(2), rs.getLong(3)))
                .optional();
    }

    /** A new unconfirmed secret, replacing an unconfirmed one; a confirmed one is kept. */
    boolean startEnrolment(UUID userId, byte[] secret, Instant now) {
        return jdbc.sql("""
                        insert into user_totp (user_id, secret, created_at) values (?, ?, ?)
                        on conflict (user_id) do update set secret = excluded.secret, created_at = excluded.created_at
                         where user_totp.confirmed_at is null
                        """).params(userId, secret, Timestamp.from(now)).update() == 1;
    }

    /**
     * Takes a step as used, only when it is later than the last one used: a code works once, and
     * two requests racing with the same code cannot both win.
     */
    boolean useStep(UUID userId, long step) {
        return jdbc.sql("update user_totp set last_used_step = ? where user_id = ? and last_used_step < ?")
                        .params(step, userId, step)
                        .update()
                == 1;
    }

    void confirm(UUID userId, Instant now) {
        jdbc.sql("update user_totp set confirmed_at = ? where user_id = ?")
                .params(Timestamp.from(now), userId)
                .update();
    }

    void replaceRecoveryCodes(UUID userId, List<byte[]> hashes) {
        jdbc.sql("delete from recovery_codes where user_id = ?").param(userId).update();
        for (byte[] hash : hashes) {
            jdbc.sql("insert into recovery_codes (user_id, code_hash) values (?, ?)")
                    .params(userId, hash)
                    .update();
        }
    }

    boolean useRecoveryCode(UUID userId, byte[] hash, Instant now) {
        return jdbc.sql("update recovery_codes set used_at = ? where user_id = ? and code_hash = ? and used_at is null")
                        .params(Timestamp.from(now), userId, hash)
                        .update()
                == 1;
    }

    int unusedRecoveryCodes(UUID userId) {
        return jdbc.sql("select count(*) from recovery_codes where user_id = ? and used_at is null")
                .param(userId)
                .query(Integer.class)
                .single();
    }

    void delete(UUID userId) {
        jdbc.sql("delete from recovery_codes where user_id = ?").param(userId).update();
        jdbc.sql("delete from user_totp where user_id = ?").param(userId).update();
    }
}
