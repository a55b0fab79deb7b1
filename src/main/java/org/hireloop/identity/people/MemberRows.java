package org.hireloop.identity.people;

import java.sql.ResultSet;
import java.sql.SQLException;
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

/** Memberships (tenant table, keyed by org_id and user_id) with their users. */
@Repository
class MemberRows {

    private static final String SELECT = """
            select m.user_id, u.email, u.name, m.role, u.status, u.time_zone, u.locale, m.created_at, m.version
              from memberships m join users u on u.id = m.user_id
            """;

    private final JdbcClient jdbc;

    MemberRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Member> list(OrgId org, int limit, @Nullable UUID after) {
        return jdbc.sql(SELECT + " where m.org_id = ? and (?::uuid is null or m.user_id < ?)"
                        + " order by m.user_id desc limit ?")
                .params(org.value(), after, after, limit)
                .query(MemberRows::member)
                .list();
    }

    Optional<Member> find(OrgId org, UUID userId) {
        return jdbc.sql(SELECT + " where m.org_id = ? and m.user_id = ?")
                .params(org.value(), userId)
                .query(MemberRows::member)
                .optional();
    }

    void insert(OrgId org, UUID userId, Role role, Instant now) {
        jdbc.sql("insert into memberships (org_id, user_id, role, created_at) values (?, ?, ?, ?)")
                .params(org.value(), userId, role.dbValue(), Timestamp.from(now))
                .update();
    }

    boolean changeRole(OrgId org, UUID userId, long version, Role role) {
        return jdbc.sql("update memberships set role = ?, version = version + 1"
                                + " where org_id = ? and user_id = ? and version = ?")
                        .params(role.dbValue(), org.value(), userId, version)
                        .update()
                == 1;
    }

    boolean delete(OrgId org, UUID userId, long version) {
        return jdbc.sql("delete from memberships where org_id = ? and user_id = ? and version = ?")
                        .params(org.value(), userId, version)
                        .update()
                == 1;
    }

    int countOwners(OrgId org) {
        return jdbc.sql("select count(*) from memberships where org_id = ? and role = 'owner'")
                .param(org.value())
                .query(Integer.class)
                .single();
    }

    private static Member member(ResultSet rs, int row) throws SQLException {
        return new Member(
                rs.getObject("user_id", UUID.class),
                rs.getString("email"),
                rs.getString("name"),
                Role.fromDb(rs.getString("role")),
                rs.getString("status"),
                rs.getString("time_zone"),
                rs.getString("locale"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getLong("version"));
    }
}
