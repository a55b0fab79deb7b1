package org.hireloop.identity.people;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The users table (global: a person can belong to several organizations). Emails are unique, case aside. */
@Repository
class UserRows {

    private final JdbcClient jdbc;

    UserRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UUID> findByEmail(String email) {
        return jdbc.sql("select id from users where lower(email) = lower(?)")
                .param(email)
                .query(UUID.class)
                .optional();
    }

    void insert(UUID id, NewPerson person, @Nullable String passwordHash, Instant now) {
        jdbc.sql("""
                        insert into users (id, email, name, password_hash, time_zone, locale, created_at)
                        values (?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id,
                        person.email(),
                        person.name(),
                        passwordHash,
                        person.timeZone(),
                        person.locale(),
                        Timestamp.from(now))
                .update();
    }
}
