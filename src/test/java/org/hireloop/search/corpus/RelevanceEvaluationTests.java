package org.hireloop.search.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RelevanceEvaluationTests {

    private static final Map<String, Integer> GRADES = Map.of("a", 2, "b", 1, "c", 1);

    @Test
    void aPerfectRankingScoresOne() {
        assertThat(RelevanceEvaluation.ndcg(List.of("a", "b", "c"), GRADES, 10)).isEqualTo(1.0);
        assertThat(RelevanceEvaluation.ndcg(List.of("a", "c", "b", "x"), GRADES, 10))
                .isEqualTo(1.0);
    }

    @Test
    void discountsRelevantJobsFurtherDown() {
        // DCG = 1/log2(2) + 3/log2(3) = 2.8928; ideal = 3 + 1/log2(3) + 1/log2(4) = 4.1309
        assertThat(RelevanceEvaluation.ndcg(List.of("b", "a", "x"), GRADES, 10)).isCloseTo(0.700276, within(1e-6));
    }

    @Test
    void countsAJobListedTwiceOnceAndStopsAtTheDepth() {
        // x, a, b within the first 3 distinct: 3/log2(3) + 1/log2(4), over the same ideal
        assertThat(RelevanceEvaluation.ndcg(List.of("x", "a", "a", "b", "c"), GRADES, 3))
                .isCloseTo(0.579237, within(1e-6));
        assertThat(RelevanceEvaluation.ndcg(List.of("x", "y", "a"), GRADES, 2)).isZero();
    }

    @Test
    void scoresNothingWhenNothingIsRelevant() {
        assertThat(RelevanceEvaluation.ndcg(List.of("a"), Map.of(), 10)).isZero();
        assertThat(RelevanceEvaluation.recall(List.of("a"), Map.of(), 50)).isZero();
        assertThat(RelevanceEvaluation.ndcg(List.of(), GRADES, 10)).isZero();
    }

    @Test
    void recallIsTheShareOfJudgedJobsFoundOutOfWhatFitsInTheDepth() {
        assertThat(RelevanceEvaluation.recall(List.of("b", "a", "x"), GRADES, 50))
                .isCloseTo(2.0 / 3, within(1e-9));
        assertThat(RelevanceEvaluation.recall(List.of("b", "a", "x"), GRADES, 2))
                .isEqualTo(1.0);
        assertThat(RelevanceEvaluation.recall(List.of("x", "b", "a"), GRADES, 2))
                .isEqualTo(0.5);
        assertThat(RelevanceEvaluation.recall(List.of("a", "a", "a"), GRADES, 50))
                .isCloseTo(1.0 / 3, within(1e-9));
    }

    @Test
    void averagesOverQueriesAndComparesWithTheBaseline() {
        JudgedQueries judged = JudgedQueries.shipped();
        List<GeneratedJob> corpus = judged.corpus();
        List<JudgedQuery> queries = judged.queries().subList(0, 2);
        // a search that finds exactly the judged jobs, best first, and one that finds nothing
        RelevanceEvaluation ideal = RelevanceEvaluation.run(corpus, queries, q -> oracle(corpus, q));
        RelevanceEvaluation empty = RelevanceEvaluation.run(corpus, queries, q -> List.of());
        assertThat(ideal.meanNdcg()).isEqualTo(1.0);
        assertThat(ideal.meanRecall()).isEqualTo(1.0);
        assertThat(empty.meanNdcg()).isZero();
        assertThat(ideal.meets(new RelevanceBaseline(0.9, 0.9))).isTrue();
        assertThat(empty.meets(new RelevanceBaseline(0.1, 0.0))).isFalse();
        assertThat(ideal.format()).contains("q01", "kubernetes", "mean over 2 queries: nDCG@10 1.000, recall@50 1.000");
    }

    static List<String> oracle(List<GeneratedJob> corpus, JudgedQuery query) {
        return corpus.stream()
                .filter(job -> query.grade(job) > 0)
                .sorted((a, b) -> query.grade(b) - query.grade(a))
                .map(GeneratedJob::key)
                .toList();
    }
}
