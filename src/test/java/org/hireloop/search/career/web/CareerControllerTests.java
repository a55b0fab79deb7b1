package org.hireloop.search.career.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hireloop.search.career.CareerFixtures.description;
import static org.hireloop.search.career.InMemorySearch.document;

import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.hireloop.platform.FieldError;
import org.hireloop.platform.ProblemException;
import org.hireloop.search.JobDocument;
import org.hireloop.search.career.CareerGraphs;
import org.hireloop.search.career.InMemorySearch;
import org.hireloop.search.lucene.LuceneJobSearchEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * The controller's own work, called directly over the real Lucene engine in memory: which
 * parameters it refuses and how, and the JSON its answers make with the application's snake_case
 * naming. The HTTP round trip (routing, the problem handler, anonymous access) is tested end to
 * end in CareerApiIntegrationTests.
 */
class CareerControllerTests {

    private static final JsonMapper json = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .build();

    private final LuceneJobSearchEngine engine = LuceneJobSearchEngine.inMemory();
    private final CareerController controller = new CareerController(
            new CareerGraphs(engine, new InMemorySearch.Taxonomy(), new InMemorySearch.MutableClock()));
    private JobDocument job;

    @BeforeEach
    void publishJobs() {
        var developer = description(
                "Backend Developer",
                List.of(),
                List.of("Senior Backend Developer"),
                List.of("Site Reliability Engineer (SRE)"));
        job = document("published", developer, List.of("Java", "SQL"), 110_000.0);
        engine.upsert(List.of(
                job,
                document(
                        "published",
                        description("Site Reliability Engineer", List.of(), List.of(), List.of()),
                        List.of("Kubernetes"),
                        150_000.0)));
        engine.commit(1);
    }

    @AfterEach
    void close() {
        engine.close();
    }

