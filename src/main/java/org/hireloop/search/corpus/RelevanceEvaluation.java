package org.hireloop.search.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Search quality over the judged queries: per query nDCG@10 with graded gains (2^grade - 1, the
 * ideal ranking from the judged set) and recall@50 (the share of judged jobs, grade 1 or 2, found
 * in the first 50, out of at most 50: a query with 300 relevant jobs can reach 1.0), and their means.
 */
public final class RelevanceEvaluation {

    public static final int NDCG_DEPTH = 10;
    public static final int RECALL_DEPTH = 50;

    /** One query's figures: how many jobs the criteria judge relevant, and how the search did. */
    public record QueryResult(JudgedQuery query, int perfect, int relevant, double ndcg, double recall) {}

    private final List<QueryResult> results;

    private RelevanceEvaluation(List<QueryResult> results) {
        this.results = List.copyOf(results);
    }

    /**
     * Runs every query through the search and scores its ranking against the judgments of the
     * corpus.
     *
     * @param search runs one query and answers the keys of the jobs it found, best first
     */
    public static RelevanceEvaluation run(
            List<GeneratedJob> corpus, List<JudgedQuery> queries, Function<JudgedQuery, List<String>> search) {
        List<QueryResult> results = new ArrayList<>();
        for (JudgedQuery query : queries) {
            Map<String, Integer> grades = judge(corpus, query);
            List<String> ranked = search.apply(query);
            int perfect = (int) grades.values().stream().filter(g -> g == 2).count();
            results.add(new QueryResult(
                    query,
                    perfect,
                    grades.size(),
                    ndcg(ranked, grades, NDCG_DEPTH),
                    recall(ranked, grades, RECALL_DEPTH)));
        }
        return new RelevanceEvaluation(results);
    }

    /** The jobs of the corpus with a grade above 0 for the query, by key. */
    public static Map<String, Integer> judge(List<GeneratedJob> corpus, JudgedQuery query) {
        Map<String, Integer> grades = new HashMap<>();
        for (GeneratedJob job : corpus) {
            int grade = query.grade(job);
            if (grade > 0) {
                grades.put(job.key(), grade);
            }
        }
        return grades;
    }

    /**
     * Normalized discounted cumulative gain of the first k results: sum of (2^grade - 1) /
     * log2(rank + 1), divided by the same sum for the best possible ranking of the judged jobs.
     * A key listed twice counts once; 0 when nothing is relevant.
     */
    public static double ndcg(List<String> ranked, Map<String, Integer> grades, int k) {
        double dcg = 0;
        Set<String> seen = new HashSet<>();
        int rank = 0;
        for (String key : ranked) {
            if (rank == k) {
                break;
            }
            if (!seen.add(key)) {
                continue;
            }
            rank++;
            dcg += gain(grades.getOrDefault(key, 0)) / log2(rank + 1);
        }
        List<Integer> ideal =
                grades.values().stream().sorted((a, b) -> b - a).limit(k).toList();
        double idcg = 0;
        for (int i = 0; i < ideal.size(); i++) {
            idcg += gain(ideal.get(i)) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    /** Judged jobs among the first k results, out of min(k, number of judged jobs); 0 when none are judged. */
    public static double recall(List<String> ranked, Map<String, Integer> grades, int k) {
        if (grades.isEmpty()) {
            return 0;
        }
        Set<String> found = new HashSet<>();
        for (String key : ranked.subList(0, Math.min(k, ranked.size()))) {
            if (grades.containsKey(key)) {
                found.add(key);
            }
        }
        return (double) found.size() / Math.min(k, grades.size());
    }

    private static double gain(int grade) {
        return (1 << grade) - 1;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    public List<QueryResult> results() {
        return results;
    }

    public double meanNdcg() {
        return results.stream().mapToDouble(QueryResult::ndcg).average().orElse(0);
    }

    public double meanRecall() {
        return results.stream().mapToDouble(QueryResult::recall).average().orElse(0);
    }

    /** True when both means reach the baseline (within a rounding tolerance of 0.0005). */
    public boolean meets(RelevanceBaseline baseline) {
        return meanNdcg() + 0.0005 >= baseline.ndcg() && meanRecall() + 0.0005 >= baseline.recall();
    }

    /** A table: one line per query, then the means. */
    public String format() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                "%-4s %-42s %7s %8s %8s %9s%n", "id", "query", "grade 2", "judged", "nDCG@10", "recall@50"));
        for (QueryResult r : results) {
            String query = r.query().query()
                    + (r.query().filters().isEmpty()
                            ? ""
                            : " " + new java.util.TreeMap<>(r.query().filters()));
            out.append(String.format(
                    "%-4s %-42s %7d %8d %8.3f %9.3f%n",
                    r.query().id(),
                    query.length() > 42 ? query.substring(0, 41) + "…" : query,
                    r.perfect(),
                    r.relevant(),
                    r.ndcg(),
                    r.recall()));
        }
        out.append(String.format(
                "mean over %d queries: nDCG@10 %.3f, recall@50 %.3f%n", results.size(), meanNdcg(), meanRecall()));
        return out.toString();
    }
}
