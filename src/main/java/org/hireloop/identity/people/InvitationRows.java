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

/** Invitations (tenant table). */
@Repository
class InvitationRows {

    private static final String COLUMNS =
            "id, email, role, invited_by, created_at, expires_at, accepted_at," + " accepted_by, revoked_at, version";

    /** Where an invitation link's secret points, found before the organization is known. */
    record Located(OrgId org, UUID id) {}

    private final JdbcClient jdbc;

    InvitationRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(
            OrgId org,
            UUID id,
            String email,
            Role role,
            byte[] hash,
            @Nullable UUID invitedBy,
            Instant now,
            Instant expiresAt) {
        jdbc.sql("""
                        insert into invitations (org_id, id, email, role, token_hash, invited_by, created_at, expires_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        org.value(),
                        id,
                        email,
                        role.dbValue(),
                        hash,
                        invitedBy,
                        Timestamp.from(now),
                        Timestamp.from(expiresAt))
                .update();
    }

    List<Invitation> list(OrgId org, int limit, @Nullable UUID after) {
        return jdbc.sql("select " + COLUMNS + " from invitations where org_id = ? and (?::uuid is null or id < ?)"
                        + " order by id desc limit ?")
                .params(org.value(), after, after, limit)
                .query(InvitationRows::invitation)
                .list();
    }

    Optional<Invitation> find(OrgId org, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from invitations where org_id = ? and id = ?")
                .params(org.value(), id)
                .query(InvitationRows::invitation)
                .optional();
    }

    /** The invitation, locked until the transaction ends: two acceptances of one link queue up. */
    Optional<Invitation> lock(OrgId org, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from invitations where org_id = ? and id = ? for update")
                .params(org.value(), id)
                .query(InvitationRows::invitation)
                .optional();
    }

    boolean pendingFor(OrgId org, String email) {
        return jdbc.sql("select exists (select 1 from invitations where org_id = ? and lower(email) = lower(?)"
                        + " and accepted_at is null and revoked_at is null)")
                .params(org.value(), email)
                .query(Boolean.class)
                .single();
    }

    Optional<Located> locate(byte[] hash) {
        return jdbc.sql("select org_id, invitation_id from hireloop_find_invitation(?)")
                .param(hash)
                .query((rs, i) -> new Located(
                        new OrgId(rs.getObject("org_id", UUID.class)), rs.getObject("invitation_id", UUID.class)))
                .optional();
    }

    boolean renew(OrgId org, UUID id, long version, byte[] hash, Instant expiresAt) {
        return jdbc.sql("update invitations set token_hash = ?, expires_at = ?, version = version + 1"
                                + " where org_id = ? and id = ? and version = ?")
                        .params(hash, Timestamp.from(expiresAt), org.value(), id, version)
                        .update()
                == 1;
    }

    boolean revoke(OrgId org, UUID id, long version, Instant now) {
        return jdbc.sql("update invitations set revoked_at = ?, version = version + 1"
                                + " where org_id = ? and id = ? and version = ?")
                        .params(Timestamp.from(now), org.value(), id, version)
                        .update()
                == 1;
    }

    void accept(OrgId org, UUID id, UUID userId, Instant now) {
        jdbc.sql("update invitations set accepted_at = ?, accepted_by = ?, version = version + 1"
                        + " where org_id = ? and id = ?")
                .params(Timestamp.from(now), userId, org.value(), id)
                .update();
    }

    private static Invitation invitation(ResultSet rs, int row) throws SQLException {
        return new Invitation(
                rs.getObject("id", UUID.class),
                rs.getString("email"),
                Role.fromDb(rs.getString("role")),
                rs.getObject("invited_by", UUID.class),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("expires_at").toInstant(),
                instant(rs, "accepted_at"),
                rs.getObject("accepted_by", UUID.class),
                instant(rs, "revoked_at"),
                rs.getLong("version"));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
