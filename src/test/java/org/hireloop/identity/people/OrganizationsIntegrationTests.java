package org.hireloop.identity.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.hireloop.TestApi;
import org.hireloop.TestApi.Tenant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Organizations come from the operator API or sign-up, keep their slug forever, and can be deleted. */
@PeopleTest
class OrganizationsIntegrationTests {

    @Autowired
    TestApi api;

    static String uniqueSlug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private TestApi.Response createByOperator(String slug, String email) {
        return api.post("/api/v1/operator/orgs")
                .token(PeopleTest.OPERATOR_TOKEN)
                .json("""
                        {"slug": "%s", "name": "Acme Inc", "owner_email": "%s", "owner_name": "Ada Owner"}
                        """.formatted(slug, email))
                .send();
    }

    @Test
    void theOperatorCreatesAnOrganizationWhoseOwnerTokenWorksAtOnce() {
        String slug = uniqueSlug("acme");
        var created = createByOperator(slug, slug + "@example.com");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode body = created.json();
        assertThat(body.get("organization").get("slug").asString()).isEqualTo(slug);
        assertThat(body.get("member").get("role").asString()).isEqualTo("owner");
        String token = body.get("token").get("token").asString();
        assertThat(token).startsWith("hl_");

        var organization = api.get("/api/v1/organization").token(token).send();
        assertThat(organization.status()).isEqualTo(200);
        assertThat(organization.json().get("slug").asString()).isEqualTo(slug);
        assertThat(organization.json().get("role").asString()).isEqualTo("owner");
        assertThat(organization.json().get("time_zone").asString()).isEqualTo("UTC");
        // the secret is shown once: the token list never holds it
        var tokens = api.get("/api/v1/tokens").token(token).send().json().get("data");
        assertThat(tokens.get(0).get("token").isNull()).isTrue();
    }

    @Test
    void creatingAndDeletingAnOrganizationIsAudited() {
        String slug = uniqueSlug("audited");
        String id = createByOperator(slug, slug + "@example.com")
                .json()
                .get("organization")
                .get("id")
                .asString();
        api.delete("/api/v1/operator/orgs/" + slug)
                .token(PeopleTest.OPERATOR_TOKEN)
                .send();
        assertThat(api.owner()
                        .sql("select actor_type || ' ' || action from audit_log where org_id = ?::uuid order by seq")
                        .param(id)
                        .query(String.class)
                        .list())
                .containsExactly("operator organizations.create", "operator organizations.delete");
    }

    @Test
    void theOperatorApiRefusesCallersWithoutTheOperatorToken() {
        String body = "{\"slug\": \"%s\", \"name\": \"X\", \"owner_email\": \"x@example.com\", \"owner_name\": \"X\"}"
                .formatted(uniqueSlug("nope"));
        assertThat(api.post("/api/v1/operator/orgs").json(body).send().status()).isEqualTo(401);
        assertThat(api.post("/api/v1/operator/orgs")
                        .token("operator-secret-for-the-people-tests-012345678X")
                        .json(body)
                        .send()
                        .status())
                .isEqualTo(401);
        Tenant owner = api.newOrganization("op-owner");
        assertThat(api.post("/api/v1/operator/orgs").as(owner).json(body).send().status())
                .isEqualTo(401);
        assertThat(api.delete("/api/v1/operator/orgs/" + owner.slug())
                        .as(owner)
                        .send()
                        .status())
                .isEqualTo(401);
    }

    @Test
    void aSlugIsNeverGivenOutTwiceEvenAfterDeletion() {
        String slug = uniqueSlug("taken");
        assertThat(createByOperator(slug, slug + "@example.com").status()).isEqualTo(201);
        var again = createByOperator(slug, "other-" + slug + "@example.com");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("type").asString()).endsWith("slug-taken");

