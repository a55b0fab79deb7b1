package org.hireloop.search.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hireloop.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * CI's relevance gate: the judged query set over its fixed generated corpus, searched the way the
 * application searches, must reach the recorded baseline of nDCG@10 and recall@50 (see
 * {@code search/relevance/baseline.properties}); a change that lowers search quality fails here.
 */
@IntegrationTest
class RelevanceRegressionIntegrationTests {

    @Autowired
    QueryRunner runner;

    @Test
    void searchQualityReachesTheRecordedBaseline() {
        JudgedQueries judged = JudgedQueries.shipped();
        List<GeneratedJob> corpus = judged.corpus();
        runner.index(corpus);
        RelevanceEvaluation evaluation = RelevanceEvaluation.run(corpus, judged.queries(), runner::run);
        RelevanceBaseline baseline = RelevanceBaseline.shipped();
        System.out.print(evaluation.format());
        assertThat(baseline.ndcg()).as("a baseline is recorded").isPositive();
        assertThat(evaluation.meets(baseline))
                .as("nDCG@10 and recall@50 at least the baseline %s", baseline)
                .isTrue();
    }
}
