package org.hireloop.identity.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hireloop.identity.ApiPrincipal;
import org.hireloop.identity.Role;
import org.hireloop.identity.Scope;
import org.hireloop.platform.OrgId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class TokenRepository {

    private static final String COLUMNS = "id, user_id, role, name, prefix, scopes, created_at, expires_at,"
            + " last_used_at, last_used_from, revoked_at, version";

    /** What a new token row holds besides its organization, id, hash and prefix. */
    record NewToken(
            @Nullable UUID userId,
            @Nullable Role role,
            String name,
            Set<Scope> scopes,
            @Nullable Instant expiresAt,
            @Nullable UUID createdBy) {}

    private final JdbcClient jdbc;

    TokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(OrgId org, UUID id, NewToken token, byte[] hash, String prefix, Instant now) {
        jdbc.sql("""
                        insert into api_tokens (org_id, id, user_id, role, name, token_hash, prefix, scopes,
                                                created_at, expires_at, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?::text[], ?, ?, ?)
                        """)
                .params(
                        org.value(),
                        id,
                        token.userId(),
                        token.role() == null ? null : token.role().dbValue(),
                        token.name(),
                        hash,
                        prefix,
                        scopesLiteral(token.scopes()),
                        Timestamp.from(now),
                        token.expiresAt() == null ? null : Timestamp.from(token.expiresAt()),
                        token.createdBy())
                .update();
    }

    /**
     * The principal of a live token with this hash, and notes its use and the address it came
     * from: the one lookup of every API request, before anyone knows the organization, so it goes
     * through the database function that may look across organizations (migration V7).
     */
    Optional<ApiPrincipal> authenticate(byte[] hash, Instant now, @Nullable String address) {
        return jdbc
                .sql("select org_id, user_id, token_id, role, scopes, expires_at"
                        + " from hireloop_authenticate_token(?, ?, ?)")
                .params(hash, Timestamp.from(now), address)
                .query((rs, i) -> {
                    Instant expiresAt = instant(rs, "expires_at");
                    return expiresAt != null && !expiresAt.isAfter(now)
                            ? null
                            : new ApiPrincipal(
                                    new OrgId(rs.getObject("org_id", UUID.class)),
                                    rs.getObject("user_id", UUID.class),
                                    rs.getObject("token_id", UUID.class),
                                    Role.fromDb(rs.getString("role")),
                                    scopes(rs.getArray("scopes")));
                })
                .list()
                .stream()
                .filter(Objects::nonNull)
                .findFirst();
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

    /** Removes every token of a person in the organization: they leave with the membership. */
    int deleteAllOf(OrgId org, UUID userId) {
        return jdbc.sql("delete from api_tokens where org_id = ? and user_id = ?")
                .params(org.value(), userId)
                .update();
    }

    private static String scopesLiteral(Set<Scope> scopes) {
        StringBuilder literal = new StringBuilder("{");
        for (Scope scope : EnumSet.copyOf(scopes)) {
            literal.append(literal.length() > 1 ? "," : "").append(scope.dbValue());
        }
        return literal.append('}').toString();
    }

    private static Set<Scope> scopes(Array array) throws SQLException {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (Object value : (Object[]) array.getArray()) {
            scopes.add(Scope.fromDb((String) value));
        }
        return scopes;
    }

    private static ApiToken token(ResultSet rs, int row) throws SQLException {
        String role = rs.getString("role");
        return new ApiToken(
                rs.getObject("id", UUID.class),
                rs.getObject("user_id", UUID.class),
                role == null ? null : Role.fromDb(role),
                rs.getString("name"),
                rs.getString("prefix"),
                scopes(rs.getArray("scopes")),
                rs.getTimestamp("created_at").toInstant(),
                instant(rs, "expires_at"),
                instant(rs, "last_used_at"),
                rs.getString("last_used_from"),
                instant(rs, "revoked_at"),
                rs.getLong("version"));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
