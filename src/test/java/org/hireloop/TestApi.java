package org.hireloop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.hireloop.identity.internal.TokenService;
import org.hireloop.platform.IdGenerator;
import org.hireloop.platform.OrgId;
import org.hireloop.platform.TenantContext;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small HTTP client for integration tests: real requests to the running server, answers with
 * status, headers and the body as text and JSON. It also makes fresh organizations with an owner
 * token, so each test class works in a tenant of its own.
 */
public class TestApi {

    private final HttpClient http = HttpClient.newHttpClient();
    private final Environment environment;
    private final JdbcClient jdbc;
    private final TokenService tokens;
    private final IdGenerator ids;
    private final JsonMapper json = JsonMapper.builder().build();

    private final JdbcClient owner;
    private final TransactionTemplate transactions;

    TestApi(
            Environment environment,
            JdbcClient jdbc,
            DataSource ownerDataSource,
            TokenService tokens,
            IdGenerator ids,
            PlatformTransactionManager transactions) {
        this.environment = environment;
        this.jdbc = jdbc;
        this.owner = JdbcClient.create(ownerDataSource);
        this.tokens = tokens;
        this.ids = ids;
        this.transactions = new TransactionTemplate(transactions);
    }

    @TestConfiguration
    public static class Configuration {
        @Bean
        TestApi testApi(
                Environment environment,
                JdbcClient jdbc,
                @Qualifier("owner") DataSource ownerDataSource,
                TokenService tokens,
                IdGenerator ids,
                PlatformTransactionManager transactions) {
            return new TestApi(environment, jdbc, ownerDataSource, tokens, ids, transactions);
        }
    }

    /**
     * SQL as the owner of the schema, who is not subject to row-level security: for tests that
     * check what is really stored, across organizations.
     */
    public JdbcClient owner() {
        return owner;
    }

    /** A new organization with an owner; answers its slug, id and the owner's token. */
    public Tenant newOrganization(String slugPrefix) {
        return newOrganization(slugPrefix, "owner");
    }

    /** A new organization with one member of this role; answers its slug, id and the member's token. */
    public Tenant newOrganization(String slugPrefix, String role) {
        UUID org = ids.newId();
        UUID user = ids.newId();
        String slug = slugPrefix + "-" + org.toString().substring(24);
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("insert into organizations (id, slug, name, created_at) values (?, ?, ?, ?)")
                .params(org, slug, "Org " + slug, now)
                .update();
        jdbc.sql("insert into users (id, email, name, created_at) values (?, ?, ?, ?)")
                .params(user, slug + "@example.com", "Owner", now)
                .update();
        String secret = TenantContext.callAs(
                new OrgId(org),
                () -> transactions.execute(status -> {
                    jdbc.sql("insert into memberships (org_id, user_id, role, created_at) values (?, ?, ?, ?)")
                            .params(org, user, role, now)
                            .update();
                    return tokens.create(new OrgId(org), user, "test").secret();
                }));
        return new Tenant(new OrgId(org), slug, secret);
    }

    /** Another member of the tenant's organization, with this role and a token of its own. */
    public Tenant addMember(Tenant tenant, String role) {
        return newMember(tenant, role).tenant();
    }

    /** Imports a job description as a draft of the tenant's organization (201) and answers its id. */
    public String importJob(Tenant tenant, byte[] text) {
        Response response =
                post("/api/v1/jobs/import").as(tenant).body("text/plain", text).send();
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    /** Imports a job description and publishes it (200), answering its id. */
    public String publishJob(Tenant tenant, byte[] text) {
        String id = importJob(tenant, text);
        Response published = post("/api/v1/jobs/" + id + "/publish").as(tenant).send();
        assertThat(published.status()).as(published.text()).isEqualTo(200);
        return id;
    }

    /** A member made by {@link #newMember}: their token (as a tenant) and their user id. */
    public record Member(Tenant tenant, UUID userId) {}

    /** Like {@link #addMember}, answering the member's user id too. */
    public Member newMember(Tenant tenant, String role) {
        UUID user = ids.newId();
        jdbc.sql("insert into users (id, email, name, created_at) values (?, ?, ?, ?)")
                .params(user, role + "-" + user + "@example.com", "Member", Timestamp.from(Instant.now()))
                .update();
        String secret = TenantContext.callAs(
                tenant.id(),
                () -> transactions.execute(status -> {
                    jdbc.sql("insert into memberships (org_id, user_id, role, created_at) values (?, ?, ?, ?)")
                            .params(tenant.id().value(), user, role, Timestamp.from(Instant.now()))
                            .update();
                    return tokens.create(tenant.id(), user, role).secret();
                }));
        return new Member(new Tenant(tenant.id(), tenant.slug(), secret), user);
    }

    public record Tenant(OrgId id, String slug, String token) {}

    public Request get(String path) {
        return new Request("GET", path);
    }

    public Request post(String path) {
        return new Request("POST", path);
    }

    public Request patch(String path) {
        return new Request("PATCH", path);
    }

    public Request delete(String path) {
        return new Request("DELETE", path);
    }

    public final class Request {
        private final String method;
        private final String path;
        private final List<String> headers = new ArrayList<>();
        private byte[] body = new byte[0];

        Request(String method, String path) {
            this.method = method;
            this.path = path;
        }

        public Request token(String token) {
            return header("Authorization", "Bearer " + token);
        }

        public Request as(Tenant tenant) {
            return token(tenant.token());
        }

        public Request header(String name, String value) {
            headers.add(name);
            headers.add(value);
            return this;
        }

        public Request json(String body) {
            return body("application/json", body.getBytes(StandardCharsets.UTF_8));
        }

        public Request body(String contentType, byte[] body) {
            this.body = body;
            return header("Content-Type", contentType);
        }

        public Response send() {
            HttpRequest.Builder builder = HttpRequest.newBuilder(
                    URI.create("http://localhost:" + environment.getProperty("local.server.port") + path));
            for (int i = 0; i < headers.size(); i += 2) {
                builder.header(headers.get(i), headers.get(i + 1));
            }
            builder.method(
                    method,
                    body.length == 0 && !method.equals("POST") && !method.equals("PATCH")
                            ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            try {
                HttpResponse<byte[]> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
                return new Response(response, json);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    public static final class Response {
        private final HttpResponse<byte[]> response;
        private final JsonMapper json;

        Response(HttpResponse<byte[]> response, JsonMapper json) {
            this.response = response;
            this.json = json;
        }

        public int status() {
            return response.statusCode();
        }

        public Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }

        public String text() {
            return new String(response.body(), StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            return json.readTree(response.body());
        }

        @Override
        public String toString() {
            return response.statusCode() + " " + text();
        }
    }
}
