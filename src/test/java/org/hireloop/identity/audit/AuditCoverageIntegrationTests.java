package org.hireloop.identity.audit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.assertj.core.api.SoftAssertions;
import org.hireloop.IntegrationTest;
import org.hireloop.SharedFixtures;
import org.hireloop.TestApi;
import org.hireloop.TestApi.Tenant;
import org.hireloop.identity.signin.SessionCookie;
import org.hireloop.identity.signin.Sessions;
import org.hireloop.identity.signin.Totp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/**
 * Every write operation of the API (read from the live OpenAPI document, so new ones are not
 * forgotten) leaves exactly one audit entry when it succeeds, named by its action, and none when
 * it is refused.
 */
@IntegrationTest
class AuditCoverageIntegrationTests {

    /** A successful call of one write operation, made on fresh objects of the organization. */
    record Sample(Function<Tenant, TestApi.Request> succeeding, Function<Tenant, TestApi.Request> refused) {}

    @Autowired
    TestApi api;

    @Autowired
    Sessions sessions;

    @Autowired
    PasswordEncoder passwords;

    static final String PASSWORD = "violet kettle drums at dawn";

    byte[] fixture() throws Exception {
        return Files.readAllBytes(SharedFixtures.MEMBER_OF_TECHNICAL_STAFF);
    }

