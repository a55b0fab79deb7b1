package org.hireloop.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL: a real server started from the binaries zonky ships, one per data
 * directory and JVM. Several application contexts of one JVM (tests) share it, which is why the
 * servers live in a static registry rather than in a bean.
 */
final class EmbeddedPostgresServer {

    static final String DATABASE = "hireloop";
    /** The application's role: it logs in, owns nothing and does not bypass row-level security. */
    static final String APP_ROLE = "hireloop_app";

    static final String APP_PASSWORD = "hireloop_app";

    record Connection(String url) {}

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Map<Path, EmbeddedPostgres> servers = new ConcurrentHashMap<>();

    private EmbeddedPostgresServer() {}

    /** Starts (once per JVM) the server for this data directory and answers how to reach it. */
    static Connection start(Path dataDir, boolean clean) {
        EmbeddedPostgres server =
                servers.computeIfAbsent(dataDir.toAbsolutePath().normalize(), dir -> startServer(dir, clean));
        return new Connection("jdbc:postgresql://localhost:" + server.getPort() + "/" + DATABASE);
    }

    private static EmbeddedPostgres startServer(Path dataDir, boolean clean) {
        try {
            Files.createDirectories(dataDir);
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(clean)
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("shared_buffers", "128MB")
                    .setServerConfig("fsync", clean ? "off" : "on")
                    .start();
            createDatabaseAndRoleIfMissing(server);
            log.info("Embedded PostgreSQL started on port {} with data in {}", server.getPort(), dataDir);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    private static void createDatabaseAndRoleIfMissing(EmbeddedPostgres server) {
        try (java.sql.Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            try (ResultSet exists =
                    statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (!exists.next()) {
                    statement.execute("create database " + DATABASE);
                }
            }
            try (ResultSet exists =
                    statement.executeQuery("select 1 from pg_roles where rolname = '" + APP_ROLE + "'")) {
                if (!exists.next()) {
                    statement.execute("create role " + APP_ROLE + " login nosuperuser nobypassrls password '"
                            + APP_PASSWORD + "'");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the database " + DATABASE, e);
        }
    }
}
