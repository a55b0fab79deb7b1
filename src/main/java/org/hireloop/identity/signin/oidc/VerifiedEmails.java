package org.hireloop.identity.signin.oidc;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The user with an email, as the provider vouched for it (compared without case). */
final class VerifiedEmails {

    private final JdbcClient jdbc;

    VerifiedEmails(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UUID> userWith(String email) {
        return jdbc.sql("select id from users where lower(email) = lower(?)")
                .param(email.strip())
                .query(UUID.class)
                .optional();
    }
}
