package org.hireloop.search.career;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.hireloop.search.career.CareerFixtures.aggregate;
import static org.hireloop.search.career.CareerFixtures.description;
import static org.hireloop.search.career.CareerFixtures.job;
import static org.hireloop.search.career.CareerFixtures.skills;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hireloop.search.career.CareerGraph.Edge;
import org.hireloop.search.career.CareerGraph.Kind;
import org.hireloop.search.career.CareerGraph.Move;
import org.hireloop.search.career.CareerGraph.Path;
import org.hireloop.search.career.CareerGraph.RequiredSkill;
import org.hireloop.search.career.CareerGraph.Role;
import org.junit.jupiter.api.Test;

/**
 * The graph of seven published jobs: three backend developers (one title written in lower case),
 * two senior backend developers, a site reliability engineer and an engineering manager.
 */
class CareerGraphTests {

    private static final CareerGraph graph = CareerGraph.of(aggregate(jobs()));

    private static List<Map<String, List<String>>> jobs() {
        var backend = description(
                "Backend Developer",
                List.of(),
                List.of("Senior Backend Developer"),
                List.of("Site Reliability Engineer (SRE)"));
        var backendLowerCase = description(
                "backend developer.",
                List.of(),
                List.of("Senior Backend Developer"),
                List.of("Site Reliability Engineer (SRE)"));
        var senior = description(
                "Senior Backend Developer",
                List.of("Backend Developer"),
                List.of("Staff Engineer / Principal Engineer"),
                List.of());
        var sre = description("Site Reliability Engineer", List.of(), List.of("Staff Engineer"), List.of());
        var manager = description("Engineering Manager", List.of("Staff Engineer"), List.of(), List.of());
        List<Map<String, List<String>>> jobs = new ArrayList<>();
        jobs.add(job(backend, skills("Java", "SQL"), 100_000.0));
        jobs.add(job(backend, skills("Java", "Docker"), 112_000.0));
        jobs.add(job(backendLowerCase, skills("Java"), 125_000.0));
        jobs.add(job(senior, skills("Java", "Kubernetes"), 150_000.0));
        jobs.add(job(senior, skills("Java", "Kubernetes"), null));
        jobs.add(job(sre, skills("Kubernetes", "Terraform"), 160_000.0));
        jobs.add(job(manager, skills(), null));
        return jobs;
    }

    private static Role role(String name) {
        return graph.find(name).orElseThrow();
    }

    private static List<List<String>> slugs(List<Path> paths) {
        return paths.stream()
                .map(path -> path.roles().stream().map(Role::slug).toList())
                .toList();
    }

    @Test
    void aRoleIsFoundByTitleSlugOrAbbreviationInAnyCase() {
        assertThat(List.of(
                        "Site Reliability Engineer",
                        "site reliability engineer.",
                        "site-reliability-engineer",
                        "SRE",
                        "sre"))
                .allSatisfy(name -> assertThat(graph.find(name)).map(Role::slug).contains("site-reliability-engineer"));
        assertThat(graph.find("Astronaut")).isEmpty();
    }

    @Test
    void aRoleIsNamedByItsMostCommonSpellingAndCountsItsJobs() {
        Role backend = role("backend-developer");

        assertThat(backend.name()).isEqualTo("Backend Developer");
        assertThat(backend.jobs()).isEqualTo(3);
        assertThat(role("SRE").aliases()).containsExactly("SRE");
    }

    @Test
    void rolesOnlyNamedInCareerPathsAreRolesWithoutJobs() {
        assertThat(role("Principal Engineer").jobs()).isZero();
        assertThat(graph.size()).isEqualTo(6);
    }

    @Test
    void searchingRolesPutsTheNamedRoleFirstThenPrefixesThenWords() {
        assertThat(graph.roles("backend", 10))
                .extracting(Role::name)
                .containsExactly("Backend Developer", "Senior Backend Developer");
        assertThat(graph.roles("sre", 10)).extracting(Role::name).containsExactly("Site Reliability Engineer");
        assertThat(graph.roles("engineer", 10))
                .extracting(Role::name)
                .startsWith("Engineering Manager")
                .contains("Site Reliability Engineer", "Staff Engineer", "Principal Engineer");
        assertThat(graph.roles("", 3))
                .extracting(Role::name)
                .startsWith("Backend Developer")
                .hasSize(3);
    }

