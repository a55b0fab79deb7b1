package org.hireloop.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hireloop.IntegrationTest;
import org.hireloop.SharedFixtures;
import org.hireloop.TestApi;
import org.hireloop.TestApi.Tenant;
import org.hireloop.jobs.format.JobDescriptionParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class JobsApiIntegrationTests {

    static final Path FIXTURE = SharedFixtures.MEMBER_OF_TECHNICAL_STAFF;

    @Autowired
    TestApi api;

    @Autowired
    JdbcClient jdbc;

    Tenant tenant;

    @BeforeEach
    void newTenant() {
        tenant = api.newOrganization("jobs");
    }

    static byte[] fixture() throws IOException {
        assertThat(FIXTURE)
                .as("the shared fixtures must lie beside the project")
                .exists();
        return Files.readAllBytes(FIXTURE);
    }

    TestApi.Response importFixture(Tenant who) throws IOException {
        return api.post("/api/v1/jobs/import")
                .as(who)
                .body("text/plain", fixture())
                .send();
    }

    @Test
    void importsTheFixtureAsADraft() throws IOException {
        var response = importFixture(tenant);
        assertThat(response.status()).isEqualTo(201);
        JsonNode job = response.json();
        assertThat(job.get("status").asString()).isEqualTo("draft");
        assertThat(job.get("title").asString()).isEqualTo("Member of Technical Staff");
        assertThat(job.get("salary").get("min").asInt()).isEqualTo(120000);
        assertThat(job.get("salary").get("currency").asString()).isEqualTo("USD");
        assertThat(job.get("salary").get("period").asString()).isEqualTo("YEAR");
        assertThat(job.get("tags").valueStream().map(JsonNode::asString).toList())
                .containsExactly("Software Engineering", "Backend Development", "Cloud Computing", "Technology");
        assertThat(job.get("career")
                        .get("lateral_moves")
                        .get(0)
                        .get("alternatives")
                        .get(0)
                        .get("abbreviation")
                        .asString())
                .isEqualTo("SRE");
        assertThat(job.get("experience").get("min_years").asInt()).isEqualTo(3);
        assertThat(response.header("Location"))
                .hasValue("/api/v1/jobs/" + job.get("id").asString());
        assertThat(response.header("ETag")).hasValue("\"1\"");
    }

    @Test
    void theFixtureComesBackEqualInTheTextFormat() throws IOException {
        String id = importFixture(tenant).json().get("id").asString();
        var text = api.get("/api/v1/jobs/" + id)
                .as(tenant)
                .header("Accept", "text/plain")
                .send();
        assertThat(text.header("Content-Type").orElseThrow()).startsWith("text/plain");
        JobDescriptionParser parser = new JobDescriptionParser();
        assertThat(parser.parse(text.text())).isEqualTo(parser.parse(fixture()));

        // and importing the export again gives an equal job
        var again = api.post("/api/v1/jobs/import")
                .as(tenant)
                .body("text/plain", text.text().getBytes(StandardCharsets.UTF_8))
                .send();
        JsonNode first = api.get("/api/v1/jobs/" + id).as(tenant).send().json();
        JsonNode second = again.json();
        for (String field : new String[] {
            "title",
            "salary",
            "tags",
            "role_definition",
            "career",
            "responsibilities",
            "skills",
            "education",
            "experience"
        }) {
            assertThat(second.get(field)).as(field).isEqualTo(first.get(field));
        }
    }

    @Test
    void exportsMarkdownAndJsonLdByAcceptAndByFormatParameter() throws IOException {
        String id = importFixture(tenant).json().get("id").asString();
        var markdown =
                api.get("/api/v1/jobs/" + id + "?format=markdown").as(tenant).send();
        assertThat(markdown.header("Content-Type").orElseThrow()).startsWith("text/markdown");
        assertThat(markdown.text()).contains("# Member of Technical Staff").contains("Site Reliability Engineer");

        var jsonLd = api.get("/api/v1/jobs/" + id)
                .as(tenant)
                .header("Accept", "application/ld+json")
                .send();
        assertThat(jsonLd.header("Content-Type").orElseThrow()).startsWith("application/ld+json");
        JsonNode ld = jsonLd.json();
        assertThat(ld.get("@type").asString()).isEqualTo("JobPosting");
        assertThat(ld.get("title").asString()).isEqualTo("Member of Technical Staff");
        assertThat(ld.get("description").asString()).contains("<ul>");
        assertThat(ld.get("datePosted").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(ld.has("validThrough")).isTrue();
        assertThat(ld.get("hiringOrganization").get("name").asString()).isEqualTo("Org " + tenant.slug());
        assertThat(ld.get("baseSalary").get("@type").asString()).isEqualTo("MonetaryAmount");
        assertThat(ld.get("baseSalary").get("value").get("minValue").asInt()).isEqualTo(120000);
        assertThat(ld.get("baseSalary").get("value").get("unitText").asString()).isEqualTo("YEAR");
        assertThat(ld.get("experienceRequirements").get("monthsOfExperience").asInt())
                .isEqualTo(36);
        assertThat(ld.get("educationRequirements").get("credentialCategory").asString())
                .isEqualTo("bachelor degree");
        assertThat(ld.get("skills").size()).isEqualTo(17);
        assertThat(ld.has("jobLocation") || ld.has("jobLocationType")).isTrue();

        var byParameter =
                api.get("/api/v1/jobs/" + id + "?format=jsonld").as(tenant).send();
        assertThat(byParameter.json().get("@type").asString()).isEqualTo("JobPosting");
        assertThat(api.get("/api/v1/jobs/" + id + "?format=pdf")
                        .as(tenant)
                        .send()
                        .status())
                .isEqualTo(400);
        assertThat(api.get("/api/v1/jobs/" + id)
                        .as(tenant)
                        .header("Accept", "image/png")
                        .send()
                        .status())
                .isEqualTo(406);
    }

    @Test
    void everyPartOfTheFixtureComesBackInMarkdownAndJsonLd() throws IOException {
        JobDescription fixture = new JobDescriptionParser().parse(fixture());
        String id = importFixture(tenant).json().get("id").asString();
        // Markdown escapes its own marks ("C\+\+"): compare with the escapes removed
        String markdown = api.get("/api/v1/jobs/" + id)
                .as(tenant)
                .header("Accept", "text/markdown")
                .send()
                .text()
                .replace("\\", "");
        java.util.List<String> texts = new java.util.ArrayList<>();
        texts.add(fixture.title());
        texts.add(fixture.roleDefinition());
        texts.addAll(fixture.tags());
        texts.addAll(fixture.responsibilities().primary());
        texts.addAll(fixture.responsibilities().secondary());
        fixture.skills().hard().forEach(skill -> texts.add(skill.description()));
        fixture.skills().soft().forEach(skill -> texts.add(skill.name()));
        fixture.career().lateralMoves().forEach(e -> e.alternatives().forEach(r -> texts.add(r.title())));
        texts.addAll(fixture.education().minimum());
        texts.addAll(fixture.education().fields());
        texts.addAll(fixture.experience().preferred());
        assertThat(texts).allSatisfy(text -> assertThat(markdown).contains(text));

        JsonNode ld = api.get("/api/v1/jobs/" + id + "?format=jsonld")
                .as(tenant)
                .send()
                .json();
        java.util.List<String> responsibilities =
                new java.util.ArrayList<>(fixture.responsibilities().primary());
        responsibilities.addAll(fixture.responsibilities().secondary());
        assertThat(ld.get("responsibilities")
                        .valueStream()
                        .map(JsonNode::asString)
                        .toList())
                .isEqualTo(responsibilities);
        java.util.List<String> skills = new java.util.ArrayList<>();
        fixture.skills().hard().forEach(skill -> skills.add(skill.name()));
        fixture.skills().soft().forEach(skill -> skills.add(skill.name()));
        assertThat(ld.get("skills").valueStream().map(JsonNode::asString).toList())
                .isEqualTo(skills);
        assertThat(ld.get("baseSalary").get("value").get("maxValue").decimalValue())
                .isEqualByComparingTo(fixture.salary().max());
        assertThat(ld.get("baseSalary").get("currency").asString()).isEqualTo("USD");
        assertThat(ld.get("educationRequirements").get("description").asString())
                .isEqualTo(String.join(" ", fixture.education().minimum()));
        assertThat(ld.get("occupationalCategory").asString())
                .isEqualTo(fixture.tags().get(0));
        String description = ld.get("description").asString();
        assertThat(description)
                .contains(fixture.responsibilities().secondary().get(0).replace("'", "&#39;"));
    }

    @Test
    void refusesATextThatIsNotAJobDescriptionNamingTheLineAndStoresNothing() {
        int before = jobCount();
        var response = api.post("/api/v1/jobs/import")
                .as(tenant)
                .body(
                        "text/plain",
                        "Key Responsibilities and Required Skills for Welder\n\n$220,000 - $120,000\n"
                                .getBytes(StandardCharsets.UTF_8))
                .send();
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("detail").asString()).contains("line 3");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("line 3");
        assertThat(api.post("/api/v1/jobs/import")
                        .as(tenant)
                        .body("text/plain", new byte[0])
                        .send()
                        .status())
                .isEqualTo(422);
        assertThat(api.post("/api/v1/jobs/import")
                        .as(tenant)
                        .body("text/plain", new byte[] {0, 1, 2, 3, (byte) 0xff, (byte) 0xfe, 0, 0})
                        .send()
                        .status())
                .isEqualTo(422);
        assertThat(jobCount()).isEqualTo(before);
    }

    @Test
    void importsSeveralFilesEachAcceptedOrRefusedOnItsOwn() throws IOException {
        String boundary = "hireloop-boundary";
        String body = part(boundary, "good.txt", new String(fixture(), StandardCharsets.UTF_8))
                + part(boundary, "bad.txt", "just some words, no title here")
                + "--" + boundary + "--\r\n";
        var response = api.post("/api/v1/jobs/import")
                .as(tenant)
                .body("multipart/form-data; boundary=" + boundary, body.getBytes(StandardCharsets.UTF_8))
                .send();
        assertThat(response.status()).isEqualTo(200);
        JsonNode result = response.json();
        assertThat(result.get("imported")).hasSize(1);
        assertThat(result.get("imported").get(0).get("filename").asString()).isEqualTo("good.txt");
        assertThat(result.get("refused")).hasSize(1);
        assertThat(result.get("refused").get(0).get("filename").asString()).isEqualTo("bad.txt");
        assertThat(result.get("refused").get(0).get("detail").asString()).isNotBlank();
        assertThat(jobCount()).isEqualTo(1);
    }

    private static String part(String boundary, String filename, String content) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + filename
                + "\"\r\nContent-Type: text/plain\r\n\r\n" + content + "\r\n";
    }

    @Test
    void createsAJobFromJsonAndRefusesBrokenOnes() {
        var created = api.post("/api/v1/jobs").as(tenant).json("""
                {"title": "Platform Engineer", "salary": {"min": 90000, "max": 120000, "currency": "EUR", "period": "YEAR"},
                 "tags": ["DevOps"], "employment_type": "FULL_TIME",
                 "location": {"workplace": "remote", "country": "de"}, "department": "Infrastructure"}
                """).send();
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("location").get("country").asString()).isEqualTo("DE");
        assertThat(created.json().get("location").get("workplace").asString()).isEqualTo("remote");

        var inverted = api.post("/api/v1/jobs").as(tenant).json("""
                {"title": "X", "salary": {"min": 5, "max": 1, "currency": "EUR", "period": "YEAR"}}""").send();
        assertThat(inverted.status()).isEqualTo(400);
        assertThat(inverted.json().get("errors").get(0).get("field").asString()).isEqualTo("salary");

        var noTitle = api.post("/api/v1/jobs").as(tenant).json("{\"tags\": []}").send();
        assertThat(noTitle.status()).isEqualTo(400);
        assertThat(noTitle.json().get("errors").get(0).get("field").asString()).isEqualTo("title");

        var unknown = api.post("/api/v1/jobs").as(tenant).json("""
                {"title": "X", "salary": {"min": 1, "max": 2, "currency": "EUR", "period": "YEAR", "minimum": 1}}""").send();
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("salary.minimum");

        var missing = api.post("/api/v1/jobs")
                .as(tenant)
                .json("{\"title\": \"X\", \"salary\": {\"max\": 1}}")
                .send();
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").get(0).get("field").asString()).isEqualTo("salary.min");

        var badCountry = api.post("/api/v1/jobs")
                .as(tenant)
                .json("{\"title\": \"X\", \"location\": {\"country\": \"Narnia\"}}")
                .send();
        assertThat(badCountry.status()).isEqualTo(400);
        assertThat(jobCount()).isEqualTo(1);
    }

    @Test
    void patchesWithMergePatchAndIfMatch() throws IOException {
        var imported = importFixture(tenant);
        String id = imported.json().get("id").asString();
        String path = "/api/v1/jobs/" + id;
        String patch =
                "{\"title\": \"Senior Member of Technical Staff\", \"salary\": null, \"department\": \"Platform\"}";

        assertThat(api.patch(path)
                        .as(tenant)
                        .body("application/merge-patch+json", bytes(patch))
                        .send()
                        .status())
                .isEqualTo(428);
        assertThat(api.patch(path)
                        .as(tenant)
                        .header("If-Match", "\"7\"")
                        .body("application/merge-patch+json", bytes(patch))
                        .send()
                        .status())
                .isEqualTo(412);
        assertThat(api.patch(path)
                        .as(tenant)
                        .header("If-Match", "\"1\"")
                        .json(patch)
                        .send()
                        .status())
                .isEqualTo(415);

        var patched = api.patch(path)
                .as(tenant)
                .header("If-Match", imported.header("ETag").orElseThrow())
                .body("application/merge-patch+json", bytes(patch))
                .send();
        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.header("ETag")).hasValue("\"2\"");
        JsonNode job = patched.json();
        assertThat(job.get("title").asString()).isEqualTo("Senior Member of Technical Staff");
        assertThat(job.get("salary").isNull()).isTrue();
        assertThat(job.get("department").asString()).isEqualTo("Platform");
        assertThat(job.get("tags")).hasSize(4);

        // the old ETag no longer matches: a lost update is refused
        assertThat(api.patch(path)
                        .as(tenant)
                        .header("If-Match", "\"1\"")
                        .body("application/merge-patch+json", bytes("{\"department\": \"Other\"}"))
                        .send()
                        .status())
                .isEqualTo(412);
        var unknownField = api.patch(path)
                .as(tenant)
                .header("If-Match", "\"2\"")
                .body("application/merge-patch+json", bytes("{\"colour\": \"red\"}"))
                .send();
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.json().get("errors").get(0).get("field").asString())
                .isEqualTo("colour");
        assertThat(api.patch(path)
                        .as(tenant)
                        .header("If-Match", "\"2\"")
                        .body("application/merge-patch+json", bytes("{\"title\": \"\"}"))
                        .send()
                        .status())
                .isEqualTo(400);
        assertThat(api.get(path).as(tenant).send().json().get("version").asInt())
                .isEqualTo(2);
    }

    @Test
    void movesThroughTheLifeCycleOnlyByAllowedTransitions() throws IOException {
        String id = importFixture(tenant).json().get("id").asString();
        String path = "/api/v1/jobs/" + id;
        assertThat(api.post(path + "/close").as(tenant).send().status()).isEqualTo(409);

        var published = api.post(path + "/publish").as(tenant).send();
        assertThat(published.status()).isEqualTo(200);
        assertThat(published.json().get("status").asString()).isEqualTo("published");
        assertThat(published.json().get("published_at").isNull()).isFalse();

        var closed = api.post(path + "/close")
                .as(tenant)
                .header("If-Match", published.header("ETag").orElseThrow())
                .send();
        assertThat(closed.json().get("status").asString()).isEqualTo("closed");
        assertThat(api.post(path + "/publish")
                        .as(tenant)
                        .header("If-Match", "\"1\"")
                        .send()
                        .status())
                .isEqualTo(412);
        assertThat(api.post(path + "/archive")
                        .as(tenant)
                        .send()
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("archived");

        var conflict = api.post(path + "/publish").as(tenant).send();
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.json().get("detail").asString()).contains("archived");
        assertThat(api.delete(path)
                        .as(tenant)
                        .header("If-Match", "\"4\"")
                        .send()
                        .status())
                .isEqualTo(409);
    }

    @Test
    void deletesDraftsOnly() throws IOException {
        String id = importFixture(tenant).json().get("id").asString();
        assertThat(api.delete("/api/v1/jobs/" + id).as(tenant).send().status()).isEqualTo(428);
        assertThat(api.delete("/api/v1/jobs/" + id)
                        .as(tenant)
                        .header("If-Match", "\"1\"")
                        .send()
                        .status())
                .isEqualTo(204);
        assertThat(api.get("/api/v1/jobs/" + id).as(tenant).send().status()).isEqualTo(404);
    }

    @Test
    void listsByStatusAndTagOverSeveralPages() throws IOException {
        for (int i = 0; i < 5; i++) {
            String id = importFixture(tenant).json().get("id").asString();
            if (i % 2 == 0) {
                api.post("/api/v1/jobs/" + id + "/publish").as(tenant).send();
            }
        }
        api.post("/api/v1/jobs").as(tenant).json("{\"title\": \"Untagged\"}").send();

        var seen = new java.util.ArrayList<String>();
        String cursor = null;
        do {
            JsonNode page = api.get("/api/v1/jobs?limit=2&tag=Technology" + (cursor == null ? "" : "&cursor=" + cursor))
                    .as(tenant)
                    .send()
                    .json();
            page.get("data").forEach(job -> seen.add(job.get("id").asString()));
            cursor = page.get("next_cursor").isNull()
                    ? null
                    : page.get("next_cursor").asString();
        } while (cursor != null);
        assertThat(seen).hasSize(5).doesNotHaveDuplicates();
        assertThat(api.get("/api/v1/jobs?status=published")
                        .as(tenant)
                        .send()
                        .json()
                        .get("data"))
                .hasSize(3);
        assertThat(api.get("/api/v1/jobs?status=draft").as(tenant).send().json().get("data"))
                .hasSize(3);
        assertThat(api.get("/api/v1/jobs?status=nonsense").as(tenant).send().status())
                .isEqualTo(400);
    }

    @Test
    void thePublicBoardShowsPublishedJobsOnlyToAnyone() throws IOException {
        String draft = importFixture(tenant).json().get("id").asString();
        String published = importFixture(tenant).json().get("id").asString();
        api.post("/api/v1/jobs/" + published + "/publish").as(tenant).send();
        String board = "/api/v1/public/orgs/" + tenant.slug() + "/jobs";

        JsonNode list = api.get(board).send().json();
        assertThat(list.get("data")).hasSize(1);
        assertThat(list.get("data").get(0).get("id").asString()).isEqualTo(published);
        assertThat(api.get(board + "/" + published).send().status()).isEqualTo(200);
        assertThat(api.get(board + "/" + published + "?format=jsonld")
                        .send()
                        .json()
                        .get("@type")
                        .asString())
                .isEqualTo("JobPosting");
        assertThat(api.get(board + "/" + draft).send().status()).isEqualTo(404);
        assertThat(api.get("/api/v1/public/orgs/no-such-org/jobs").send().status())
                .isEqualTo(404);
    }

    @Test
    void anotherOrganizationCanNeitherSeeNorChangeTheseJobs() throws IOException {
        Tenant other = api.newOrganization("jobs-other");
        var imported = importFixture(tenant);
        String path = "/api/v1/jobs/" + imported.json().get("id").asString();
        api.post(path + "/publish").as(tenant).send();

        assertThat(api.get(path).as(other).send().status()).isEqualTo(404);
        assertThat(api.get(path + "?format=text").as(other).send().status()).isEqualTo(404);
        assertThat(api.patch(path)
                        .as(other)
                        .header("If-Match", "\"2\"")
                        .body("application/merge-patch+json", bytes("{\"title\": \"Mine now\"}"))
                        .send()
                        .status())
                .isEqualTo(404);
        assertThat(api.post(path + "/close").as(other).send().status()).isEqualTo(404);
        assertThat(api.post(path + "/archive").as(other).send().status()).isEqualTo(404);
        assertThat(api.delete(path).as(other).header("If-Match", "\"2\"").send().status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/jobs").as(other).send().json().get("data")).isEmpty();
        // and the other organization's public board does not show it either
        assertThat(api.get("/api/v1/public/orgs/" + other.slug() + "/jobs/"
                                + imported.json().get("id").asString())
                        .send()
                        .status())
                .isEqualTo(404);
        assertThat(api.get(path).as(tenant).send().json().get("status").asString())
                .isEqualTo("published");
    }

    @Test
    void importIsIdempotentWithAKey() throws IOException {
        var first = api.post("/api/v1/jobs/import")
                .as(tenant)
                .header("Idempotency-Key", "import-1")
                .body("text/plain", fixture())
                .send();
        var second = api.post("/api/v1/jobs/import")
                .as(tenant)
                .header("Idempotency-Key", "import-1")
                .body("text/plain", fixture())
                .send();
        assertThat(second.json().get("id")).isEqualTo(first.json().get("id"));
        assertThat(jobCount()).isEqualTo(1);
    }

    private int jobCount() {
        return api.owner()
                .sql("select count(*) from jobs where org_id = ?")
                .param(tenant.id().value())
                .query(Integer.class)
                .single();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
