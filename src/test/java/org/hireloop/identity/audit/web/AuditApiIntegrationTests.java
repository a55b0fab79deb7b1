package org.hireloop.identity.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hireloop.IntegrationTest;
import org.hireloop.TestApi;
import org.hireloop.TestApi.Tenant;
import org.hireloop.identity.Role;
import org.hireloop.identity.audit.AuditTestSupport;
import org.hireloop.platform.AuditEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/** The audit log over HTTP: lists, filters, pages, CSV export, verification, and who may see what. */
@IntegrationTest
@Import(AuditTestSupport.Configuration.class)
class AuditApiIntegrationTests {

    @Autowired
    TestApi api;

    @Autowired
    AuditTestSupport audit;

    Tenant tenant;

    @BeforeEach
    void newTenant() {
        tenant = api.newOrganization("audit-api");
    }

    @Test
    void listsNewestFirstInPagesUntilTheLastOne() {
        audit.record(tenant.id(), "jobs.update", 7);

        List<Long> seqs = new ArrayList<>();
        String cursor = "";
        int pages = 0;
        do {
            JsonNode page = ok(
                    api.get("/api/v1/audit?limit=3&cursor=" + cursor).as(tenant).send());
            page.get("data").forEach(entry -> seqs.add(entry.get("seq").asLong()));
            cursor = page.get("next_cursor").isNull()
                    ? null
                    : page.get("next_cursor").asString();
            pages++;
        } while (cursor != null);

        assertThat(pages).isEqualTo(3);
        assertThat(seqs).containsExactly(7L, 6L, 5L, 4L, 3L, 2L, 1L);
    }

