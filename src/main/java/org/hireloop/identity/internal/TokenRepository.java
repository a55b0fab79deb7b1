package org.hireloop.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hireloop.identity.ApiPrincipal;
import org.hireloop.identity.Role;
import org.hireloop.platform.OrgId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class TokenRepository {

    private static final String COLUMNS = "id, user_id, name, prefix, created_at, last_used_at, revoked_at, version";

    private final JdbcClient jdbc;

    TokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(OrgId org, UUID id, UUID userId, String name, byte[] hash, String prefix, Instant now) {
        jdbc.sql("""
                        insert into api_tokens (org_id, id, user_id, name, token_hash, prefix, created_at)
                        values (?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(org.value(), id, userId, name, hash, prefix, Timestamp.from(now))
                .update();
    }

    /**
     * The principal of an unrevoked token with this hash, and notes its use: the one lookup of
     * every API request, before anyone knows the organization, so it goes through the database
     * function that may look across organizations (migration V4).
     */
    Optional<ApiPrincipal> authenticate(byte[] hash, Instant now) {
        return jdbc.sql("select org_id, user_id, token_id, role from hireloop_authenticate_token(?, ?)")
                .params(hash, Timestamp.from(now))
                .query((rs, i) -> ApiPrincipal.withAllScopes(
                        new OrgId(rs.getObject(1, UUID.class)),
                        rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class),
                        Role.fromDb(rs.getString(4))))
                .optional();
    }

    List<ApiToken> list(OrgId org, int limit, @Nullable UUID after) {
        return jdbc.sql("select " + COLUMNS + " from api_tokens where org_id = ? and (?::uuid is null or id < ?)"
                        + " order by id desc limit ?")
                .params(org.value(), after, after, limit)
                .query(TokenRepository::token)
                .list();
    }

    Optional<ApiToken> find(OrgId org, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from api_tokens where org_id = ? and id = ?")
                .params(org.value(), id)
                .query(TokenRepository::token)
                .optional();
    }

    boolean revoke(OrgId org, UUID id, long version, Instant now) {
        return jdbc.sql("""
                        update api_tokens set revoked_at = ?, version = version + 1
                         where org_id = ? and id = ? and version = ? and revoked_at is null
                        """)
                        .params(Timestamp.from(now), org.value(), id, version)
                        .update()
                == 1;
    }

    private static ApiToken token(ResultSet rs, int row) throws SQLException {
        return new ApiToken(
                rs.getObject("id", UUID.class),
                rs.getObject("user_id", UUID.class),
                rs.getString("name"),
                rs.getString("prefix"),
                rs.getTimestamp("created_at").toInstant(),
                instant(rs, "last_used_at"),
                instant(rs, "revoked_at"),
                rs.getLong("version"));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
