package org.hireloop.platform.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One pooled DataSource, to the external PostgreSQL when {@code HIRELOOP_DATABASE_URL} is set and
 * to the embedded one otherwise. The embedded server's own DataSource is not pooled, so it is
 * always wrapped in HikariCP.
 */
@Configuration(proxyBeanMethods = false)
class DataSourceConfiguration {

    @Bean
    HikariDataSource dataSource(DatabaseSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("hireloop");
        config.setMaximumPoolSize(settings.maximumPoolSize());
        if (settings.embedded()) {
            String dataDir = settings.embeddedDataDir() == null ? "./data/postgres" : settings.embeddedDataDir();
            config.setJdbcUrl(EmbeddedPostgresServer.jdbcUrl(Path.of(dataDir), settings.embeddedClean()));
            config.setUsername("postgres");
        } else {
            config.setJdbcUrl(settings.url());
            config.setUsername(settings.username());
            config.setPassword(settings.password());
        }
        return new HikariDataSource(config);
    }
}
