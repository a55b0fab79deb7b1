package org.hireloop.platform.database;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Hireloop keeps its data.
 *
 * @param url JDBC URL of an external PostgreSQL; empty starts the embedded PostgreSQL
 * @param username user for the external PostgreSQL
 * @param password password for the external PostgreSQL
 * @param ownerUsername owner of the schema, who runs the migrations (empty: the same user)
 * @param ownerPassword the owner's password
 * @param embeddedDataDir data directory of the embedded PostgreSQL, kept across restarts
 * @param embeddedClean wipe the embedded data directory at start (tests only)
 * @param poolSize maximum connections in the pool
 */
@ConfigurationProperties("hireloop.database")
record DatabaseSettings(
        @Nullable String url,
        @Nullable String username,
        @Nullable String password,
        @Nullable String ownerUsername,
        @Nullable String ownerPassword,
        @Nullable String embeddedDataDir,
        boolean embeddedClean,
        @Nullable Integer poolSize) {

    boolean embedded() {
        return url == null || url.isBlank();
    }

    @Nullable
    String ownerUsernameOrApp() {
        return ownerUsername == null || ownerUsername.isBlank() ? username : ownerUsername;
    }

    @Nullable
    String ownerPasswordOrApp() {
        return ownerUsername == null || ownerUsername.isBlank() ? password : ownerPassword;
    }

    int maximumPoolSize() {
        return poolSize == null ? 10 : poolSize;
    }
}
