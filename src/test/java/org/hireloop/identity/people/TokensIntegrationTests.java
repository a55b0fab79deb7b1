package org.hireloop.identity.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.hireloop.TestApi;
import org.hireloop.TestApi.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** API tokens never carry more than who made them, and stop at their expiry. */
@PeopleTest
class TokensIntegrationTests {

    @Autowired
    TestApi api;

    Tenant owner;
    Tenant admin;

    @BeforeEach
    void anOrganizationWithAnAdmin() {
        owner = api.newOrganization("tokens");
        admin = api.addMember(owner, "admin");
    }

    private TestApi.Response createOwn(Tenant caller, String body) {
        return api.post("/api/v1/tokens").as(caller).json(body).send();
    }

    private static String secret(TestApi.Response created) {
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("token").asString();
    }

    @Test
    void aReadScopedTokenReadsButDoesNotWrite() {
        var created = createOwn(owner, "{\"name\": \"reader\", \"scopes\": [\"read\"]}");
        String reader = secret(created);
        assertThat(created.json().get("scopes").valueStream().map(JsonNode::asString))
                .containsExactly("read");
        assertThat(api.get("/api/v1/jobs").token(reader).send().status()).isEqualTo(200);
        var write = api.post("/api/v1/jobs").token(reader).json("{}").send();
        assertThat(write.status()).isEqualTo(403);
        assertThat(write.json().get("detail").asString()).contains("write");
        assertThat(api.get("/api/v1/members").token(reader).send().status()).isEqualTo(403);
    }

