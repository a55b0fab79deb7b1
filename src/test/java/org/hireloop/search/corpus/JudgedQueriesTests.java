package org.hireloop.search.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped judged query set: enough queries, each with jobs that should come first. */
class JudgedQueriesTests {

    private static JudgedQueries judged;
    private static List<GeneratedJob> corpus;

    @BeforeAll
    static void generate() {
        judged = JudgedQueries.shipped();
        corpus = judged.corpus();
    }

    @Test
    void namesItsFixedCorpus() {
        assertThat(judged.seed()).isEqualTo(20261129);
        assertThat(judged.orgs()).isEqualTo(20);
        assertThat(corpus).hasSize(3_000);
    }

    @Test
    void hasAtLeastFortyFiveDistinctQueries() {
        assertThat(judged.queries()).hasSizeGreaterThanOrEqualTo(45);
        assertThat(new HashSet<>(judged.queries().stream().map(JudgedQuery::id).toList()))
                .hasSameSizeAs(judged.queries());
    }

    @Test
    void everyQueryHasJobsThatShouldComeFirst() {
        for (JudgedQuery query : judged.queries()) {
            Map<String, Integer> grades = RelevanceEvaluation.judge(corpus, query);
            assertThat(grades.values()).as(query.id() + " " + query.query()).contains(2);
            // a query that judges most of the corpus relevant says nothing about ranking
            assertThat(grades).as(query.id()).hasSizeLessThan(corpus.size() / 3);
        }
    }

    @Test
    void everyJudgedJobSatisfiesTheQuerysFilters() {
        for (JudgedQuery query : judged.queries()) {
            for (GeneratedJob job : corpus) {
                if (query.grade(job) > 0) {
                    assertThat(satisfies(job, query.filters()))
                            .as(query.id() + " " + job.key())
                            .isTrue();
                }
            }
        }
    }

    @Test
    void refusesAnUnknownCriterionWithItsLine() {
        String text = "# corpus: seed=1 orgs=2 jobs=10\nq1\tx\t-\tcolour=red\t-\n";
        assertThatThrownBy(() -> JudgedQueries.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("line 2")
                .hasMessageContaining("unknown criterion 'colour'");
    }

    @Test
    void readsFiltersAndAlternatives() throws Exception {
        String text = "# corpus: seed=1 orgs=2 jobs=10\n"
                + "q1\tkubernetes\tremote=remote;tag=DevOps,SRE\tfamily=sre;skill=Kubernetes\tfamily=sre | skill=Helm\n";
        JudgedQuery query = JudgedQueries.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))
                .queries()
                .get(0);
        assertThat(query.filters())
                .containsEntry("remote", List.of("remote"))
                .containsEntry("tag", List.of("DevOps", "SRE"));
        assertThat(query.perfect().conditions()).hasSize(2);
        assertThat(query.partial()).hasSize(2);
    }

    private static boolean satisfies(GeneratedJob job, Map<String, List<String>> filters) {
        return filters.entrySet().stream().allMatch(filter -> switch (filter.getKey()) {
            case "remote" -> filter.getValue().contains(job.workplace());
            case "tag" -> job.tags().stream().anyMatch(filter.getValue()::contains);
            case "location" ->
                filter.getValue().contains(job.country()) || filter.getValue().contains(job.city());
            case "employment_type" -> filter.getValue().contains(job.employmentType());
            case "org" -> filter.getValue().contains(job.org().slug());
            case "skill" -> job.skills().stream().anyMatch(filter.getValue()::contains);
            case "department" -> filter.getValue().contains(job.department());
            default -> false;
        });
    }
}
