package org.hireloop.search.career;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.hireloop.IntegrationTest;
import org.hireloop.SharedFixtures;
import org.hireloop.TestApi;
import org.hireloop.TestApi.Tenant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The career graph over HTTP on the real application: jobs imported and published through the
 * API, indexed, counted into the graph, and asked about anonymously. Other tests publish jobs in
 * the same database, so the assertions are about what these jobs guarantee (contains, not equals).
 *
 * <p>The jobs make the path Backend Developer → Member of Technical Staff (MTS) → Staff Engineer:
 * the shared fixture names both steps, and the two small descriptions name them again from the
 * other end.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CareerApiIntegrationTests {

    static final Path FIXTURE = SharedFixtures.MEMBER_OF_TECHNICAL_STAFF;

    private static final String CAREER = "/api/v1/public/career";

    @Autowired
    TestApi api;

    Tenant tenant;
    String mts;
    String draft;

    @BeforeAll
    void publishThePath() throws IOException {
        tenant = api.newOrganization("career");
        mts = publish(Files.readAllBytes(FIXTURE));
        publish(resource("backend-developer.txt"));
        String staff = publish(resource("staff-engineer.txt"));
        draft = importJob(resource("backend-developer.txt"));
        // the gap to a job reads the index, the rest the graph (rebuilt at most every 2 seconds)
        await(() -> get(CAREER + "/gap?skills=java&job=" + mts), answer -> answer.status() == 200);
        await(
                () -> get(CAREER + "/paths?from=backend-developer&to=staff-engineer&k=3"),
                answer -> answer.status() == 200
                        && hasPath(
                                answer.json(),
                                List.of("backend-developer", "member-of-technical-staff", "staff-engineer")));
        await(() -> get(CAREER + "/gap?skills=java&job=" + staff), answer -> answer.status() == 200);
        // other tests publish the fixture too, so the path above may come from their jobs alone: the
        // lateral move only backend-developer.txt names says the graph has this test's jobs
        await(
                () -> get(CAREER + "/roles/backend-developer/next"),
                answer -> answer.status() == 200
                        && answer.json()
                                .get("data")
                                .valueStream()
                                .anyMatch(step ->
                                        step.get("to").get("slug").asString().equals("site-reliability-engineer")));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Member of Technical Staff",
                "member of technical staff",
                "member-of-technical-staff",
                "MTS",
                "mts"
            })
    void nextStepsOfARoleByTitleSlugOrAbbreviationInAnyCase(String name) {
        JsonNode next = ok(get(CAREER + "/roles/" + segment(name) + "/next"));

        assertThat(next.get("next_cursor").isNull()).isTrue();
        List<String> to = new ArrayList<>();
        for (JsonNode step : next.get("data")) {
            assertThat(step.get("from").get("slug").asString()).isEqualTo("member-of-technical-staff");
            to.add(step.get("to").get("slug").asString() + ":"
                    + step.get("kind").asString());
        }
        assertThat(to)
                .contains(
                        "staff-engineer:advance",
                        "principal-engineer:advance",
                        "senior-member-of-technical-staff:advance",
                        "engineering-manager:advance",
                        "site-reliability-engineer:lateral",
                        "software-architect:lateral");
    }

    @Test
    void theGraphKnowsTheAbbreviations() {
        JsonNode roles = ok(get(CAREER + "/roles?q=mts&limit=200"));
        JsonNode role = roleNamed(roles, "member-of-technical-staff");
        assertThat(role.get("name").asString()).isEqualTo("Member of Technical Staff");
        assertThat(strings(role.get("aliases"))).contains("MTS");
        assertThat(role.get("jobs").asLong()).isGreaterThanOrEqualTo(1);

        JsonNode sre = roleNamed(ok(get(CAREER + "/roles?q=sre&limit=200")), "site-reliability-engineer");
        assertThat(strings(sre.get("aliases"))).contains("SRE");
    }

    @Test
    void aSiteReliabilityEngineerIsALateralMoveNamedByItsAbbreviation() {
        JsonNode next = ok(get(CAREER + "/roles/sre/next"));

        assertThat(next.get("data")).anySatisfy(step -> {
            assertThat(step.get("from").get("slug").asString()).isEqualTo("site-reliability-engineer");
            assertThat(step.get("to").get("slug").asString()).isEqualTo("member-of-technical-staff");
            assertThat(step.get("kind").asString()).isEqualTo("lateral");
            assertThat(step.get("support").get("lateral").asLong()).isGreaterThanOrEqualTo(1);
        });
        assertThat(ok(get(CAREER + "/roles/backend-developer/next")).get("data"))
                .anySatisfy(step -> {
                    assertThat(step.get("to").get("slug").asString()).isEqualTo("site-reliability-engineer");
                    assertThat(step.get("kind").asString()).isEqualTo("lateral");
                });
    }

    @Test
    void pathsFromBackendDeveloperToStaffEngineer() {
        JsonNode paths = ok(
                get(CAREER + "/paths?from=" + query("Backend Developer") + "&to=" + query("staff engineer") + "&k=3"));

        assertThat(paths.get("data").size()).isBetween(1, 3);
        assertThat(hasPath(paths, List.of("backend-developer", "member-of-technical-staff", "staff-engineer")))
                .as(paths.toString())
                .isTrue();
        int previous = 0;
        for (JsonNode path : paths.get("data")) {
            List<String> roles = slugs(path.get("roles"));
            assertThat(roles).first().isEqualTo("backend-developer");
            assertThat(roles).last().isEqualTo("staff-engineer");
            assertThat(roles).doesNotHaveDuplicates();
            assertThat(path.get("length").asInt()).isEqualTo(roles.size() - 1).isGreaterThanOrEqualTo(previous);
            assertThat(path.get("steps").size()).isEqualTo(roles.size() - 1);
            assertThat(path.get("weakest_support").asLong()).isGreaterThanOrEqualTo(1);
            previous = path.get("length").asInt();
        }
        assertThat(ok(get(CAREER + "/paths?from=MTS&to=staff-engineer&k=1")).get("data"))
                .singleElement()
                .satisfies(path -> assertThat(slugs(path.get("roles")))
                        .containsExactly("member-of-technical-staff", "staff-engineer"));
    }

    @Test
    void theGapToTheRoleCountsAnAliasAsTheSkillAndRanksWhatIsMissing() {
        JsonNode gap = ok(get(CAREER + "/gap?skills=java,k8s&role=MTS"));

        assertThat(gap.get("target").get("type").asString()).isEqualTo("role");
        assertThat(gap.get("target").get("id").asString()).isEqualTo("member-of-technical-staff");
        assertThat(strings(gap.get("recognized_skills"))).containsExactly("Java", "Kubernetes");
        assertThat(gap.get("unrecognized_skills")).isEmpty();
        assertThat(skills(gap.get("have"))).containsExactlyInAnyOrder("Java", "Kubernetes");
        assertThat(skills(gap.get("missing"))).contains("PostgreSQL", "Docker").doesNotContain("Java", "Kubernetes");
        assertRanked(gap.get("missing"));
        assertThat(gap.get("coverage").asDouble()).isStrictlyBetween(0.0, 1.0);
    }

    @Test
    void theGapToThePublishedJobIsItsOwnSkills() {
        JsonNode gap = ok(get(CAREER + "/gap?skills=" + query("java, k8s, team spirit") + "&job=" + mts));

        assertThat(gap.get("target").get("type").asString()).isEqualTo("job");
        assertThat(gap.get("target").get("id").asString()).isEqualTo(mts);
        assertThat(gap.get("target").get("name").asString()).isEqualTo("Member of Technical Staff");
        assertThat(skills(gap.get("have"))).containsExactlyInAnyOrder("Java", "Kubernetes");
        assertThat(skills(gap.get("missing"))).contains("PostgreSQL", "Docker", "Python");
        gap.get("missing")
                .forEach(skill -> assertThat(skill.get("share").asDouble()).isEqualTo(1.0));
        assertThat(strings(gap.get("unrecognized_skills"))).containsExactly("team spirit");
        assertThat(gap.get("coverage").asDouble()).isStrictlyBetween(0.0, 1.0);
    }

    @Test
    void movesFromSkillsAndARole() {
        JsonNode moves = ok(get(CAREER + "/moves?skills=java,k8s,postgresql&from=" + query("backend developer")));

        assertThat(moves.get("from").get("slug").asString()).isEqualTo("backend-developer");
        assertThat(strings(moves.get("recognized_skills"))).containsExactly("Java", "Kubernetes", "PostgreSQL");
        assertThat(moves.get("data"))
                .anySatisfy(move -> {
                    assertThat(move.get("role").get("slug").asString()).isEqualTo("member-of-technical-staff");
                    assertThat(move.get("step").get("from").get("slug").asString())
                            .isEqualTo("backend-developer");
                    assertThat(move.get("coverage").asDouble()).isStrictlyBetween(0.0, 1.0);
                    assertThat(skills(move.get("missing_skills"))).doesNotContain("Java", "Kubernetes", "PostgreSQL");
                })
                .anySatisfy(move ->
                        assertThat(move.get("role").get("slug").asString()).isEqualTo("site-reliability-engineer"));
        // no current role: every role with published jobs, ranked by coverage
        JsonNode anywhere = ok(get(CAREER + "/moves?skills=java,k8s&limit=200"));
        assertThat(anywhere.get("from").isNull()).isTrue();
        assertThat(anywhere.get("data")).isNotEmpty();
        double previous = Double.MAX_VALUE;
        for (JsonNode move : anywhere.get("data")) {
            double coverage =
                    move.get("coverage").isNull() ? -1 : move.get("coverage").asDouble();
            assertThat(coverage).isLessThanOrEqualTo(previous);
            previous = coverage;
        }
    }

    @Test
    void anUnknownRoleIsA404Problem() {
        assertProblem(get(CAREER + "/roles/astronaut-of-the-deep/next"), 404, "astronaut-of-the-deep");
        assertProblem(get(CAREER + "/paths?from=MTS&to=astronaut-of-the-deep"), 404, "astronaut-of-the-deep");
        assertProblem(get(CAREER + "/gap?skills=java&role=astronaut-of-the-deep"), 404, "astronaut-of-the-deep");
        assertProblem(get(CAREER + "/moves?skills=java&from=astronaut-of-the-deep"), 404, "astronaut-of-the-deep");
    }

    @Test
    void badParametersAre400NamingThem() {
        assertProblem(get(CAREER + "/paths?from=MTS&to=staff-engineer&k=0"), 400, "\"k\"");
        assertProblem(get(CAREER + "/paths?from=MTS&to=staff-engineer&k=11"), 400, "\"k\"");
        assertProblem(get(CAREER + "/paths?from=MTS&to=staff-engineer&k=three"), 400, "\"k\"");
        assertProblem(get(CAREER + "/gap?skills=java&role=MTS&job=" + mts), 400, "\"job\"");
        assertProblem(get(CAREER + "/gap?skills=java"), 400, "\"job\"");
        assertProblem(get(CAREER + "/moves?skills=java&limit=0"), 400, "\"limit\"");
    }

    @Test
    void theGapToADraftOrUnknownJobIsA404() {
        assertProblem(get(CAREER + "/gap?skills=java&job=" + draft), 404, draft);
        assertProblem(
                get(CAREER + "/gap?skills=java&job=0193a000-0000-7000-8000-000000000000"), 404, "no published job");
    }

    // -- helpers

    private String importJob(byte[] text) {
        return api.importJob(tenant, text);
    }

    private String publish(byte[] text) {
        return api.publishJob(tenant, text);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = CareerApiIntegrationTests.class.getResourceAsStream("/career/" + name)) {
            return Objects.requireNonNull(in, name).readAllBytes();
        }
    }

    private TestApi.Response get(String path) {
        return api.get(path).send();
    }

    private static JsonNode ok(TestApi.Response response) {
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.json();
    }

    private static void assertProblem(TestApi.Response response, int status, String mentioned) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        assertThat(response.header("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(response.text()).contains(mentioned);
    }

    /** Asks until the answer shows the jobs (the index follows within a second, the graph within two more). */
    private static void await(Supplier<TestApi.Response> ask, Predicate<TestApi.Response> until) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        TestApi.Response answer = ask.get();
        while (!until.test(answer) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            answer = ask.get();
        }
        assertThat(until.test(answer))
                .as("the graph never showed the jobs: " + answer)
                .isTrue();
    }

    private static boolean hasPath(JsonNode paths, List<String> roles) {
        for (JsonNode path : paths.get("data")) {
            if (slugs(path.get("roles")).equals(roles)) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode roleNamed(JsonNode roles, String slug) {
        for (JsonNode role : roles.get("data")) {
            if (role.get("slug").asString().equals(slug)) {
                return role;
            }
        }
        throw new AssertionError("no role " + slug + " in " + roles);
    }

    private static void assertRanked(JsonNode skills) {
        long previous = Long.MAX_VALUE;
        for (JsonNode skill : skills) {
            assertThat(skill.get("jobs").asLong()).isLessThanOrEqualTo(previous);
            previous = skill.get("jobs").asLong();
        }
    }

    private static List<String> slugs(JsonNode roles) {
        List<String> slugs = new ArrayList<>();
        roles.forEach(role -> slugs.add(role.get("slug").asString()));
        return slugs;
    }

    private static List<String> skills(JsonNode skills) {
        List<String> names = new ArrayList<>();
        skills.forEach(skill -> names.add(skill.get("skill").asString()));
        return names;
    }

    private static List<String> strings(JsonNode values) {
        List<String> strings = new ArrayList<>();
        values.forEach(value -> strings.add(value.asString()));
        return strings;
    }

    private static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
