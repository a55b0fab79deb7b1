package org.hireloop.identity.audit;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hireloop.identity.Organization;
import org.hireloop.platform.AuditEvent;
import org.hireloop.platform.OrgId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The audit_log table. Every statement names {@code org_id}, the first column of the primary key
 * {@code (org_id, seq)} and of every index; nothing here updates or deletes (the table refuses it).
 */
@Repository
class AuditRepository {

    /** First key of the two-key advisory locks that serialize appends per organization ('AUDT'). */
    static final int CHAIN_LOCK_SPACE = 0x41554454;

    private static final String COLUMNS = """
            org_id, seq, id, actor_type, actor_id, action, target_type, target_id, address, user_agent, at,
            changed_fields, prev_hash, hash""";

    /** The end of an organization's chain: the last seq and hash, or 0 and the genesis hash. */
    record ChainHead(long seq, AuditHash hash) {
        static final ChainHead EMPTY = new ChainHead(0, AuditHash.GENESIS);
    }

    private final JdbcClient jdbc;

    AuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Waits until no other transaction appends to this organization's chain and keeps it so until
     * this transaction ends. A hash collision of two org ids only makes them wait for each other.
     */
    void lockChain(OrgId org) {
        jdbc.sql("select pg_advisory_xact_lock(?, hashtext(?))")
                .params(CHAIN_LOCK_SPACE, org.value().toString())
                .query((rs, row) -> row)
                .list();
    }

    /** Read in its own statement after {@link #lockChain}, so it sees the previous appender's commit. */
    ChainHead head(OrgId org) {
        return jdbc.sql("select seq, hash from audit_log where org_id = ? order by seq desc limit 1")
                .param(org.value())
                .query((rs, row) -> new ChainHead(rs.getLong("seq"), new AuditHash(rs.getBytes("hash"))))
                .optional()
                .orElse(ChainHead.EMPTY);
    }

    void insert(AuditEntry entry) {
        AuditEvent e = entry.event();
        jdbc.sql("insert into audit_log (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        e.orgId().value(),
                        entry.seq(),
                        entry.id(),
                        e.actorType(),
                        e.actorId(),
                        e.action(),
                        e.targetType(),
                        e.targetId(),
                        e.address(),
                        e.userAgent(),
                        utc(e.at()),
                        e.changedFields().toArray(String[]::new),
                        entry.prevHash().bytes(),
                        entry.hash().bytes())
                .update();
    }

    Optional<AuditEntry> find(OrgId org, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from audit_log where org_id = ? and id = ?")
                .params(org.value(), id)
                .query(AuditRepository::entry)
                .optional();
    }

    /** Newest first by id, {@code limit} entries after the cursor id, matching the filter. */
    List<AuditEntry> list(OrgId org, AuditFilter filter, int limit, @Nullable UUID after) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from audit_log where org_id = ?");
        List<Object> params = new ArrayList<>(List.of(org.value()));
        equal(sql, params, "action", filter.action());
        equal(sql, params, "actor_type", filter.actorType());
        equal(sql, params, "actor_id", filter.actorId());
        equal(sql, params, "target_type", filter.targetType());
        equal(sql, params, "target_id", filter.targetId());
        if (filter.from() != null) {
            sql.append(" and at >= ?");
            params.add(utc(filter.from()));
        }
        if (filter.to() != null) {
            sql.append(" and at < ?");
            params.add(utc(filter.to()));
        }
        if (after != null) {
            sql.append(" and id < ?");
            params.add(after);
        }
        sql.append(" order by id desc limit ?");
        params.add(limit);
        return jdbc.sql(sql.toString())
                .params(params)
                .query(AuditRepository::entry)
                .list();
    }

    /** The chain in order: {@code limit} entries with a seq above {@code afterSeq}. */
    List<AuditEntry> chain(OrgId org, long afterSeq, int limit) {
        return jdbc.sql("select " + COLUMNS + " from audit_log where org_id = ? and seq > ? order by seq limit ?")
                .params(org.value(), afterSeq, limit)
                .query(AuditRepository::entry)
                .list();
    }

    /**
     * Every organization, for the operators' check of all chains. {@code Organizations} looks
     * organizations up one at a time only, so this reads the table itself.
     */
    List<Organization> allOrganizations() {
        return jdbc.sql("select id, slug, name from organizations order by slug")
                .query((rs, row) -> new Organization(
                        new OrgId(rs.getObject("id", UUID.class)), rs.getString("slug"), rs.getString("name")))
                .list();
    }

    private static void equal(StringBuilder sql, List<Object> params, String column, @Nullable String value) {
        if (value != null) {
            sql.append(" and ").append(column).append(" = ?");
            params.add(value);
        }
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        AuditEvent event = new AuditEvent(
                new OrgId(rs.getObject("org_id", UUID.class)),
                rs.getString("actor_type"),
                rs.getString("actor_id"),
                rs.getString("action"),
                rs.getString("target_type"),
                rs.getString("target_id"),
                rs.getString("address"),
                rs.getString("user_agent"),
                rs.getObject("at", OffsetDateTime.class).toInstant(),
                texts(rs.getArray("changed_fields")));
        return new AuditEntry(
                rs.getObject("id", UUID.class),
                rs.getLong("seq"),
                event,
                new AuditHash(rs.getBytes("prev_hash")),
                new AuditHash(rs.getBytes("hash")));
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static List<String> texts(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }
}