    @Test
    void edgesAreWeightedByTheNumberOfDescriptionsSupportingThem() {
        List<Edge> next = graph.next(role("Backend Developer"));

        assertThat(next)
                .extracting(edge -> edge.to().name(), Edge::weight, Edge::kind)
                .containsExactly(
                        tuple("Senior Backend Developer", 5L, Kind.ADVANCE),
                        tuple("Site Reliability Engineer", 3L, Kind.LATERAL));
        assertThat(next.get(0).support()).containsEntry(Kind.ADVANCE, 3L).containsEntry(Kind.ENTRY, 2L);
    }

    @Test
    void lateralMovesGoBothWays() {
        assertThat(graph.next(role("SRE")))
                .extracting(edge -> edge.to().name(), Edge::weight)
                .containsExactly(tuple("Backend Developer", 3L), tuple("Staff Engineer", 1L));
    }

    @Test
    void pathsComeFewestStepsFirstThenTheBestSupportedWeakestStep() {
        List<Path> paths = graph.paths(role("Backend Developer"), role("Staff Engineer"), 3);

        assertThat(slugs(paths))
                .containsExactly(
                        List.of("backend-developer", "senior-backend-developer", "staff-engineer"),
                        List.of("backend-developer", "site-reliability-engineer", "staff-engineer"));
        assertThat(paths).extracting(Path::weakestSupport).containsExactly(2L, 1L);
        assertThat(paths.get(0).steps())
                .extracting(Edge::kind, Edge::weight)
                .containsExactly(tuple(Kind.ADVANCE, 5L), tuple(Kind.ADVANCE, 2L));
    }

    @Test
    void kLimitsThePathsAndEqualPathsGoByTotalSupport() {
        List<Path> paths = graph.paths(role("Backend Developer"), role("Engineering Manager"), 1);

        assertThat(slugs(paths))
                .containsExactly(List.of(
                        "backend-developer", "senior-backend-developer", "staff-engineer", "engineering-manager"));
    }

    @Test
    void anUnreachableRoleHasNoPath() {
        assertThat(graph.paths(role("Engineering Manager"), role("Backend Developer"), 3))
                .isEmpty();
        assertThat(graph.paths(role("Principal Engineer"), role("Staff Engineer"), 3))
                .isEmpty();
    }

    @Test
    void aRoleIsZeroStepsFromItself() {
        List<Path> paths = graph.paths(role("SRE"), role("sre"), 3);

        assertThat(paths).singleElement().satisfies(path -> {
            assertThat(path.length()).isZero();
            assertThat(path.roles()).extracting(Role::slug).containsExactly("site-reliability-engineer");
        });
    }

    @Test
    void yensAlgorithmListsEveryLooplessPathInOrder() {
        // A→D directly (weak); A→B→D (strong); A→C→D (weak); A→B→C→D; and D→A, C→B, B→A that only make loops
        CareerGraph diamond = CareerGraph.of(Map.of(
                CareerTerms.EDGE,
                Map.of(
                        "A\u241fD\u241fadvance", 1L,
                        "A\u241fB\u241fadvance", 5L,
                        "B\u241fD\u241fadvance", 5L,
                        "A\u241fC\u241fadvance", 1L,
                        "C\u241fD\u241fadvance", 2L,
                        "B\u241fC\u241flateral", 3L,
                        "C\u241fB\u241flateral", 3L,
                        "D\u241fA\u241fadvance", 9L,
                        "B\u241fA\u241fentry", 9L)));
        Role a = diamond.find("a").orElseThrow();
        Role d = diamond.find("d").orElseThrow();

        List<Path> paths = diamond.paths(a, d, 10);

        assertThat(slugs(paths))
                .containsExactly(
                        List.of("a", "d"),
                        List.of("a", "b", "d"),
                        List.of("a", "c", "d"),
                        List.of("a", "b", "c", "d"),
                        List.of("a", "c", "b", "d"));
        assertThat(paths).allSatisfy(path -> assertThat(path.roles()).doesNotHaveDuplicates());
        assertThat(slugs(diamond.paths(a, d, 2))).isEqualTo(slugs(paths).subList(0, 2));
    }

