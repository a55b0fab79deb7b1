package org.hireloop.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.hireloop.Hireloop;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Hireloop on an external PostgreSQL (the server of the CI machine, on 127.0.0.1:5432), as an
 * operator runs it with HIRELOOP_DATABASE_URL: migrations apply and the bootstrap runs. Each run
 * uses a database of its own and drops it afterwards.
 */
@Tag("external")
class ExternalPostgresIntegrationTests {

    static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    static final String DATABASE = "hireloop_ci_" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    static void createDatabase() throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", "postgres", "")) {
            connection.createStatement().execute("create database " + DATABASE);
            connection.createStatement().execute("""
                    do $$ begin
                      if not exists (select 1 from pg_roles where rolname = 'hireloop_ci_app') then
                        create role hireloop_ci_app login password 'hireloop_ci_app';
                      end if;
                    end $$""");
        }
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", "postgres", "")) {
            connection.createStatement().execute("drop database if exists " + DATABASE + " with (force)");
        }
    }

    @Test
    void startsOnAnExternalPostgresAndBootstrapsOnce() {
        for (int start = 0; start < 2; start++) {
            try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Hireloop.class)
                    .run(
                            "--hireloop.database.url=" + SERVER + DATABASE,
                            "--hireloop.database.owner-username=postgres",
                            "--hireloop.database.owner-password=",
                            "--hireloop.database.username=hireloop_ci_app",
                            "--hireloop.database.password=hireloop_ci_app",
                            "--server.port=0")) {
                JdbcClient owner = JdbcClient.create(context.getBean("ownerDataSource", javax.sql.DataSource.class));
                assertThat(owner.sql("select slug from organizations")
                                .query(String.class)
                                .list())
                        .containsExactly("demo");
                assertThat(owner.sql("select count(*) from api_tokens")
                                .query(Integer.class)
                                .single())
                        .isEqualTo(1);
                // the application's own connection is subject to row-level security
                JdbcClient app = context.getBean(JdbcClient.class);
                assertThat(app.sql("select count(*) from api_tokens")
                                .query(Integer.class)
                                .single())
                        .isZero();
            }
        }
    }
}
