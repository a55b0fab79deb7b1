package org.hireloop.identity.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.hireloop.TestApi;
import org.hireloop.TestApi.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Owners and admins manage members; an organization always keeps an owner; admins never touch owners. */
@PeopleTest
class MembersIntegrationTests {

    @Autowired
    TestApi api;

    Tenant owner;
    Tenant admin;

    @BeforeEach
    void anOrganizationWithAnOwnerAndAnAdmin() {
        owner = api.newOrganization("members");
        admin = api.addMember(owner, "admin");
    }

    private JsonNode create(Tenant caller, String email, String role, int status) {
        var response = api.post("/api/v1/members")
                .as(caller)
                .json("""
                        {"email": "%s", "name": "Pat Person", "role": "%s", "time_zone": "Europe/Berlin", "locale": "de-DE"}
                        """.formatted(email, role))
                .send();
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        return response.json();
    }

    private static String email() {
        return "person-" + UUID.randomUUID() + "@example.com";
    }

    private TestApi.Response read(String id) {
        return api.get("/api/v1/members/" + id).as(owner).send();
    }

    private TestApi.Response changeRole(Tenant caller, String id, String role) {
        String etag = read(id).header("ETag").orElseThrow();
        return api.patch("/api/v1/members/" + id)
                .as(caller)
                .header("If-Match", etag)
                .body("application/merge-patch+json", ("{\"role\": \"" + role + "\"}").getBytes())
                .send();
    }

    private TestApi.Response remove(Tenant caller, String id) {
        String etag = read(id).header("ETag").orElseThrow();
        return api.delete("/api/v1/members/" + id)
                .as(caller)
                .header("If-Match", etag)
                .send();
    }

    private String ownerId() {
        return api.get("/api/v1/tokens")
                .as(owner)
                .send()
                .json()
                .get("data")
                .valueStream()
                .filter(t -> t.get("name").asString().equals("test"))
                .findFirst()
                .orElseThrow()
                .get("user_id")
                .asString();
    }

    @Test
    void anAdminAddsAMemberWithARoleAndTheirProfile() {
        JsonNode member = create(admin, email(), "recruiter", 201);
        assertThat(member.get("role").asString()).isEqualTo("recruiter");
        assertThat(member.get("status").asString()).isEqualTo("active");
        assertThat(member.get("time_zone").asString()).isEqualTo("Europe/Berlin");
        assertThat(member.get("locale").asString()).isEqualTo("de-DE");
        var read = read(member.get("id").asString());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).isPresent();
    }

    @Test
    void addingSomeoneTwiceOrWithWrongValuesIsRefused() {
        String email = email();
        create(admin, email, "interviewer", 201);
        create(admin, email.toUpperCase(), "interviewer", 409);
        create(admin, "not-an-email", "interviewer", 400);
        create(admin, email(), "boss", 400);
    }

    @Test
    void anExistingUserJoinsWithTheUserTheyHave() {
        String email = email();
        JsonNode here = create(owner, email, "recruiter", 201);
        Tenant elsewhere = api.newOrganization("elsewhere");
        JsonNode there = create(elsewhere, email, "interviewer", 201);
        assertThat(there.get("id").asString()).isEqualTo(here.get("id").asString());
    }

    @Test
    void membersAreListedInCursorPages() {
        Set<String> created = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            created.add(create(admin, email(), "interviewer", 201).get("id").asString());
        }
        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            var page = api.get("/api/v1/members?limit=2" + (cursor == null ? "" : "&cursor=" + cursor))
                    .as(admin)
                    .send()
                    .json();
            assertThat(page.get("data").size()).isLessThanOrEqualTo(2);
            page.get("data").forEach(m -> seen.add(m.get("id").asString()));
            cursor = page.get("next_cursor").isNull()
                    ? null
                    : page.get("next_cursor").asString();
            pages++;
        } while (cursor != null);
        assertThat(seen).hasSize(7).containsAll(created);
        assertThat(pages).isEqualTo(4);
    }

    @Test
    void anAdminCannotMakeOwnersNorTouchThem() {
        create(admin, email(), "owner", 403);
        String recruiter = create(admin, email(), "recruiter", 201).get("id").asString();
        assertThat(changeRole(admin, recruiter, "owner").status()).isEqualTo(403);
        assertThat(changeRole(admin, ownerId(), "admin").status()).isEqualTo(403);
        assertThat(remove(admin, ownerId()).status()).isEqualTo(403);
        assertThat(changeRole(admin, recruiter, "hiring_manager")
                        .json()
                        .get("role")
                        .asString())
                .isEqualTo("hiring_manager");
    }

    @Test
    void anOwnerMakesOwnersAndTheLastOwnerStays() {
        assertThat(changeRole(owner, ownerId(), "admin").status()).isEqualTo(409);
        assertThat(remove(owner, ownerId()).status()).isEqualTo(409);

        String second = create(owner, email(), "owner", 201).get("id").asString();
        assertThat(changeRole(owner, ownerId(), "admin").status()).isEqualTo(200);
        // the first owner is an admin now: the second one is the last owner
        assertThat(remove(owner, second).status()).isEqualTo(403);
        assertThat(api.owner()
                        .sql("select count(*) from memberships where org_id = ? and role = 'owner'")
                        .param(owner.id().value())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void changesNeedTheCurrentEtag() {
        String id = create(admin, email(), "recruiter", 201).get("id").asString();
        var withoutIfMatch = api.patch("/api/v1/members/" + id)
                .as(admin)
                .body("application/merge-patch+json", "{\"role\": \"admin\"}".getBytes())
                .send();
        assertThat(withoutIfMatch.status()).isEqualTo(428);
        var stale = api.delete("/api/v1/members/" + id)
                .as(admin)
                .header("If-Match", "\"999\"")
                .send();
        assertThat(stale.status()).isEqualTo(412);
    }

    @Test
    void aRemovedMembersTokensStopWorking() {
        Tenant recruiter = api.addMember(owner, "recruiter");
        String id = api.get("/api/v1/organization").as(recruiter).send().status() == 200 ? memberIdOf(recruiter) : null;
        assertThat(remove(admin, id).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/organization").as(recruiter).send().status())
                .isEqualTo(401);
        assertThat(read(id).status()).isEqualTo(404);
    }

    @Test
    void aDemotionAppliesToTheMembersTokensAtOnce() {
        Tenant recruiter = api.addMember(owner, "recruiter");
        assertThat(api.get("/api/v1/jobs").as(recruiter).send().status()).isEqualTo(200);
        assertThat(changeRole(admin, memberIdOf(recruiter), "interviewer").status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/jobs").as(recruiter).send().status()).isEqualTo(403);
    }

    @Test
    void peopleManagementIsForOwnersAndAdmins() {
        Tenant recruiter = api.addMember(owner, "recruiter");
        assertThat(api.get("/api/v1/members").as(recruiter).send().status()).isEqualTo(403);
        assertThat(api.post("/api/v1/members")
                        .as(recruiter)
                        .json("{\"email\": \"x@example.com\", \"name\": \"X\", \"role\": \"interviewer\"}")
                        .send()
                        .status())
                .isEqualTo(403);
    }

    /** The member id behind a token: its user, as the token list shows it. */
    private String memberIdOf(Tenant member) {
        String prefix = member.token().substring(0, 9);
        return api.get("/api/v1/tokens?limit=200")
                .as(owner)
                .send()
                .json()
                .get("data")
                .valueStream()
                .filter(t -> t.get("prefix").asString().equals(prefix))
                .findFirst()
                .orElseThrow()
                .get("user_id")
                .asString();
    }
}
