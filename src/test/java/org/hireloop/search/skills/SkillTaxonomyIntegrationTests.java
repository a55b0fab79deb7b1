package org.hireloop.search.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.hireloop.IntegrationTest;
import org.hireloop.TestApi;
import org.hireloop.search.Skill;
import org.hireloop.search.SkillMention;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Skills learned from published jobs, and the public taxonomy endpoint. */
@IntegrationTest
class SkillTaxonomyIntegrationTests {

    @Autowired
    TestApi api;

    @Autowired
    CuratedSkillTaxonomy taxonomy;

    @Test
    void learnsTheHardSkillNamesTheCuratedListDoesNotKnow() throws Exception {
        String weaving =
                "Underwater Basket Weaving " + UUID.randomUUID().toString().substring(0, 8);

        taxonomy.learn(List.of(weaving, "Docker", "k8s", "  ", "x".repeat(101), weaving.toLowerCase()));

        Skill learned = taxonomy.find(weaving.toUpperCase(), null).orElseThrow();
        assertThat(learned.name()).isEqualTo(weaving);
        assertThat(learned.category()).isEqualTo("Discovered");
        assertThat(learned.source()).isEqualTo("discovered");
        assertThat(taxonomy.find(learned.slug(), null)).hasValue(learned);
        assertThat(taxonomy.find("Docker", null).orElseThrow().source()).isEqualTo("curated");
        assertThat(seen(learned.slug())).as("named twice").isEqualTo(2);
        assertThat(api.owner()
                        .sql("select count(*) from discovered_skills where slug in ('docker', 'kubernetes', 'k8s')")
                        .query(Long.class)
                        .single())
                .as("curated skills are not discovered")
                .isZero();

        taxonomy.learn(List.of(weaving));
        assertThat(seen(learned.slug())).isEqualTo(3);

        assertThat(taxonomy.search(weaving.substring(0, 20), null, 10)).contains(learned);
        assertThat(taxonomy.recognize("We expect " + weaving + " and Docker", null))
                .as("recognition uses the curated list only")
                .map(Skill::name)
                .containsExactly("Docker");
        assertThat(taxonomy.extract(Taxonomies.memberOfTechnicalStaff()))
                .map(SkillMention::skill)
                .doesNotContain(weaving);
    }

    @Test
    void searchShowsCuratedSkillsBeforeDiscoveredOnes() {
        String discovered =
                "Kubernetes Whispering " + UUID.randomUUID().toString().substring(0, 8);
        taxonomy.learn(List.of(discovered));

        List<Skill> found = taxonomy.search("kubernetes", null, 200);

        assertThat(found.get(0).name()).isEqualTo("Kubernetes");
        assertThat(found).map(Skill::name).contains("Google Kubernetes Engine", discovered);
        assertThat(found.indexOf(taxonomy.find(discovered, null).orElseThrow()))
                .isGreaterThan(found.indexOf(
                        taxonomy.find("Azure Kubernetes Service", null).orElseThrow()));
    }

    @Test
    void thePublicEndpointFindsSkillsByNameOrAlias() {
        var response = api.get("/api/v1/public/skills?q=postgres").send();

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode first = response.json().get("data").get(0);
        assertThat(first.get("name").asString()).isEqualTo("PostgreSQL");
        assertThat(first.get("slug").asString()).isEqualTo("postgresql");
        assertThat(first.get("category").asString()).isEqualTo("Databases");
        assertThat(first.get("source").asString()).isEqualTo("curated");
        assertThat(first.get("aliases").valueStream().map(JsonNode::asString)).contains("Postgres", "psql");
        assertThat(response.json().get("next_cursor").isNull()).isTrue();

        assertThat(firstName("/api/v1/public/skills?q=k8s")).isEqualTo("Kubernetes");
        assertThat(firstName("/api/v1/public/skills?q=GOLANG")).isEqualTo("Go");
        assertThat(firstName("/api/v1/public/skills?q=c%2B%2B")).isEqualTo("C++");
        assertThat(api.get("/api/v1/public/skills").send().json().get("data")).hasSize(20);
        assertThat(api.get("/api/v1/public/skills?limit=200").send().json().get("data"))
                .hasSize(200);
        assertThat(api.get("/api/v1/public/skills?q=" + "%27%22%3Cscript%3E%00%25%5C*")
                        .send()
                        .status())
                .isEqualTo(200);
    }

    @Test
    void thePublicEndpointRefusesWrongParametersNamingThem() {
        for (String query : List.of("limit=0", "limit=201", "limit=many", "q=" + "a".repeat(201))) {
            var response = api.get("/api/v1/public/skills?" + query).send();
            assertThat(response.status()).as(query + ": " + response).isEqualTo(400);
            assertThat(response.header("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(response.text()).contains(query.substring(0, query.indexOf('=')));
        }
    }

    private String firstName(String path) {
        return api.get(path).send().json().get("data").get(0).get("name").asString();
    }

    private long seen(String slug) {
        return api.owner()
                .sql("select seen_count from discovered_skills where slug = ?")
                .param(slug)
                .query(Long.class)
                .single();
    }
}