    @Test
    void theGapToARoleRanksItsSkillsByHowManyOfItsJobsRequireThem() {
        var gap = graph.gap(List.of("java", "Kubernetes"), role("Backend Developer"));

        assertThat(gap.have()).containsExactly(new RequiredSkill("Java", 3, 1.0));
        assertThat(gap.missing())
                .extracting(RequiredSkill::skill, RequiredSkill::jobs)
                .containsExactly(tuple("Docker", 1L), tuple("SQL", 1L));
        assertThat(gap.coverage()).isCloseTo(0.6, within(1e-9));
    }

    @Test
    void aRoleWithoutJobsHasNoSkillsAndNoCoverage() {
        var gap = graph.gap(List.of("Java"), role("Principal Engineer"));

        assertThat(gap.have()).isEmpty();
        assertThat(gap.missing()).isEmpty();
        assertThat(gap.coverage()).isNull();
    }

    @Test
    void theMedianSalaryIsTheCentreOfTheMedianBucket() {
        assertThat(graph.salaryMedian(role("Backend Developer"))).isEqualTo(115_000L);
        assertThat(graph.salaryMedian(role("Senior Backend Developer"))).isEqualTo(155_000L);
        assertThat(graph.salaryMedian(role("Engineering Manager"))).isNull();
    }

    @Test
    void movesFromARoleRankByCoverageFirst() {
        List<Move> moves = graph.moves(List.of("Java", "Kubernetes"), role("Backend Developer"), 10);

        assertThat(moves)
                .extracting(move -> move.role().name(), Move::coverage, Move::salaryChange)
                .containsExactly(
                        tuple("Senior Backend Developer", 1.0, 40_000L),
                        tuple("Site Reliability Engineer", 0.5, 50_000L));
        assertThat(moves.get(1).missing()).extracting(RequiredSkill::skill).containsExactly("Terraform");
        assertThat(moves.get(0).edge()).isNotNull();
    }

    @Test
    void movesWithTheSameCoverageRankByTheSalaryChange() {
        List<Move> moves = graph.moves(List.of("Kubernetes"), role("Backend Developer"), 10);

        assertThat(moves)
                .extracting(move -> move.role().name())
                .containsExactly("Site Reliability Engineer", "Senior Backend Developer");
    }

    @Test
    void movesWithoutACurrentRoleConsiderEveryRoleWithJobs() {
        List<Move> moves = graph.moves(List.of("Java"), null, 10);

        assertThat(moves)
                .extracting(move -> move.role().name(), Move::coverage)
                .containsExactly(
                        tuple("Backend Developer", 0.6),
                        tuple("Senior Backend Developer", 0.5),
                        tuple("Site Reliability Engineer", 0.0),
                        tuple("Engineering Manager", null));
        assertThat(moves).allSatisfy(move -> assertThat(move.salaryChange()).isNull());
        assertThat(graph.moves(List.of("Java"), null, 1)).hasSize(1);
    }

    @Test
    void valuesOfAnotherVersionOfTheTermsAreSkipped() {
        CareerGraph odd = CareerGraph.of(Map.of(
                CareerTerms.EDGE, Map.of("A\u241fB", 1L, "A\u241fB\u241fpromotion", 1L, "\u241fB\u241fadvance", 1L),
                CareerTerms.ROLE_SALARY, Map.of("A\u241flots", 1L),
                CareerTerms.ROLE, Map.of("A", 2L)));

        assertThat(odd.size()).isEqualTo(1);
        assertThat(odd.next(odd.find("A").orElseThrow())).isEmpty();
        assertThat(CareerGraph.EMPTY.roles(null, 10)).isEmpty();
    }
}
