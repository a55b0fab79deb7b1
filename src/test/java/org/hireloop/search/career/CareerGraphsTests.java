package org.hireloop.search.career;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.hireloop.search.career.CareerFixtures.description;
import static org.hireloop.search.career.InMemorySearch.document;

import java.util.List;
import java.util.UUID;
import org.hireloop.search.JobDocument;
import org.hireloop.search.career.CareerGraph.RequiredSkill;
import org.hireloop.search.career.CareerGraph.Role;
import org.hireloop.search.lucene.LuceneJobSearchEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The graph of what the index holds now, with roles and skills named as people name them: the
 * real Lucene engine in memory (so its facet counting is what the graph reads), a small taxonomy.
 */
class CareerGraphsTests {

    private final LuceneJobSearchEngine engine = LuceneJobSearchEngine.inMemory();
    private final InMemorySearch.MutableClock clock = new InMemorySearch.MutableClock();
    private final CareerGraphs graphs = new CareerGraphs(engine, new InMemorySearch.Taxonomy(), clock);
    private JobDocument backend;
    private JobDocument draft;

    @BeforeEach
    void publishJobs() {
        var developer = description(
                "Backend Developer",
                List.of(),
                List.of("Senior Backend Developer"),
                List.of("Site Reliability Engineer (SRE)"));
        backend = document("published", developer, List.of("Java", "SQL"), 110_000.0);
        draft = document(
                "draft", description("Astronaut", List.of(), List.of("Backend Developer"), List.of()), List.of(), null);
        engine.upsert(List.of(
                backend,
                document("published", developer, List.of("Java"), 120_000.0),
                document(
                        "published",
                        description("Site Reliability Engineer", List.of(), List.of(), List.of()),
                        List.of("Kubernetes", "Terraform"),
                        150_000.0),
                draft));
        engine.commit(1);
    }

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void onlyPublishedJobsMakeTheGraph() {
        assertThat(graphs.roles(null, 50))
                .extracting(Role::name)
                .containsExactly("Backend Developer", "Site Reliability Engineer", "Senior Backend Developer");
        assertThatThrownBy(() -> graphs.role("astronaut"))
                .isInstanceOf(CareerGraphs.UnknownRole.class)
                .hasMessage("no role named 'astronaut' in the career graph");
    }

    @Test
    void theSnapshotIsRebuiltAfterACommitButAtMostOnceEveryTwoSeconds() {
        CareerGraph first = graphs.graph();
        assertThat(graphs.graph()).isSameAs(first);

        engine.upsert(List.of(
                document("published", description("Data Engineer", List.of(), List.of(), List.of()), List.of(), null)));
        engine.commit(2);
        assertThat(graphs.graph().find("Data Engineer"))
                .as("stale within two seconds")
                .isEmpty();

        assertThat(graphs.graph()).isSameAs(first);

        clock.advanceSeconds(2);
        CareerGraph second = graphs.graph();
        assertThat(second.find("Data Engineer")).isPresent();

        clock.advanceSeconds(60);
        assertThat(graphs.graph()).as("no commit, no rebuild").isSameAs(second);
    }

    @Test
    void nextStepsAndPathsAcceptAbbreviationsAndSlugs() {
        assertThat(graphs.next("sre")).extracting(edge -> edge.to().name()).containsExactly("Backend Developer");
        assertThat(graphs.paths("SRE", "senior-backend-developer", 3))
                .singleElement()
                .satisfies(path -> assertThat(path.roles())
                        .extracting(Role::name)
                        .containsExactly("Site Reliability Engineer", "Backend Developer", "Senior Backend Developer"));
        assertThatThrownBy(() -> graphs.paths("SRE", "Astronaut", 3)).isInstanceOf(CareerGraphs.UnknownRole.class);
    }

    @Test
    void skillsAreResolvedThroughTheTaxonomyAndUnknownOnesReportedBack() {
        var resolved = graphs.resolve(List.of("JDK", "k8s and golang", "team spirit", "java"));

        assertThat(resolved.recognized()).containsExactly("Java", "Kubernetes", "Go");
        assertThat(resolved.unrecognized()).containsExactly("team spirit");
    }

    @Test
    void theGapToARoleRanksItsSkills() {
        var gap = graphs.gapToRole(List.of("k8s", "sql"), "backend developer");

        assertThat(gap.target()).isEqualTo(new CareerGraphs.Target("role", "backend-developer", "Backend Developer"));
        assertThat(gap.gap().have()).containsExactly(new RequiredSkill("SQL", 1, 0.5));
        assertThat(gap.gap().missing()).containsExactly(new RequiredSkill("Java", 2, 1.0));
        assertThat(gap.gap().coverage()).isEqualTo(0.3333);
    }

    @Test
    void theGapToAPublishedJobIsItsOwnSkills() {
        var gap = graphs.gapToJob(List.of("Java", "Cobol"), backend.id());

        assertThat(gap.target().type()).isEqualTo("job");
        assertThat(gap.gap().have()).extracting(RequiredSkill::skill).containsExactly("Java");
        assertThat(gap.gap().missing()).extracting(RequiredSkill::skill).containsExactly("SQL");
        assertThat(gap.gap().coverage()).isEqualTo(0.5);
        assertThat(gap.skills().unrecognized()).containsExactly("Cobol");
    }

    @Test
    void aJobNotPublishedHasNoGap() {
        assertThatThrownBy(() -> graphs.gapToJob(List.of("Java"), draft.id()))
                .isInstanceOf(CareerGraphs.JobNotPublished.class);
        assertThatThrownBy(() -> graphs.gapToJob(List.of("Java"), UUID.randomUUID()))
                .isInstanceOf(CareerGraphs.JobNotPublished.class);
    }

    @Test
    void movesFromARoleListItsNeighbours() {
        var moves = graphs.moves(List.of("kubernetes"), "Backend Developer", 10);

        assertThat(moves.from()).extracting(Role::slug).isEqualTo("backend-developer");
        assertThat(moves.moves())
                .extracting(move -> move.role().name(), move -> move.salaryChange())
                .containsExactly(tuple("Site Reliability Engineer", 35_000L), tuple("Senior Backend Developer", null));
    }
}
