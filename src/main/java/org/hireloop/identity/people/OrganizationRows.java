package org.hireloop.identity.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.hireloop.platform.OrgId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The organizations table (global: no row-level security), as people management needs it. */
@Repository
class OrganizationRows {

    private static final String COLUMNS =
            "id, slug, name, logo_url, time_zone, retention_days, require_mfa, created_at, version";

    private final JdbcClient jdbc;

    OrganizationRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the slug was ever taken, by a live or a deleted organization. */
    boolean slugTaken(Slug slug) {
        return jdbc.sql("select exists (select 1 from organizations where slug = ?)")
                .param(slug.value())
                .query(Boolean.class)
                .single();
    }

    void insert(OrgId id, Slug slug, String name, Instant now) {
        jdbc.sql("insert into organizations (id, slug, name, created_at) values (?, ?, ?, ?)")
                .params(id.value(), slug.value(), name, Timestamp.from(now))
                .update();
    }

    Optional<OrganizationProfile> findLive(OrgId id) {
        return jdbc.sql("select " + COLUMNS + " from organizations where id = ? and deleted_at is null")
                .param(id.value())
                .query(OrganizationRows::profile)
                .optional();
    }

    Optional<OrganizationProfile> findLive(Slug slug) {
        return jdbc.sql("select " + COLUMNS + " from organizations where slug = ? and deleted_at is null")
                .param(slug.value())
                .query(OrganizationRows::profile)
                .optional();
    }

    /**
     * Locks the organization's row until the transaction ends: changes to its owners wait for
     * each other, so two concurrent demotions cannot leave it without an owner.
     */
    void lock(OrgId id) {
        jdbc.sql("select id from organizations where id = ? for update")
                .param(id.value())
                .query(UUID.class)
                .optional();
    }

    boolean markDeleted(OrgId id, Instant now) {
        return jdbc.sql("update organizations set deleted_at = ?, version = version + 1"
                                + " where id = ? and deleted_at is null")
                        .params(Timestamp.from(now), id.value())
                        .update()
                == 1;
    }

    boolean update(OrganizationProfile changed) {
        return jdbc.sql("""
                        update organizations
                           set name = ?, logo_url = ?, time_zone = ?, retention_days = ?, require_mfa = ?,
                               version = version + 1
                         where id = ? and version = ? and deleted_at is null
                        """)
                        .params(
                                changed.name(),
                                changed.logoUrl(),
                                changed.timeZone(),
                                changed.retentionDays(),
                                changed.requireMfa(),
                                changed.id().value(),
                                changed.version())
                        .update()
                == 1;
    }

    private static OrganizationProfile profile(ResultSet rs, int row) throws SQLException {
        return new OrganizationProfile(
                new OrgId(rs.getObject("id", UUID.class)),
                rs.getString("slug"),
                rs.getString("name"),
                rs.getString("logo_url"),
                rs.getString("time_zone"),
                integer(rs, "retention_days"),
                rs.getBoolean("require_mfa"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getLong("version"));
    }

    private static @Nullable Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
