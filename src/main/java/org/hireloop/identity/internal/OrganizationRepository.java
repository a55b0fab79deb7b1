package org.hireloop.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.hireloop.identity.Organization;
import org.hireloop.identity.Role;
import org.hireloop.platform.OrgId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Organizations, users and memberships. */
@Repository
class OrganizationRepository {

    private final JdbcClient jdbc;

    OrganizationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Organization> findBySlug(String slug) {
        return jdbc.sql("select id, slug, name from organizations where slug = ? and deleted_at is null")
                .param(slug)
                .query(OrganizationRepository::organization)
                .optional();
    }

    Optional<Organization> findById(OrgId id) {
        return jdbc.sql("select id, slug, name from organizations where id = ?")
                .param(id.value())
                .query(OrganizationRepository::organization)
                .optional();
    }

    boolean anyExists() {
        return jdbc.sql("select exists (select 1 from organizations)")
                .query(Boolean.class)
                .single();
    }

    void insertOrganization(Organization organization, Instant now) {
        jdbc.sql("insert into organizations (id, slug, name, created_at) values (?, ?, ?, ?)")
                .params(organization.id().value(), organization.slug(), organization.name(), Timestamp.from(now))
                .update();
    }

    Optional<UUID> findUserByEmail(String email) {
        return jdbc.sql("select id from users where lower(email) = lower(?)")
                .param(email)
                .query(UUID.class)
                .optional();
    }

    void insertUser(UUID id, String email, String name, String passwordHash, Instant now) {
        jdbc.sql("insert into users (id, email, name, password_hash, created_at) values (?, ?, ?, ?, ?)")
                .params(id, email, name, passwordHash, Timestamp.from(now))
                .update();
    }

    void insertMembership(OrgId org, UUID userId, Role role, Instant now) {
        jdbc.sql("insert into memberships (org_id, user_id, role, created_at) values (?, ?, ?, ?)")
                .params(org.value(), userId, role.dbValue(), Timestamp.from(now))
                .update();
    }

    /** Within the caller's transaction and organization (the memberships are isolated by row-level security). */
    Optional<Role> roleOf(OrgId org, UUID userId) {
        return jdbc.sql("select role from memberships where org_id = ? and user_id = ?")
                .params(org.value(), userId)
                .query(String.class)
                .optional()
                .map(Role::fromDb);
    }

    /** Serializes bootstraps of several replicas starting at once on one database. */
    void lockBootstrap() {
        jdbc.sql("select pg_advisory_xact_lock(7242001)").query(Object.class).single();
    }

    private static Organization organization(ResultSet rs, int row) throws SQLException {
        return new Organization(new OrgId(rs.getObject("id", UUID.class)), rs.getString("slug"), rs.getString("name"));
    }
}