    private String draft(Tenant tenant) {
        try {
            return api.post("/api/v1/jobs/import")
                    .as(tenant)
                    .body("text/plain", fixture())
                    .send()
                    .json()
                    .get("id")
                    .asString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String published(Tenant tenant) {
        String id = draft(tenant);
        api.post("/api/v1/jobs/" + id + "/publish").as(tenant).send();
        return id;
    }

    /** The owner of the tenant, signed in: a session cookie and a CSRF token it echoes. */
    private TestApi.Request withSession(Tenant tenant, TestApi.Request request) {
        java.util.UUID owner = api.owner()
                .sql("update users set password_hash = ? where email = ? returning id")
                .params(passwords.encode(PASSWORD), tenant.slug() + "@example.com")
                .query(java.util.UUID.class)
                .single();
        String secret = sessions.start(tenant.id(), owner).secret();
        return request.header("Cookie", SessionCookie.NAME + "=" + secret + "; XSRF-TOKEN=audit")
                .header("X-XSRF-TOKEN", "audit");
    }

    /** The current TOTP code of the tenant's owner, this many steps ahead, after enrolling. */
    private String totp(Tenant tenant, int steps) {
        byte[] secret = api.owner()
                .sql("select t.secret from user_totp t join users u on u.id = t.user_id where u.email = ?")
                .param(tenant.slug() + "@example.com")
                .query(byte[].class)
                .single();
        return Totp.code(secret, Totp.step(java.time.Instant.now()) + steps, "HmacSHA1", Totp.DIGITS);
    }

    private void enrol(Tenant tenant, boolean confirm) {
        withSession(tenant, api.post("/api/v1/mfa/totp")).send();
        if (confirm) {
            withSession(tenant, api.post("/api/v1/mfa/totp/confirm"))
                    .json("{\"code\":\"" + totp(tenant, 0) + "\"}")
                    .send();
        }
    }

    /** The body assigning a new member of this role to a job. */
    private String userId(Tenant tenant, String role) {
        return "{\"user_id\":\"" + api.newMember(tenant, role).userId() + "\"}";
    }

    private String token(Tenant tenant) {
        return api.post("/api/v1/tokens")
                .as(tenant)
                .json("{\"name\":\"x\"}")
                .send()
                .json()
                .get("id")
                .asString();
    }

    /** A created object's id and ETag. */
    record Created(String id, String etag) {}

    private Created created(TestApi.Response response) {
        return new Created(
                response.json().get("id").asString(), response.header("ETag").orElseThrow());
    }

    private Created member(Tenant tenant) {
        return created(api.post("/api/v1/members")
                .as(tenant)
                .json("{\"email\":\"m-" + java.util.UUID.randomUUID()
                        + "@example.com\",\"name\":\"Member\",\"role\":\"recruiter\"}")
                .send());
    }

    private Created invitation(Tenant tenant) {
        return created(api.post("/api/v1/invitations")
                .as(tenant)
                .json("{\"email\":\"i-" + java.util.UUID.randomUUID() + "@example.com\",\"role\":\"recruiter\"}")
                .send());
    }

    private String skillAlias(Tenant tenant) {
        return api.post("/api/v1/skills/aliases")
                .as(tenant)
                .json("{\"alias\":\"audit " + java.util.UUID.randomUUID() + "\",\"skill\":\"Docker\"}")
                .send()
                .json()
                .get("id")
                .asString();
    }

    private String organizationEtag(Tenant tenant) {
        return api.get("/api/v1/organization").as(tenant).send().header("ETag").orElseThrow();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private Map<String, Sample> samples() throws Exception {
        byte[] text = fixture();
        String json = "{\"title\":\"Platform Engineer\",\"tags\":[\"DevOps\"]}";
        return Map.ofEntries(
                Map.entry(
                        "POST /api/v1/jobs",
                        new Sample(
                                t -> api.post("/api/v1/jobs").as(t).json(json),
                                t -> api.post("/api/v1/jobs").as(t).json("{\"title\":\"\"}"))),
                Map.entry(
                        "POST /api/v1/jobs/import",
                        new Sample(
                                t -> api.post("/api/v1/jobs/import").as(t).body("text/plain", text),
                                t -> api.post("/api/v1/jobs/import")
                                        .as(t)
                                        .body("text/plain", "no title".getBytes(StandardCharsets.UTF_8)))),
                Map.entry(
                        "PATCH /api/v1/jobs/{id}",
                        new Sample(
                                t -> api.patch("/api/v1/jobs/" + draft(t))
                                        .as(t)
                                        .header("If-Match", "\"1\"")
                                        .body(
                                                "application/merge-patch+json",
                                                "{\"department\":\"Platform\"}".getBytes(StandardCharsets.UTF_8)),
                                t -> api.patch("/api/v1/jobs/" + draft(t))
                                        .as(t)
                                        .header("If-Match", "\"9\"")
                                        .body(
                                                "application/merge-patch+json",
                                                "{\"department\":\"Platform\"}".getBytes(StandardCharsets.UTF_8)))),
                Map.entry(
                        "DELETE /api/v1/jobs/{id}",
                        new Sample(
                                t -> api.delete("/api/v1/jobs/" + draft(t))
                                        .as(t)
                                        .header("If-Match", "\"1\""),
                                t -> api.delete("/api/v1/jobs/" + published(t))
                                        .as(t)
                                        .header("If-Match", "\"2\""))),
                Map.entry(
                        "POST /api/v1/jobs/{id}/publish",
                        new Sample(
                                t -> api.post("/api/v1/jobs/" + draft(t) + "/publish")
                                        .as(t),
                                t -> api.post("/api/v1/jobs/" + published(t) + "/publish")
                                        .as(t))),
                Map.entry(
                        "POST /api/v1/jobs/{id}/close",
                        new Sample(
                                t -> api.post("/api/v1/jobs/" + published(t) + "/close")
                                        .as(t),
                                t -> api.post("/api/v1/jobs/" + draft(t) + "/close")
                                        .as(t))),
                Map.entry(
                        "POST /api/v1/jobs/{id}/archive",
                        new Sample(
                                t -> api.post("/api/v1/jobs/" + draft(t) + "/archive")
                                        .as(t),
                                t -> api.post("/api/v1/jobs/" + draft(t) + "/archive")
                                        .as(t)
                                        .header("If-Match", "\"5\""))),
                Map.entry(
                        "POST /api/v1/jobs/{id}/members",
                        new Sample(
                                t -> api.post("/api/v1/jobs/" + draft(t) + "/members")
                                        .as(t)
                                        .json(userId(t, "hiring_manager")),
                                t -> api.post("/api/v1/jobs/" + draft(t) + "/members")
                                        .as(t)
                                        .json(userId(t, "interviewer")))),
                Map.entry(
                        "DELETE /api/v1/jobs/{id}/members/{user_id}",
                        new Sample(
                                t -> {
                                    String job = draft(t);
                                    String user = api.newMember(t, "hiring_manager")
                                            .userId()
                                            .toString();
                                    api.post("/api/v1/jobs/" + job + "/members")
                                            .as(t)
                                            .json("{\"user_id\":\"" + user + "\"}")
                                            .send();
                                    return api.delete("/api/v1/jobs/" + job + "/members/" + user)
                                            .as(t);
                                },
                                t -> api.delete("/api/v1/jobs/" + draft(t) + "/members/"
                                                + api.newMember(t, "hiring_manager")
                                                        .userId())
                                        .as(t))),
                Map.entry(
                        "POST /api/v1/skills/aliases",
                        new Sample(
                                t -> api.post("/api/v1/skills/aliases")
                                        .as(t)
                                        .json("{\"alias\":\"audit " + java.util.UUID.randomUUID()
                                                + "\",\"skill\":\"Docker\"}"),
                                t -> api.post("/api/v1/skills/aliases")
                                        .as(t)
                                        .json("{\"alias\":\"\",\"skill\":\"Docker\"}"))),
                Map.entry(
                        "DELETE /api/v1/skills/aliases/{id}",
                        new Sample(
                                t -> api.delete("/api/v1/skills/aliases/" + skillAlias(t))
                                        .as(t),
                                t -> api.delete("/api/v1/skills/aliases/" + java.util.UUID.randomUUID())
                                        .as(t))),
                Map.entry(
                        "DELETE /api/v1/session",
                        new Sample(
                                t -> withSession(t, api.delete("/api/v1/session")),
                                t -> api.delete("/api/v1/session").as(t))),
                Map.entry(
                        "POST /api/v1/password",
                        new Sample(
                                t -> withSession(t, api.post("/api/v1/password"))
                                        .json("{\"current_password\":\"" + PASSWORD
                                                + "\",\"new_password\":\"seven quiet owls on a fence\"}"),
                                t -> withSession(t, api.post("/api/v1/password"))
                                        .json("{\"current_password\":\"a wrong guess\","
                                                + "\"new_password\":\"seven quiet owls on a fence\"}"))),
                Map.entry(
                        "POST /api/v1/mfa/totp",
                        new Sample(
                                t -> withSession(t, api.post("/api/v1/mfa/totp")),
                                t -> api.post("/api/v1/mfa/totp").as(t))),
                Map.entry(
                        "POST /api/v1/mfa/totp/confirm",
                        new Sample(
                                t -> {
                                    enrol(t, false);
                                    return withSession(t, api.post("/api/v1/mfa/totp/confirm"))
                                            .json("{\"code\":\"" + totp(t, 0) + "\"}");
                                },
                                t -> withSession(t, api.post("/api/v1/mfa/totp/confirm"))
                                        .json("{\"code\":\"000000\"}"))),
                Map.entry(
                        "DELETE /api/v1/mfa/totp",
                        new Sample(
                                t -> {
                                    enrol(t, true);
                                    return withSession(t, api.delete("/api/v1/mfa/totp"))
                                            .json("{\"code\":\"" + totp(t, 1) + "\"}");
                                },
                                t -> withSession(t, api.delete("/api/v1/mfa/totp"))
                                        .json("{\"code\":\"000000\"}"))),
                Map.entry(
                        "POST /api/v1/tokens",
                        new Sample(
                                t -> api.post("/api/v1/tokens").as(t).json("{\"name\":\"ci\"}"),
                                t -> api.post("/api/v1/tokens").as(t).json("{\"name\":\"\"}"))),
                Map.entry(
                        "DELETE /api/v1/tokens/{id}",
                        new Sample(
                                t -> api.delete("/api/v1/tokens/" + token(t))
                                        .as(t)
                                        .header("If-Match", "\"1\""),
                                t -> api.delete("/api/v1/tokens/" + token(t))
                                        .as(t)
                                        .header("If-Match", "\"7\""))),
                Map.entry(
                        "POST /api/v1/members",
                        new Sample(
                                t -> api.post("/api/v1/members")
                                        .as(t)
                                        .json("{\"email\":\"new-" + java.util.UUID.randomUUID()
                                                + "@example.com\",\"name\":\"New\",\"role\":\"interviewer\"}"),
                                t -> api.post("/api/v1/members")
                                        .as(t)
                                        .json("{\"email\":\"not an email\",\"role\":\"interviewer\"}"))),
                Map.entry(
                        "PATCH /api/v1/members/{id}",
                        new Sample(
                                t -> {
                                    Created m = member(t);
                                    return api.patch("/api/v1/members/" + m.id())
                                            .as(t)
                                            .header("If-Match", m.etag())
                                            .body("application/merge-patch+json", utf8("{\"role\":\"interviewer\"}"));
                                },
                                t -> api.patch("/api/v1/members/" + member(t).id())
                                        .as(t)
                                        .header("If-Match", "\"99\"")
                                        .body("application/merge-patch+json", utf8("{\"role\":\"interviewer\"}")))),
                Map.entry(
                        "DELETE /api/v1/members/{id}",
                        new Sample(
                                t -> {
                                    Created m = member(t);
                                    return api.delete("/api/v1/members/" + m.id())
                                            .as(t)
                                            .header("If-Match", m.etag());
                                },
                                t -> api.delete("/api/v1/members/" + member(t).id())
                                        .as(t)
                                        .header("If-Match", "\"99\""))),
                Map.entry(
                        "POST /api/v1/members/{id}/tokens",
                        new Sample(
                                t -> api.post("/api/v1/members/" + member(t).id() + "/tokens")
                                        .as(t)
                                        .json("{\"name\":\"ci\"}"),
                                t -> api.post("/api/v1/members/" + member(t).id() + "/tokens")
                                        .as(t)
                                        .json("{\"name\":\"ci\",\"scopes\":[\"everything\"]}"))),
                Map.entry(
                        "POST /api/v1/invitations",
                        new Sample(
                                t -> api.post("/api/v1/invitations")
                                        .as(t)
                                        .json("{\"email\":\"x-" + java.util.UUID.randomUUID()
                                                + "@example.com\",\"role\":\"recruiter\"}"),
                                t -> api.post("/api/v1/invitations")
                                        .as(t)
                                        .json("{\"email\":\"x@example.com\",\"role\":\"emperor\"}"))),
                Map.entry(
                        "POST /api/v1/invitations/{id}/resend",
                        new Sample(
                                t -> api.post("/api/v1/invitations/"
                                                + invitation(t).id() + "/resend")
                                        .as(t),
                                t -> api.post("/api/v1/invitations/"
                                                + invitation(t).id() + "/resend")
                                        .as(t)
                                        .header("Idempotency-Key", ""))),
                Map.entry(
                        "DELETE /api/v1/invitations/{id}",
                        new Sample(
                                t -> {
                                    Created i = invitation(t);
                                    return api.delete("/api/v1/invitations/" + i.id())
                                            .as(t)
                                            .header("If-Match", i.etag());
                                },
                                t -> api.delete("/api/v1/invitations/"
                                                + invitation(t).id())
                                        .as(t)
                                        .header("If-Match", "\"99\""))),
                Map.entry(
                        "PATCH /api/v1/organization",
                        new Sample(
                                t -> api.patch("/api/v1/organization")
                                        .as(t)
                                        .header("If-Match", organizationEtag(t))
                                        .body(
                                                "application/merge-patch+json",
                                                utf8("{\"time_zone\":\"Europe/Berlin\"}")),
                                t -> api.patch("/api/v1/organization")
                                        .as(t)
                                        .header("If-Match", organizationEtag(t))
                                        .body(
                                                "application/merge-patch+json",
                                                utf8("{\"time_zone\":\"Mars/Olympus\"}")))),
                Map.entry(
                        "POST /api/v1/organization/tokens",
                        new Sample(
                                t -> api.post("/api/v1/organization/tokens")
                                        .as(t)
                                        .json("{\"name\":\"ci\",\"role\":\"recruiter\",\"scopes\":[\"read\"]}"),
                                t -> api.post("/api/v1/organization/tokens")
                                        .as(t)
                                        .json("{\"name\":\"ci\",\"role\":\"recruiter\"}"))),
                Map.entry(
                        "POST /api/v1/audit/verify",
                        new Sample(
                                t -> api.post("/api/v1/audit/verify").as(t),
                                t -> api.post("/api/v1/audit/verify").as(t).header("Idempotency-Key", ""))));
    }

    private List<String> writeOperations() {
        JsonNode paths = api.get("/v3/api-docs").send().json().get("paths");
        List<String> writes = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            if (path.getKey().startsWith("/api/v1/public/") || path.getKey().startsWith("/api/v1/operator/")) {
                continue; // anonymous and operator writes are audited by their own tests
            }
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                String method = operation.getKey().toUpperCase(Locale.ROOT);
                if (List.of("POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    writes.add(method + " " + path.getKey() + " "
                            + operation.getValue().get("x-action").asString());
                }
            }
        }
        return writes;
    }

    @Test
    void everyWriteLeavesExactlyOneEntryWhenItSucceedsAndNoneWhenRefused() throws Exception {
        Map<String, Sample> samples = samples();
        SoftAssertions softly = new SoftAssertions();
        for (String write : writeOperations()) {
            String key = write.substring(0, write.lastIndexOf(' '));
            String action = write.substring(write.lastIndexOf(' ') + 1);
            Sample sample = samples.get(key);
            softly.assertThat(sample)
                    .as("a sample request for " + key + " in this test")
                    .isNotNull();
            if (sample == null) {
                continue;
            }
            Tenant tenant = api.newOrganization("audit-cover");
            TestApi.Request succeeding = sample.succeeding().apply(tenant);
            long before = entries(tenant);
            var ok = succeeding.send();
            softly.assertThat(ok.status()).as(key + ": " + ok).isBetween(200, 299);
            softly.assertThat(entries(tenant) - before).as(key + " entries").isEqualTo(1);
            softly.assertThat(lastAction(tenant)).as(key + " action").isEqualTo(action);

            TestApi.Request refusing = sample.refused().apply(tenant);
            long beforeRefusal = entries(tenant);
            var refused = refusing.send();
            softly.assertThat(refused.status()).as(key + " refused: " + refused).isBetween(400, 499);
            softly.assertThat(entries(tenant) - beforeRefusal)
                    .as(key + " entries when refused")
                    .isZero();
        }
        softly.assertAll();
    }

    private long entries(Tenant tenant) {
        return api.owner()
                .sql("select count(*) from audit_log where org_id = ?")
                .param(tenant.id().value())
                .query(Long.class)
                .single();
    }

    private String lastAction(Tenant tenant) {
        return api.owner()
                .sql("select action from audit_log where org_id = ? order by seq desc limit 1")
                .param(tenant.id().value())
                .query(String.class)
                .single();
    }
}