    private static FieldError fieldErrorOf(Runnable call) {
        var thrown = org.assertj.core.api.Assertions.catchThrowableOfType(ProblemException.class, call::run);
        assertThat(thrown).as("a problem").isNotNull();
        assertThat(thrown.status()).isEqualTo(400);
        return thrown.errors().get(0);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 11, 100})
    void refusesKOutsideOneToTen(int k) {
        assertThat(fieldErrorOf(() -> controller.paths("sre", "backend developer", k))
                        .field())
                .isEqualTo("k");
    }

    @Test
    void refusesBothOrNeitherOfJobAndRole() {
        assertThat(fieldErrorOf(() -> controller.gap(List.of("java"), job.id(), "sre"))
                        .field())
                .isEqualTo("job");
        assertThat(fieldErrorOf(() -> controller.gap(List.of("java"), null, null))
                        .message())
                .isEqualTo("give exactly one of job and role");
    }

    @Test
    void refusesMoreThanAHundredSkillsOrOneTooLong() {
        String many = String.join(",", Collections.nCopies(101, "java"));
        assertThat(fieldErrorOf(() -> controller.moves(List.of(many), null, null))
                        .field())
                .isEqualTo("skills");
        assertThat(fieldErrorOf(() -> controller.gap(List.of("x".repeat(101)), null, "sre"))
                        .field())
                .isEqualTo("skills");
        assertThat(controller
                        .moves(List.of(String.join(",", Collections.nCopies(100, "java"))), null, null)
                        .recognizedSkills())
                .containsExactly("Java");
    }

    @Test
    void refusesTooLongRoleNamesAndQueriesAndLimitsOutOfRange() {
        String longName = "a".repeat(201);
        assertThat(fieldErrorOf(() -> controller.next(longName)).field()).isEqualTo("role");
        assertThat(fieldErrorOf(() -> controller.paths(longName, "sre", 3)).field())
                .isEqualTo("from");
        assertThat(fieldErrorOf(() -> controller.paths("sre", longName, 3)).field())
                .isEqualTo("to");
        assertThat(fieldErrorOf(() -> controller.roles(longName, null)).field()).isEqualTo("q");
        assertThat(fieldErrorOf(() -> controller.roles(null, 201)).field()).isEqualTo("limit");
        assertThat(fieldErrorOf(() -> controller.moves(List.of(), null, 0)).field())
                .isEqualTo("limit");
    }

    @Test
    void anUnknownRoleIsA404NamingIt() {
        assertThatThrownBy(() -> controller.next("Astronaut"))
                .isInstanceOf(CareerGraphs.UnknownRole.class)
                .hasMessageContaining("'Astronaut'")
                .extracting(e -> ((ProblemException) e).status())
                .isEqualTo(404);
        assertThatThrownBy(() -> controller.paths("sre", "Astronaut", 3)).isInstanceOf(CareerGraphs.UnknownRole.class);
    }

    @Test
    void aJobNotPublishedIsA404() {
        assertThatThrownBy(() -> controller.gap(List.of(), UUID.randomUUID(), null))
                .isInstanceOf(CareerGraphs.JobNotPublished.class)
                .extracting(e -> ((ProblemException) e).status())
                .isEqualTo(404);
    }

    @Test
    void listsAnswerAsDataWithANullCursorInSnakeCase() {
        JsonNode next = json.valueToTree(controller.next("backend-developer"));

        assertThat(next.get("next_cursor").isNull()).isTrue();
        assertThat(next.get("data").get(0).get("to").get("slug").asString()).isEqualTo("senior-backend-developer");
        assertThat(next.get("data").get(0).get("kind").asString()).isEqualTo("advance");

        JsonNode paths = json.valueToTree(controller.paths("SRE", "Senior Backend Developer", 3));
        JsonNode path = paths.get("data").get(0);
        assertThat(path.get("length").asInt()).isEqualTo(2);
        assertThat(path.get("weakest_support").asLong()).isEqualTo(1);
        assertThat(path.get("steps").get(0).get("support").get("lateral").asLong())
                .isEqualTo(1);

        JsonNode roles = json.valueToTree(controller.roles("sre", null));
        assertThat(roles.get("data").get(0).get("aliases").get(0).asString()).isEqualTo("SRE");
        assertThat(roles.get("data").get(0).get("jobs").asLong()).isEqualTo(1);
    }

    @Test
    void theGapNamesItsTargetAndTheSkillsItDidNotRecognize() {
        JsonNode gap = json.valueToTree(controller.gap(List.of("jdk,team spirit"), job.id(), null));

        assertThat(gap.get("target").get("type").asString()).isEqualTo("job");
        assertThat(gap.get("target").get("id").asString()).isEqualTo(job.id().toString());
        assertThat(gap.get("coverage").asDouble()).isEqualTo(0.5);
        assertThat(gap.get("have").get(0).get("skill").asString()).isEqualTo("Java");
        assertThat(gap.get("missing").get(0).get("skill").asString()).isEqualTo("SQL");
        assertThat(gap.get("recognized_skills").get(0).asString()).isEqualTo("Java");
        assertThat(gap.get("unrecognized_skills").get(0).asString()).isEqualTo("team spirit");
    }

    @Test
    void movesFromARoleCarryTheSalaryChangeAndTheStep() {
        JsonNode moves = json.valueToTree(controller.moves(List.of("k8s"), "backend developer", null));

        assertThat(moves.get("from").get("slug").asString()).isEqualTo("backend-developer");
        assertThat(moves.get("next_cursor").isNull()).isTrue();
        JsonNode first = moves.get("data").get(0);
        assertThat(first.get("role").get("name").asString()).isEqualTo("Site Reliability Engineer");
        assertThat(first.get("coverage").asDouble()).isEqualTo(1.0);
        assertThat(first.get("salary_median_yearly").asLong()).isEqualTo(155_000);
        assertThat(first.get("salary_change").asLong()).isEqualTo(40_000);
        assertThat(first.get("step").get("kind").asString()).isEqualTo("lateral");
        assertThat(moves.get("data").get(1).get("salary_change").isNull()).isTrue();
    }
}
