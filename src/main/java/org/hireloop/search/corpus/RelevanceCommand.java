package org.hireloop.search.corpus;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar hireloop.jar relevance}: generates the fixed corpus of the judged query set,
 * indexes it through the {@link QueryRunner}, runs every judged query and prints nDCG@10 and
 * recall@50 per query and their means. Exit code 0 when the means reach the recorded baseline,
 * 1 when they fall below it (or no search is wired), 2 on a usage mistake.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "hireloop.command", havingValue = "relevance")
class RelevanceCommand implements ApplicationRunner, ExitCodeGenerator {

    private final ObjectProvider<QueryRunner> runner;
    private int exitCode;

    RelevanceCommand(ObjectProvider<QueryRunner> runner) {
        this.runner = runner;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (args.getNonOptionArgs().size() > 1 || args.getOptionNames().stream().anyMatch(n -> !n.contains("."))) {
            System.err.println("usage: hireloop relevance");
            exitCode = 2;
            return;
        }
        QueryRunner search = runner.getIfAvailable();
        if (search == null) {
            System.err.println("relevance: no search is wired (no QueryRunner bean)");
            exitCode = 1;
            return;
        }
        exitCode = evaluate(search, JudgedQueries.shipped(), RelevanceBaseline.shipped()) ? 0 : 1;
    }

    /** Prints the evaluation; true when it reaches the baseline. */
    static boolean evaluate(QueryRunner search, JudgedQueries judged, RelevanceBaseline baseline) {
        List<GeneratedJob> corpus = judged.corpus();
        search.index(corpus);
        RelevanceEvaluation evaluation = RelevanceEvaluation.run(corpus, judged.queries(), search::run);
        System.out.print(evaluation.format());
        boolean meets = evaluation.meets(baseline);
        System.out.printf(
                "baseline: nDCG@10 %.3f, recall@50 %.3f: %s%n",
                baseline.ndcg(), baseline.recall(), meets ? "reached" : "QUALITY DROPPED BELOW THE BASELINE");
        return meets;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