    @Test
    void aTokenCannotGrantScopesItsCreatorLacks() {
        String writer = secret(createOwn(owner, "{\"name\": \"writer\", \"scopes\": [\"read\", \"write\"]}"));
        var escalation = api.post("/api/v1/tokens")
                .token(writer)
                .json("{\"name\": \"more\", \"scopes\": [\"admin\"]}")
                .send();
        assertThat(escalation.status()).isEqualTo(403);
        var defaulted = api.post("/api/v1/tokens")
                .token(writer)
                .json("{\"name\": \"same\"}")
                .send();
        assertThat(defaulted.json().get("scopes").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("read", "write");
        assertThat(createOwn(owner, "{\"name\": \"odd\", \"scopes\": [\"everything\"]}")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void anExpiredTokenIsRefusedLikeARevokedOne() {
        Instant soon = Instant.now().plus(1, ChronoUnit.HOURS);
        var created = createOwn(owner, "{\"name\": \"short-lived\", \"expires_at\": \"" + soon + "\"}");
        String token = secret(created);
        assertThat(api.get("/api/v1/organization").token(token).send().status()).isEqualTo(200);
        api.owner()
                .sql("update api_tokens set expires_at = now() - interval '1 second' where id = ?::uuid")
                .param(created.json().get("id").asString())
                .update();
        var refused = api.get("/api/v1/organization").token(token).send();
        assertThat(refused.status()).isEqualTo(401);
        assertThat(createOwn(owner, "{\"name\": \"past\", \"expires_at\": \"2020-01-01T00:00:00Z\"}")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void theLastUseAndItsAddressAreRecorded() {
        var created = createOwn(owner, "{\"name\": \"tracked\"}");
        String token = secret(created);
        String id = created.json().get("id").asString();
        assertThat(api.get("/api/v1/organization").token(token).send().status()).isEqualTo(200);
        JsonNode listed = api.get("/api/v1/tokens/" + id).as(owner).send().json();
        assertThat(listed.get("last_used_at").isNull()).isFalse();
        assertThat(listed.get("last_used_from").asString()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
    }

    @Test
    void anOrganizationTokenHasNoPersonAndARoleNoHigherThanItsCreator() {
        var created = api.post("/api/v1/organization/tokens")
                .as(admin)
                .json("{\"name\": \"ci\", \"role\": \"recruiter\", \"scopes\": [\"read\", \"write\"]}")
                .send();
        String token = secret(created);
        assertThat(created.json().get("user_id").isNull()).isTrue();
        assertThat(created.json().get("role").asString()).isEqualTo("recruiter");
        assertThat(api.get("/api/v1/organization")
                        .token(token)
                        .send()
                        .json()
                        .get("role")
                        .asString())
                .isEqualTo("recruiter");
        assertThat(api.get("/api/v1/jobs").token(token).send().status()).isEqualTo(200);
        assertThat(api.post("/api/v1/tokens")
                        .token(token)
                        .json("{\"name\": \"self\"}")
                        .send()
                        .status())
                .as("an organization token has no self to make a token for")
                .isEqualTo(409);

        assertThat(api.post("/api/v1/organization/tokens")
                        .as(admin)
                        .json("{\"name\": \"too-high\", \"role\": \"owner\", \"scopes\": [\"read\"]}")
                        .send()
                        .status())
                .isEqualTo(403);
        assertThat(api.post("/api/v1/organization/tokens")
                        .as(admin)
                        .json("{\"name\": \"no-scopes\", \"role\": \"recruiter\"}")
                        .send()
                        .status())
                .isEqualTo(400);
        assertThat(api.post("/api/v1/organization/tokens")
                        .as(api.addMember(owner, "recruiter"))
                        .json("{\"name\": \"x\", \"role\": \"interviewer\", \"scopes\": [\"read\"]}")
                        .send()
                        .status())
                .isEqualTo(403);
    }

    @Test
    void anOrganizationTokenOutlivesTheMemberWhoMadeIt() {
        Tenant second = api.addMember(owner, "admin");
        String token = secret(api.post("/api/v1/organization/tokens")
                .as(second)
                .json("{\"name\": \"ci\", \"role\": \"recruiter\", \"scopes\": [\"read\"]}")
                .send());
        String secondId = api.owner()
                .sql("select created_by::text from api_tokens where prefix = ?")
                .param(token.substring(0, 9))
                .query(String.class)
                .single();
        var member = api.get("/api/v1/members/" + secondId).as(owner).send();
        assertThat(api.delete("/api/v1/members/" + secondId)
                        .as(owner)
                        .header("If-Match", member.header("ETag").orElseThrow())
                        .send()
                        .status())
                .isEqualTo(204);
        assertThat(api.get("/api/v1/jobs").token(token).send().status()).isEqualTo(200);
    }

    @Test
    void anAdminMakesATokenForAMemberWithTheMembersPermissionsOnly() {
        String interviewer = api.post("/api/v1/members")
                .as(admin)
                .json("{\"email\": \"int-%s@example.com\", \"name\": \"Ian\", \"role\": \"interviewer\"}"
                        .formatted(owner.slug()))
                .send()
                .json()
                .get("id")
                .asString();
        var created = api.post("/api/v1/members/" + interviewer + "/tokens")
                .as(admin)
                .json("{\"name\": \"for ian\"}")
                .send();
        String token = secret(created);
        assertThat(created.json().get("user_id").asString()).isEqualTo(interviewer);
        assertThat(api.get("/api/v1/organization")
                        .token(token)
                        .send()
                        .json()
                        .get("role")
                        .asString())
                .isEqualTo("interviewer");
        assertThat(api.get("/api/v1/jobs").token(token).send().status()).isEqualTo(403);
        assertThat(api.get("/api/v1/members").token(token).send().status()).isEqualTo(403);

        String ownerId = api.owner()
                .sql("select user_id::text from memberships where org_id = ? and role = 'owner'")
                .param(owner.id().value())
                .query(String.class)
                .single();
        assertThat(api.post("/api/v1/members/" + ownerId + "/tokens")
                        .as(admin)
                        .json("{\"name\": \"steal\"}")
                        .send()
                        .status())
                .as("an admin gets no token acting as an owner")
                .isEqualTo(403);
        assertThat(api.post("/api/v1/members/" + ownerId + "/tokens")
                        .as(owner)
                        .json("{\"name\": \"fine\", \"scopes\": [\"read\"]}")
                        .send()
                        .status())
                .isEqualTo(201);
    }

    @Test
    void anotherOrganizationsMembersAndInvitationsAreNotFound() {
        Tenant intruder = api.newOrganization("intruder");
        String member = api.post("/api/v1/members")
                .as(admin)
                .json("{\"email\": \"m-%s@example.com\", \"name\": \"M\", \"role\": \"recruiter\"}"
                        .formatted(owner.slug()))
                .send()
                .json()
                .get("id")
                .asString();
        assertThat(api.get("/api/v1/members/" + member).as(intruder).send().status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/members/" + member + "/tokens")
                        .as(intruder)
                        .json("{\"name\": \"x\"}")
                        .send()
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/members")
                        .as(intruder)
                        .send()
                        .json()
                        .get("data")
                        .valueStream()
                        .map(m -> m.get("id").asString()))
                .doesNotContain(member);
    }
}