    @Test
    void showsEveryPartOfAnEntryInSnakeCase() {
        audit.record(AuditTestSupport.event(tenant.id(), "jobs.publish"));

        JsonNode entry =
                ok(api.get("/api/v1/audit").as(tenant).send()).get("data").get(0);
        assertThat(entry.get("action").asString()).isEqualTo("jobs.publish");
        assertThat(entry.get("actor_type").asString()).isEqualTo("token");
        assertThat(entry.get("target_type").asString()).isEqualTo("job");
        assertThat(entry.get("user_agent").asString()).isEqualTo("curl/8.5.0");
        assertThat(entry.get("changed_fields").toString()).isEqualTo("[\"status\",\"published_at\"]");
        assertThat(entry.get("prev_hash").asString()).isEqualTo("0".repeat(64));
        assertThat(entry.get("hash").asString()).matches("[0-9a-f]{64}");
        assertThat(Instant.parse(entry.get("at").asString())).isBeforeOrEqualTo(Instant.now());

        var one = api.get("/api/v1/audit/" + entry.get("id").asString())
                .as(tenant)
                .send();
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.header("ETag")).hasValue("\"" + entry.get("hash").asString() + "\"");
    }

    @Test
    void filtersByActionActorTargetAndTime() {
        Instant before = Instant.parse("2026-01-01T00:00:00Z");
        Instant after = Instant.parse("2026-06-01T00:00:00Z");
        audit.record(
                event("jobs.publish", "user", "u-1", "job", "j-1", before),
                event("jobs.close", "user", "u-1", "job", "j-2", after),
                event("tokens.create", "token", "t-9", "token", "t-10", after));

        assertThat(seqs("action=jobs.close")).containsExactly(2L);
        assertThat(seqs("actor_type=user&actor_id=u-1")).containsExactly(2L, 1L);
        assertThat(seqs("actor_id=t-9")).containsExactly(3L);
        assertThat(seqs("target_type=job&target_id=j-1")).containsExactly(1L);
        assertThat(seqs("from=2026-03-01T00:00:00Z")).containsExactly(3L, 2L);
        assertThat(seqs("to=2026-03-01T00:00:00%2B01:00")).containsExactly(1L);
        assertThat(seqs("from=2026-06-01T00:00:00Z&to=2026-06-01T00:00:00.000001Z&action=tokens.create"))
                .containsExactly(3L);
        assertThat(seqs("action=nothing.like.this")).isEmpty();
    }

    @Test
    void refusesATimeThatIsNotRfc3339NamingTheParameter() {
        var response = api.get("/api/v1/audit?from=yesterday").as(tenant).send();
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("from");

        var inverted = api.get("/api/v1/audit?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z")
                .as(tenant)
                .send();
        assertThat(inverted.status()).isEqualTo(400);
    }

    @Test
    void exportsCsvWithAHeaderQuotingAndNoFormulas() {
        audit.record(event("jobs.publish", "user", "u-1", "job", "j-1", Instant.parse("2026-02-03T04:05:06.7Z")));
        audit.record(new AuditEvent(
                tenant.id(),
                "token",
                "@t-1",
                "jobs.update",
                "job",
                "-42",
                "203.0.113.7",
                "=HYPERLINK(\"http://evil.example\"), \"click\"",
                Instant.parse("2026-02-03T05:00:00Z"),
                List.of("title", "salary")));

        var response =
                api.get("/api/v1/audit/export.csv?actor_type=token").as(tenant).send();
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(response.header("Content-Disposition")).hasValue("attachment; filename=\"audit.csv\"");

        String[] lines = response.text().split("\r\n", -1);
        assertThat(lines).hasSize(3);
        assertThat(lines[0])
                .isEqualTo("id,seq,at,actor_type,actor_id,action,target_type,target_id,address,user_agent,"
                        + "changed_fields,prev_hash,hash");
        assertThat(lines[1])
                .contains(",2,2026-02-03T05:00:00Z,token,'@t-1,jobs.update,job,'-42,203.0.113.7,"
                        + "\"'=HYPERLINK(\"\"http://evil.example\"\"), \"\"click\"\"\",title;salary,")
                .matches(".*,[0-9a-f]{64},[0-9a-f]{64}");
        assertThat(lines[2]).isEmpty();

        String all = api.get("/api/v1/audit/export.csv").as(tenant).send().text();
        assertThat(all.split("\r\n")).hasSize(3);
        assertThat(all).contains(",1,2026-02-03T04:05:06.700Z,user,u-1,jobs.publish,job,j-1,");
    }

    @Test
    void exportsLogsLongerThanOneBatch() {
        audit.record(tenant.id(), "jobs.update", 520);

        String csv = api.get("/api/v1/audit/export.csv").as(tenant).send().text();
        assertThat(csv.split("\r\n")).hasSize(521);
    }

    @Test
    void verifiesTheChainForOwners() {
        audit.record(tenant.id(), "jobs.update", 3);

        var response = api.post("/api/v1/audit/verify").as(tenant).send();
        assertThat(response.status()).isEqualTo(200);
        JsonNode result = response.json();
        assertThat(result.get("valid").asBoolean()).isTrue();
        assertThat(result.get("entries_checked").asLong()).isEqualTo(3);
        assertThat(result.get("first_broken_seq").isNull()).isTrue();
        assertThat(result.get("first_broken_id").isNull()).isTrue();
        assertThat(result.get("last_seq").asLong()).isEqualTo(3);
    }

    @Test
    void reportsTheFirstBrokenEntryAfterTampering() {
        audit.record(tenant.id(), "jobs.update", 4);
        audit.asOwnerWithoutTrigger(
                "update audit_log set target_id = 'someone-else' where org_id = ? and seq = 2",
                tenant.id().value());
        try {
            JsonNode result = api.post("/api/v1/audit/verify").as(tenant).send().json();
            assertThat(result.get("valid").asBoolean()).isFalse();
            assertThat(result.get("first_broken_seq").asLong()).isEqualTo(2);
            assertThat(result.get("entries_checked").asLong()).isEqualTo(2);
        } finally {
            audit.asOwnerWithoutTrigger(
                    "update audit_log set target_id = 'target-2' where org_id = ? and seq = 2",
                    tenant.id().value());
        }
        assertThat(api.post("/api/v1/audit/verify")
                        .as(tenant)
                        .send()
                        .json()
                        .get("valid")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void adminsReadButDoNotVerify() {
        audit.record(tenant.id(), "jobs.update", 1);
        String admin = audit.tokenWithRole(tenant.id(), Role.ADMIN);

        assertThat(api.get("/api/v1/audit").token(admin).send().status()).isEqualTo(200);
        assertThat(api.get("/api/v1/audit/export.csv").token(admin).send().status())
                .isEqualTo(200);
        var verify = api.post("/api/v1/audit/verify").token(admin).send();
        assertThat(verify.status()).isEqualTo(403);
        assertThat(verify.header("Content-Type").orElseThrow()).startsWith("application/problem+json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"RECRUITER", "HIRING_MANAGER", "INTERVIEWER"})
    void otherRolesGet403Everywhere(Role role) {
        audit.record(tenant.id(), "jobs.update", 1);
        String token = audit.tokenWithRole(tenant.id(), role);
        String id = ok(api.get("/api/v1/audit").as(tenant).send())
                .get("data")
                .get(0)
                .get("id")
                .asString();

        assertThat(api.get("/api/v1/audit").token(token).send().status()).isEqualTo(403);
        assertThat(api.get("/api/v1/audit/" + id).token(token).send().status()).isEqualTo(403);
        var export = api.get("/api/v1/audit/export.csv").token(token).send();
        assertThat(export.status()).isEqualTo(403);
        assertThat(export.text()).doesNotContain("jobs.update");
        assertThat(api.post("/api/v1/audit/verify").token(token).send().status())
                .isEqualTo(403);
    }

    @Test
    void anotherOrganizationSeesNoneOfThisLog() {
        audit.record(tenant.id(), "jobs.update", 2);
        Tenant other = api.newOrganization("audit-api-other");
        String id = ok(api.get("/api/v1/audit").as(tenant).send())
                .get("data")
                .get(0)
                .get("id")
                .asString();

        assertThat(api.get("/api/v1/audit/" + id).as(other).send().status()).isEqualTo(404);
        assertThat(ok(api.get("/api/v1/audit").as(other).send()).get("data").size())
                .isZero();
        assertThat(api.get("/api/v1/audit/export.csv").as(other).send().text().split("\r\n"))
                .hasSize(1);
        assertThat(api.post("/api/v1/audit/verify")
                        .as(other)
                        .send()
                        .json()
                        .get("entries_checked")
                        .asLong())
                .isZero();
    }

    @Test
    void anonymousCallersGet401() {
        assertThat(api.get("/api/v1/audit").send().status()).isEqualTo(401);
        assertThat(api.get("/api/v1/audit/export.csv").send().status()).isEqualTo(401);
        assertThat(api.post("/api/v1/audit/verify").send().status()).isEqualTo(401);
    }

    @Test
    void theOpenApiDocumentDescribesTheEndpoints() {
        JsonNode paths = api.get("/v3/api-docs").send().json().get("paths");
        assertThat(paths.has("/api/v1/audit")).isTrue();
        assertThat(paths.get("/api/v1/audit/export.csv")
                        .get("get")
                        .get("responses")
                        .get("200")
                        .get("content")
                        .has("text/csv"))
                .isTrue();
        assertThat(paths.get("/api/v1/audit/verify").has("post")).isTrue();
    }

    private List<Long> seqs(String query) {
        JsonNode page = ok(api.get("/api/v1/audit?" + query).as(tenant).send());
        List<Long> seqs = new ArrayList<>();
        page.get("data").forEach(entry -> seqs.add(entry.get("seq").asLong()));
        return seqs;
    }

    private AuditEvent event(
            String action, String actorType, String actorId, String targetType, String targetId, Instant at) {
        return new AuditEvent(tenant.id(), actorType, actorId, action, targetType, targetId, null, null, at, List.of());
    }

    private static JsonNode ok(TestApi.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }
}