        assertThat(api.delete("/api/v1/operator/orgs/" + slug)
                        .token(PeopleTest.OPERATOR_TOKEN)
                        .send()
                        .status())
                .isEqualTo(204);
        assertThat(createByOperator(slug, "third-" + slug + "@example.com").status())
                .isEqualTo(409);
        assertThat(api.delete("/api/v1/operator/orgs/" + slug)
                        .token(PeopleTest.OPERATOR_TOKEN)
                        .send()
                        .status())
                .isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"api", "admin", "www", "docs", "a", "-acme", "acme-", "Acme", "ac_me", "ac me"})
    void reservedAndMalformedSlugsAreRefused(String slug) {
        var response = createByOperator(slug, "someone@example.com");
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("slug");
    }

    @Test
    void aDeletedOrganizationsTokensStopAndItsBoardDisappears() {
        String slug = uniqueSlug("gone");
        String token = createByOperator(slug, slug + "@example.com")
                .json()
                .get("token")
                .get("token")
                .asString();
        assertThat(api.get("/api/v1/public/orgs/" + slug + "/jobs").send().status())
                .isEqualTo(200);

        assertThat(api.delete("/api/v1/operator/orgs/" + slug)
                        .token(PeopleTest.OPERATOR_TOKEN)
                        .send()
                        .status())
                .isEqualTo(204);

        assertThat(api.get("/api/v1/organization").token(token).send().status()).isEqualTo(401);
        assertThat(api.get("/api/v1/public/orgs/" + slug + "/jobs").send().status())
                .isEqualTo(404);
        assertThat(api.owner()
                        .sql("select deleted_at is not null from organizations where slug = ?")
                        .param(slug)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void anExistingUserBecomesTheOwnerOfAnotherOrganization() {
        String first = uniqueSlug("first");
        String email = first + "@example.com";
        createByOperator(first, email);
        var second = createByOperator(uniqueSlug("second"), email.toUpperCase());
        assertThat(second.status()).isEqualTo(201);
        assertThat(api.owner()
                        .sql("select count(*) from memberships m join users u on u.id = m.user_id"
                                + " where lower(u.email) = lower(?)")
                        .param(email)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void signUpCreatesAnOrganizationWithItsOwner() {
        String slug = uniqueSlug("self");
        var response = api.post("/api/v1/public/signup")
                .json("""
                        {"slug": "%s", "organization_name": "Self Serve", "email": "%s@example.com",
                         "name": "Sam Self", "password": "a long enough passphrase"}
                        """.formatted(slug, slug))
                .send();
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        String token = response.json().get("token").get("token").asString();
        assertThat(api.get("/api/v1/organization")
                        .token(token)
                        .send()
                        .json()
                        .get("name")
                        .asString())
                .isEqualTo("Self Serve");
        String hash = api.owner()
                .sql("select password_hash from users where lower(email) = lower(?)")
                .param(slug + "@example.com")
                .query(String.class)
                .single();
        assertThat(hash).startsWith("$argon2id$");
    }

    @Test
    void signUpRefusesShortPasswordsAndTakenEmails() {
        String slug = uniqueSlug("weak");
        var weak = api.post("/api/v1/public/signup")
                .json("""
                        {"slug": "%s", "organization_name": "Weak", "email": "%s@example.com",
                         "name": "W", "password": "short"}
                        """.formatted(slug, slug))
                .send();
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.json().get("errors").get(0).get("field").asString()).isEqualTo("password");

        String taken = uniqueSlug("owner");
        createByOperator(taken, taken + "@example.com");
        var again = api.post("/api/v1/public/signup")
                .json("""
                        {"slug": "%s", "organization_name": "Again", "email": "%s@example.com",
                         "name": "A", "password": "a long enough passphrase"}
                        """.formatted(uniqueSlug("again"), taken))
                .send();
        assertThat(again.status()).isEqualTo(409);
        assertThat(api.owner()
                        .sql("select count(*) from organizations where name = 'Again'")
                        .query(Integer.class)
                        .single())
                .as("nothing half-written")
                .isZero();
    }

    @Test
    void ownersAndAdminsChangeTheSettingsUnderIfMatch() {
        Tenant owner = api.newOrganization("settings");
        Tenant admin = api.addMember(owner, "admin");
        Tenant recruiter = api.addMember(owner, "recruiter");
        var read = api.get("/api/v1/organization").as(admin).send();
        String etag = read.header("ETag").orElseThrow();

        var changed = api.patch("/api/v1/organization")
                .as(admin)
                .header("If-Match", etag)
                .body("application/merge-patch+json", """
                        {"name": "Renamed", "logo_url": "https://cdn.example.com/logo.png",
                         "time_zone": "Europe/Paris", "retention_days": 365}
                        """.getBytes())
                .send();
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().get("name").asString()).isEqualTo("Renamed");
        assertThat(changed.json().get("time_zone").asString()).isEqualTo("Europe/Paris");
        assertThat(changed.json().get("retention_days").asInt()).isEqualTo(365);
        assertThat(changed.header("ETag").orElseThrow()).isNotEqualTo(etag);

        var stale = patch(owner, etag, "{\"name\": \"Stale\"}");
        assertThat(stale.status()).isEqualTo(412);
        String current = changed.header("ETag").orElseThrow();
        assertThat(patch(owner, current, "{\"time_zone\": \"Mars/Olympus\"}").status())
                .isEqualTo(400);
        assertThat(patch(owner, current, "{\"require_everything\": true}").status())
                .isEqualTo(400);
        assertThat(patch(owner, current, "{\"retention_days\": 0}").status()).isEqualTo(400);
        assertThat(patch(recruiter, current, "{\"name\": \"Mine\"}").status()).isEqualTo(403);

        var reset = patch(owner, current, "{\"logo_url\": null, \"time_zone\": null}");
        assertThat(reset.status()).isEqualTo(200);
        assertThat(reset.json().get("logo_url").isNull()).isTrue();
        assertThat(reset.json().get("time_zone").asString()).isEqualTo("UTC");
        assertThat(reset.json().get("name").asString()).isEqualTo("Renamed");

        String afterReset = reset.header("ETag").orElseThrow();
        assertThat(patch(owner, afterReset, "{\"require_mfa\": \"yes\"}").status())
                .isEqualTo(400);
        var mfa = patch(owner, afterReset, "{\"require_mfa\": true}");
        assertThat(mfa.status()).isEqualTo(200);
        assertThat(mfa.json().get("require_mfa").asBoolean()).isTrue();
        assertThat(api.owner()
                        .sql("select require_mfa from organizations where id = ?")
                        .param(owner.id().value())
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    private TestApi.Response patch(Tenant caller, String etag, String body) {
        return api.patch("/api/v1/organization")
                .as(caller)
                .header("If-Match", etag)
                .body("application/merge-patch+json", body.getBytes())
                .send();
    }
}
