package org.hireloop.platform.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.Map;
import javax.sql.DataSource;
import org.hireloop.platform.TenantTransactionManager;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Two pools to one PostgreSQL (external when {@code HIRELOOP_DATABASE_URL} is set, embedded
 * otherwise): the application's, as a role that neither owns the tables nor bypasses row-level
 * security, and a small one as the owner for the schema migrations. The embedded server's own
 * DataSource is not pooled, so both are HikariCP pools.
 */
@Configuration(proxyBeanMethods = false)
class DataSourceConfiguration {

    static final String OWNER = "owner";
    private static final Logger log = LoggerFactory.getLogger(DataSourceConfiguration.class);

    /** The embedded server, when there is no external one; released after the pools close. */
    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(DatabaseSettings settings) {
        if (!settings.embedded()) {
            return new EmbeddedDatabase(null);
        }
        String dataDir = settings.embeddedDataDir() == null ? "./data/postgres" : settings.embeddedDataDir();
        return new EmbeddedDatabase(EmbeddedPostgresServer.lease(Path.of(dataDir), settings.embeddedClean()));
    }

    /** A lease on the embedded server, or nothing when the database is external. */
    record EmbeddedDatabase(EmbeddedPostgresServer.@Nullable Lease lease) implements AutoCloseable {
        String url() {
            if (lease == null) {
                throw new IllegalStateException("no embedded database");
            }
            return lease.url();
        }

        @Override
        public void close() {
            if (lease != null) {
                lease.close();
            }
        }
    }

    @Bean
    @Primary
    HikariDataSource dataSource(DatabaseSettings settings, EmbeddedDatabase embedded) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("hireloop");
        config.setMaximumPoolSize(settings.maximumPoolSize());
        if (settings.embedded()) {
            config.setJdbcUrl(embedded.url());
            config.setUsername(EmbeddedPostgresServer.APP_ROLE);
            config.setPassword(EmbeddedPostgresServer.APP_PASSWORD);
        } else {
            config.setJdbcUrl(settings.url());
            config.setUsername(settings.username());
            config.setPassword(settings.password());
        }
        return new HikariDataSource(config);
    }

    /** The owner of the schema: runs the migrations, and nothing else. */
    @Bean
    @FlywayDataSource
    @Qualifier(OWNER)
    HikariDataSource ownerDataSource(DatabaseSettings settings, EmbeddedDatabase embedded) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("hireloop-owner");
        config.setMaximumPoolSize(2);
        config.setMinimumIdle(0);
        if (settings.embedded()) {
            config.setJdbcUrl(embedded.url());
            config.setUsername("postgres");
        } else {
            config.setJdbcUrl(settings.url());
            config.setUsername(settings.ownerUsernameOrApp());
            config.setPassword(settings.ownerPasswordOrApp());
        }
        return new HikariDataSource(config);
    }

    /** The migrations grant the application role what it needs; they need to know its name. */
    @Bean
    FlywayConfigurationCustomizer applicationRolePlaceholder(DatabaseSettings settings) {
        String appRole = settings.embedded() ? EmbeddedPostgresServer.APP_ROLE : settings.username();
        return configuration -> configuration.placeholders(Map.of("app_role", appRole == null ? "" : appRole));
    }

    @Bean
    PlatformTransactionManager transactionManager(DataSource dataSource) {
        return new TenantTransactionManager(dataSource);
    }

    @Bean
    IsolationCheck isolationCheck(JdbcClient jdbc) {
        return new IsolationCheck(jdbc);
    }

    /**
     * Warns at start when the application's role owns the tables or bypasses row-level security:
     * the service still works, but without its second line of defence between organizations.
     */
    static final class IsolationCheck {
        IsolationCheck(JdbcClient jdbc) {
            Boolean weak = jdbc.sql("""
                            select r.rolbypassrls or r.rolsuper
                                   or exists (select 1 from pg_tables t where t.schemaname = 'public'
                                                 and t.tablename = 'jobs' and t.tableowner = current_user)
                              from pg_roles r where r.rolname = current_user
                            """).query(Boolean.class).optional().orElse(false);
            if (Boolean.TRUE.equals(weak)) {
                log.warn("The database user owns the tables or bypasses row-level security: organizations are"
                        + " kept apart by the application's queries only. Set HIRELOOP_DATABASE_OWNER_USER to the"
                        + " owner and HIRELOOP_DATABASE_USER to a role without BYPASSRLS (docs/operations.md).");
            }
        }
    }
}
