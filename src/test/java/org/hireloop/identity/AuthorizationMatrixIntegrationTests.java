package org.hireloop.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.hireloop.IntegrationTest;
import org.hireloop.SharedFixtures;
import org.hireloop.TestApi;
import org.hireloop.TestApi.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Walks every operation of the live OpenAPI document, so a new endpoint is covered without anyone
 * remembering: anonymous callers get 401 outside the public API, another organization's token
 * gets 404 for this organization's objects, and each role gets exactly what the permission table
 * allows. An operation without an action in the table fails here.
 */
@IntegrationTest
class AuthorizationMatrixIntegrationTests {

    record Operation(String method, String path, String action, String contentType) {}

    @Autowired
    TestApi api;

    List<Operation> operations;
    byte[] fixture;

    @BeforeEach
    void readTheApi() throws Exception {
        fixture = Files.readAllBytes(SharedFixtures.MEMBER_OF_TECHNICAL_STAFF);
        JsonNode paths = api.get("/v3/api-docs").send().json().get("paths");
        operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                JsonNode body = operation.getValue().path("requestBody").path("content");
                String contentType = body.isObject() && !body.isEmpty()
                        ? body.propertyNames().iterator().next()
                        : "";
                JsonNode action = operation.getValue().get("x-action");
                operations.add(new Operation(
                        operation.getKey().toUpperCase(Locale.ROOT),
                        path.getKey(),
                        action == null ? "" : action.asString(),
                        contentType));
            }
        }
        assertThat(operations).hasSizeGreaterThan(10);
        // the operator API is not an organization's: its own token opens it (people tests cover it)
        operations.removeIf(op -> op.path().startsWith(OPERATOR_API));
    }

    static final String OPERATOR_API = "/api/v1/operator/";

    @Test
    void everyOperationOutsideThePublicApiNamesAnActionOfThePermissionTable() {
        assertThat(operations)
                .filteredOn(op -> !op.path().startsWith("/api/v1/public/"))
                .allSatisfy(op -> assertThat(Permissions.isKnown(op.action()))
                        .as("%s %s has action '%s'", op.method(), op.path(), op.action())
                        .isTrue());
    }

    @Test
    void anonymousCallersReachOnlyThePublicApi() {
        Tenant owner = api.newOrganization("matrix-anon");
        SoftAssertions softly = new SoftAssertions();
        for (Operation op : operations) {
            int status = send(op, null, objectsOf(owner)).status();
            if (op.path().startsWith("/api/v1/public/")) {
                softly.assertThat(status).as("%s %s", op.method(), op.path()).isNotIn(401, 403);
            } else {
                softly.assertThat(status).as("%s %s", op.method(), op.path()).isEqualTo(401);
            }
        }
        softly.assertAll();
    }

    @Test
    void anotherOrganizationGets404ForEveryObjectOfThisOne() {
        Tenant owner = api.newOrganization("matrix-victim");
        Tenant intruder = api.newOrganization("matrix-intruder");
        SoftAssertions softly = new SoftAssertions();
        for (Operation op : operations) {
            if (!op.path().contains("{id}") || op.path().startsWith("/api/v1/public/")) {
                continue;
            }
            Objects objects = objectsOf(owner);
            var response = send(op, intruder.token(), objects);
            softly.assertThat(response.status())
                    .as("%s %s: %s", op.method(), op.path(), response)
                    .isEqualTo(404);
        }
        softly.assertAll();
    }

    @Test
    void eachRoleGetsExactlyWhatThePermissionTableAllows() {
        SoftAssertions softly = new SoftAssertions();
        for (Role role : Role.values()) {
            Tenant owner = api.newOrganization("matrix-" + role.dbValue().replace('_', '-'));
            TestApi.Member member = api.newMember(owner, role.dbValue());
            for (Operation op : operations) {
                if (op.path().startsWith("/api/v1/public/")) {
                    continue;
                }
                // reads of jobs are row-scoped for hiring managers (only their assigned jobs exist for
                // them, JobMembersIntegrationTests checks the 404s): the caller is assigned to the job
                // in the path, so what remains to see here is the permission table alone
                var response = send(op, member.tenant().token(), objectsOf(owner, member.userId()));
                String what = role.dbValue() + " " + op.method() + " " + op.path() + ": " + response;
                if (Permissions.allows(role, op.action())) {
                    softly.assertThat(response.status()).as(what).isNotIn(401, 403, 404);
                } else {
                    softly.assertThat(response.status()).as(what).isEqualTo(403);
                }
            }
        }
        softly.assertAll();
    }

    /**
     * Real objects of an organization to put in paths: a draft job, an API token, an audit entry, a
     * member, an invitation, a hiring manager assigned to the job and a skill alias.
     */
    record Objects(
            String slug,
            String jobId,
            String tokenId,
            String auditEntryId,
            String memberId,
            String invitationId,
            String jobMemberId,
            String skillAliasId) {}

    private Objects objectsOf(Tenant tenant) {
        return objectsOf(tenant, null);
    }

    /** The objects, with the job assigned to this user as well when they are a hiring manager. */
    private Objects objectsOf(Tenant tenant, java.util.@org.jspecify.annotations.Nullable UUID caller) {
        String job = api.post("/api/v1/jobs/import")
                .as(tenant)
                .body("text/plain", fixture)
                .send()
                .json()
                .get("id")
                .asString();
        String jobMember = api.newMember(tenant, "hiring_manager").userId().toString();
        assign(tenant, job, jobMember);
        if (caller != null) {
            assign(tenant, job, caller.toString());
        }
        String token = api.post("/api/v1/tokens")
                .as(tenant)
                .json("{\"name\":\"matrix\"}")
                .send()
                .json()
                .get("id")
                .asString();
        String member = api.post("/api/v1/members")
                .as(tenant)
                .json("{\"email\": \"matrix-%s@example.com\", \"name\": \"Matrix\", \"role\": \"interviewer\"}"
                        .formatted(java.util.UUID.randomUUID()))
                .send()
                .json()
                .get("id")
                .asString();
        String invitation = java.util.UUID.randomUUID().toString();
        api.owner()
                .sql("""
                        insert into invitations (org_id, id, email, role, token_hash, created_at, expires_at)
                        values (?, ?::uuid, ?, 'interviewer', sha256(convert_to(?, 'UTF8')), now(), now() + interval '1 day')
                        """)
                .params(tenant.id().value(), invitation, "invitee-" + invitation + "@example.com", invitation)
                .update();
        String skillAlias = api.post("/api/v1/skills/aliases")
                .as(tenant)
                .json("{\"alias\": \"matrix %s\", \"skill\": \"Docker\"}".formatted(java.util.UUID.randomUUID()))
                .send()
                .json()
                .get("id")
                .asString();
        String auditEntry = api.owner()
                .sql("select id::text from audit_log where org_id = ? order by seq desc limit 1")
                .param(tenant.id().value())
                .query(String.class)
                .single();
        return new Objects(tenant.slug(), job, token, auditEntry, member, invitation, jobMember, skillAlias);
    }

    /** Assigns a hiring manager to the job (no-op answer for members of other roles). */
    private void assign(Tenant tenant, String job, String userId) {
        var response = api.post("/api/v1/jobs/" + job + "/members")
                .as(tenant)
                .json("{\"user_id\":\"" + userId + "\"}")
                .send();
        assertThat(response.status()).as("assigning %s: %s", userId, response).isIn(201, 409);
    }

    private TestApi.Response send(Operation op, String token, Objects objects) {
        String id = op.path().startsWith("/api/v1/tokens")
                ? objects.tokenId()
                : op.path().startsWith("/api/v1/audit")
                        ? objects.auditEntryId()
                        : op.path().startsWith("/api/v1/members")
                                ? objects.memberId()
                                : op.path().startsWith("/api/v1/invitations")
                                        ? objects.invitationId()
                                        : op.path().startsWith("/api/v1/skills/aliases")
                                                ? objects.skillAliasId()
                                                : objects.jobId();
        String path = op.path()
                .replace("{id}", id)
                .replace("{user_id}", objects.jobMemberId())
                .replace("{orgSlug}", objects.slug())
                .replace("{role}", "software-engineer");
        TestApi.Request request = switch (op.method()) {
            case "GET" -> api.get(path);
            case "POST" -> api.post(path);
            case "PATCH" -> api.patch(path);
            case "DELETE" -> api.delete(path);
            default -> throw new IllegalStateException("no test request for " + op.method());
        };
        if (token != null) {
            request.token(token);
        }
        if (!op.contentType().isEmpty() && !op.contentType().startsWith("multipart/")) {
            String body = switch (op.contentType()) {
                case "text/plain" -> new String(fixture, StandardCharsets.UTF_8);
                default -> "{}";
            };
            request.body(op.contentType(), body.getBytes(StandardCharsets.UTF_8));
        } else if (op.contentType().startsWith("multipart/")) {
            String boundary = "matrix";
            request.body(
                    "multipart/form-data; boundary=" + boundary,
                    ("--" + boundary
                                    + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.txt\"\r\n\r\n"
                                    + new String(fixture, StandardCharsets.UTF_8) + "\r\n--" + boundary + "--\r\n")
                            .getBytes(StandardCharsets.UTF_8));
        }
        return request.send();
    }
}
