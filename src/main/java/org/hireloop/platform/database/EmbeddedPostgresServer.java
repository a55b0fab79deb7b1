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
import java.util.concurrent.atomic.AtomicInteger;
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

    /**
     * One application context's use of a server. The server stops when its last user releases
     * it, after that context closed its pools: stopping it from its own shutdown hook would race
     * the contexts' hooks and leave them waiting for connections that can no longer open.
     */
    record Lease(Path dataDir, String url) implements AutoCloseable {
        @Override
        public void close() {
            release(dataDir);
        }
    }

    private record Running(EmbeddedPostgres server, AtomicInteger users) {}

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Map<Path, Running> servers = new ConcurrentHashMap<>();

    static {
        // for contexts that never close: wait for those that do, then stop what is left
        Runtime.getRuntime()
                .addShutdownHook(new Thread(EmbeddedPostgresServer::stopAllAtExit, "embedded-postgres-stop"));
    }

    private EmbeddedPostgresServer() {}

    /** Starts (once per JVM) the server for this data directory and leases it to the caller. */
    static Lease lease(Path dataDir, boolean clean) {
        Path dir = dataDir.toAbsolutePath().normalize();
        Running running = servers.compute(dir, (key, existing) -> {
            Running current = existing != null ? existing : new Running(startServer(key, clean), new AtomicInteger());
            current.users().incrementAndGet();
            return current;
        });
        return new Lease(dir, "jdbc:postgresql://localhost:" + running.server().getPort() + "/" + DATABASE);
    }

    private static void release(Path dir) {
        servers.computeIfPresent(dir, (key, running) -> {
            if (running.users().decrementAndGet() > 0) {
                return running;
            }
            stop(running.server());
            return null;
        });
    }

    private static void stopAllAtExit() {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(15);
        while (!servers.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        servers.values().forEach(running -> stop(running.server()));
        servers.clear();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void stop(EmbeddedPostgres server) {
        try {
            server.close();
        } catch (IOException e) {
            log.warn("The embedded PostgreSQL did not stop cleanly", e);
        }
    }

    private static EmbeddedPostgres startServer(Path dataDir, boolean clean) {
        try {
            if (clean) {
                // a clean start means no data of an earlier run, even one that did not stop cleanly
                deleteRecursively(dataDir);
            }
            Files.createDirectories(dataDir);
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(clean)
                    .setRegisterShutdownHook(false)
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
