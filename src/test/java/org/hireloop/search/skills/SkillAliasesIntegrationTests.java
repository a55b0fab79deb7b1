package org.hireloop.search.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.hireloop.IntegrationTest;
import org.hireloop.TestApi;
import org.hireloop.TestApi.Tenant;
import org.hireloop.search.Skill;
import org.hireloop.search.SkillTaxonomy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** An organization's own aliases of skills: kept through the API, recognized for it alone. */
@IntegrationTest
class SkillAliasesIntegrationTests {

    @Autowired
    TestApi api;

    @Autowired
    SkillTaxonomy taxonomy;

    Tenant owner;
    String alias;

    @BeforeEach
    void newTenant() {
        owner = api.newOrganization("skill-aliases");
        alias = "Elephant " + UUID.randomUUID().toString().substring(0, 8);
    }

    TestApi.Response create(Tenant who, String alias, String skill) {
        return api.post("/api/v1/skills/aliases")
                .as(who)
                .json("{\"alias\":\"" + alias + "\",\"skill\":\"" + skill + "\"}")
                .send();
    }

    @Test
    void anAliasCountsInItsOrganizationsQueriesUntilDeleted() {
        Tenant recruiter = api.addMember(owner, "recruiter");
        Tenant other = api.newOrganization("skill-aliases-other");
        String query = "Senior engineer, " + alias + " and k8s";
        assertThat(names(taxonomy.recognize(query, owner.id()))).containsExactly("Kubernetes");

        var created = create(recruiter, alias, "postgres");

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode body = created.json();
        assertThat(body.get("alias").asString()).isEqualTo(alias);
        assertThat(body.get("skill").asString()).isEqualTo("PostgreSQL");
        assertThat(body.get("skill_slug").asString()).isEqualTo("postgresql");
        assertThat(body.get("created_at").asString()).isNotBlank();
        String id = body.get("id").asString();
        assertThat(created.header("Location")).hasValue("/api/v1/skills/aliases/" + id);

        assertThat(names(taxonomy.recognize(query, owner.id()))).containsExactly("PostgreSQL", "Kubernetes");
        assertThat(names(taxonomy.recognize(query.toLowerCase(), owner.id())))
                .containsExactly("PostgreSQL", "Kubernetes");
        assertThat(taxonomy.find(alias.toUpperCase(), owner.id()))
                .map(Skill::name)
                .hasValue("PostgreSQL");
        assertThat(names(taxonomy.recognize(query, other.id())))
                .as("another organization")
                .containsExactly("Kubernetes");
        assertThat(names(taxonomy.recognize(query, null))).as("no organization").containsExactly("Kubernetes");
        assertThat(taxonomy.find(alias, other.id())).isEmpty();
        assertThat(taxonomy.search(alias.substring(0, 8), owner.id(), 5))
                .map(Skill::name)
                .contains("PostgreSQL");

        JsonNode listed = api.get("/api/v1/skills/aliases").as(owner).send().json();
        assertThat(listed.get("data")).hasSize(1);
        assertThat(listed.get("data").get(0).get("id").asString()).isEqualTo(id);
        assertThat(listed.get("next_cursor").isNull()).isTrue();
        assertThat(api.get("/api/v1/skills/aliases").as(other).send().json().get("data"))
                .isEmpty();

        assertThat(api.delete("/api/v1/skills/aliases/" + id).as(other).send().status())
                .as("another organization's alias")
                .isEqualTo(404);
        var deleted = api.delete("/api/v1/skills/aliases/" + id).as(recruiter).send();
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
        assertThat(names(taxonomy.recognize(query, owner.id()))).containsExactly("Kubernetes");
        assertThat(api.delete("/api/v1/skills/aliases/" + id).as(owner).send().status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/skills/aliases").as(owner).send().json().get("data"))
                .isEmpty();
    }

    @Test
    void anOrganizationHasEachAliasOnceInAnyCase() {
        assertThat(create(owner, alias, "PostgreSQL").status()).isEqualTo(201);

        var again = create(owner, alias.toUpperCase(), "Docker");

        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(again.json().get("detail").asString()).contains("already has the alias");
        assertThat(create(api.newOrganization("skill-aliases-same"), alias, "Docker")
                        .status())
                .as("another organization may have it")
                .isEqualTo(201);
    }

    @Test
    void refusesAliasesThatNameNoSkillOrAnotherOne() {
        assertRefused(create(owner, "", "PostgreSQL"), "alias");
        assertRefused(create(owner, "   ", "PostgreSQL"), "alias");
        assertRefused(create(owner, "x".repeat(101), "PostgreSQL"), "alias");
        assertRefused(create(owner, "k8s", "Docker"), "alias");
        assertRefused(create(owner, "Kubernetes", "Docker"), "alias");
        assertRefused(create(owner, alias, "Underwater Basket Weaving " + UUID.randomUUID()), "skill");
        assertRefused(create(owner, alias, ""), "skill");
        var missing = api.post("/api/v1/skills/aliases").as(owner).json("{}").send();
        assertThat(missing.status()).as(missing.toString()).isEqualTo(422);
        var unknownField = api.post("/api/v1/skills/aliases")
                .as(owner)
                .json("{\"alias\":\"" + alias + "\",\"skill\":\"Go\",\"colour\":\"red\"}")
                .send();
        assertThat(unknownField.status()).as(unknownField.toString()).isEqualTo(400);
        assertThat(unknownField.text()).contains("colour");

        assertThat(create(owner, "x".repeat(100), "k8s").status())
                .as("100 characters")
                .isEqualTo(201);
        assertThat(create(owner, "Postgres", "PostgreSQL").status())
                .as("a name of the same skill")
                .isEqualTo(201);
        assertThat(api.get("/api/v1/skills/aliases").as(owner).send().json().get("data"))
                .hasSize(2);
    }

    @Test
    void everyMemberListsAliasesAndRecruitersKeepThem() {
        Tenant interviewer = api.addMember(owner, "interviewer");
        Tenant manager = api.addMember(owner, "hiring_manager");
        assertThat(create(interviewer, alias, "Go").status()).isEqualTo(403);
        assertThat(create(manager, alias, "Go").status()).isEqualTo(403);
        String id = create(owner, alias, "Go").json().get("id").asString();

        assertThat(api.get("/api/v1/skills/aliases")
                        .as(interviewer)
                        .send()
                        .json()
                        .get("data"))
                .hasSize(1);
        assertThat(api.delete("/api/v1/skills/aliases/" + id)
                        .as(interviewer)
                        .send()
                        .status())
                .isEqualTo(403);
    }

    @Test
    void listsAliasesPageByPageNewestFirst() {
        for (int i = 0; i < 3; i++) {
            assertThat(create(owner, alias + " " + i, "Rust").status()).isEqualTo(201);
        }
        JsonNode first =
                api.get("/api/v1/skills/aliases?limit=2").as(owner).send().json();
        assertThat(first.get("data").valueStream().map(a -> a.get("alias").asString()))
                .containsExactly(alias + " 2", alias + " 1");
        String cursor = first.get("next_cursor").asString();

        JsonNode second = api.get("/api/v1/skills/aliases?limit=2&cursor=" + cursor)
                .as(owner)
                .send()
                .json();
        assertThat(second.get("data").valueStream().map(a -> a.get("alias").asString()))
                .containsExactly(alias + " 0");
        assertThat(second.get("next_cursor").isNull()).isTrue();
        assertThat(api.get("/api/v1/skills/aliases?limit=500").as(owner).send().status())
                .isEqualTo(400);
    }

    private static void assertRefused(TestApi.Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        assertThat(response.header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
    }

    private static java.util.List<String> names(java.util.List<Skill> skills) {
        return skills.stream().map(Skill::name).toList();
    }
}
