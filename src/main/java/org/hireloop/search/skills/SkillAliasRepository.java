package org.hireloop.search.skills;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.hireloop.platform.OrgId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code skill_aliases}: an organization's aliases, newest first. */
@Repository
class SkillAliasRepository {

    /** A stored alias before its skill is resolved. */
    record Row(
            UUID id,
            String alias,
            String skillSlug,
            java.time.Instant createdAt,
            @Nullable UUID createdBy) {}

    private static final String COLUMNS = "id, alias, skill_slug, created_at, created_by";

    private final JdbcClient jdbc;

    SkillAliasRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One page: {@code limit} rows with an id below {@code before}, newest first. */
    List<Row> list(OrgId org, int limit, @Nullable UUID before) {
        return jdbc.sql("select " + COLUMNS + " from skill_aliases where org_id = ?"
                        + (before == null ? "" : " and id < ?") + " order by id desc limit ?")
                .params(before == null ? List.of(org.value(), limit) : List.of(org.value(), before, limit))
                .query(SkillAliasRepository::row)
                .list();
    }

    /** Every alias of the organization, for its recognizer. */
    List<Row> all(OrgId org) {
        return jdbc.sql("select " + COLUMNS + " from skill_aliases where org_id = ? order by id")
                .param(org.value())
                .query(SkillAliasRepository::row)
                .list();
    }

    /** Stores the alias unless the organization has it already (in any case): true when stored. */
    boolean insert(OrgId org, Row row) {
        return jdbc.sql("""
                        insert into skill_aliases (org_id, id, alias, alias_key, skill_slug, created_at, created_by)
                        values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing
                        """)
                        .params(
                                org.value(),
                                row.id(),
                                row.alias(),
                                AliasIndex.key(row.alias()),
                                row.skillSlug(),
                                Timestamp.from(row.createdAt()),
                                row.createdBy())
                        .update()
                == 1;
    }

    boolean delete(OrgId org, UUID id) {
        return jdbc.sql("delete from skill_aliases where org_id = ? and id = ?")
                        .params(org.value(), id)
                        .update()
                == 1;
    }

    private static Row row(ResultSet rs, int number) throws SQLException {
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getString("alias"),
                rs.getString("skill_slug"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getObject("created_by", UUID.class));
    }
}
