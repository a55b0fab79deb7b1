import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hireloop.search.JobSearchRequest;
import org.hireloop.search.JobSearchResult;
import org.hireloop.search.QuerySkill;
import org.hireloop.search.SearchScope;
import org.hireloop.search.lucene.LuceneJobSearchEngine;

/**
 * Where the HTTP benchmark's time goes, query by query: opens an index that {@code http.sh} built
 * (stop the server first: one writer per directory) and runs the text of each distinct query of
 * the mix in process (filters left out, the five facets on, summary cache off), 12 rounds, and
 * prints each query's total (~ when estimated) and its median and slowest time over the last 8.
 *
 * <p>With {@code skills} in place of the count, it runs the queries of {@link #SKILL_CASES} with
 * the skills the taxonomy recognizes in them over HTTP and without, alternately (3 warm-up rounds,
 * then 20), and prints both medians and the first hit: the mix's words, searched here without
 * skills, mostly name one over HTTP ("python", "spark" for Apache Spark).
 *
 * <p>Usage: java -cp CLASSPATH bench/search/QueryLatency.java INDEX_DIR [EXACT_COUNT [QUERIES]]
 * (QUERIES: a file of query strings like {@code queries.txt}, such as {@code hostile-queries.txt}),
 * or java -cp CLASSPATH bench/search/QueryLatency.java INDEX_DIR skills
 */
public class QueryLatency {

    static final Set<JobSearchRequest.Facet> FACETS = EnumSet.of(
            JobSearchRequest.Facet.TAG,
            JobSearchRequest.Facet.REMOTE,
            JobSearchRequest.Facet.EMPLOYMENT_TYPE,
            JobSearchRequest.Facet.LOCATION,
            JobSearchRequest.Facet.SALARY);

    /** A query and the skills the curated taxonomy recognizes in it, each with the words that named it. */
    record SkillCase(String query, List<QuerySkill> skills) {}

    static final List<SkillCase> SKILL_CASES = List.of(
            new SkillCase("python", List.of(QuerySkill.typed("Python"))),
            new SkillCase("kubernetes", List.of(QuerySkill.typed("Kubernetes"))),
            new SkillCase("terraform", List.of(QuerySkill.typed("Terraform"))),
            new SkillCase("postgresql", List.of(QuerySkill.typed("PostgreSQL"))),
            new SkillCase("java", List.of(QuerySkill.typed("Java"))),
            new SkillCase("react", List.of(new QuerySkill("React", "react"))),
            new SkillCase("spark", List.of(new QuerySkill("Apache Spark", "spark"))),
            new SkillCase("\"machine learning\"", List.of(QuerySkill.typed("Machine Learning"))),
            new SkillCase(
                    "qa automation selenium",
                    List.of(new QuerySkill("Test Automation", "qa automation"), QuerySkill.typed("Selenium"))),
            new SkillCase(
                    "mobile ios swift", List.of(new QuerySkill("iOS", "ios"), new QuerySkill("Swift", "swift"))),
            new SkillCase("k8s", List.of(new QuerySkill("Kubernetes", "k8s"))));

    public static void main(String[] args) throws Exception {
        if (args.length > 1 && args[1].equals("skills")) {
            skills(Path.of(args[0]));
            return;
        }
        int exactCount = args.length > 1 ? Integer.parseInt(args[1]) : LuceneJobSearchEngine.Options.EXACT_COUNT;
        var engine = new LuceneJobSearchEngine(
                Path.of(args[0]),
                new LuceneJobSearchEngine.Options(
                        false,
                        Runtime.getRuntime().availableProcessors(),
                        exactCount,
                        LuceneJobSearchEngine.Options.SAMPLE_DOCS));
        List<String> queries = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args.length > 2 ? args[2] : "bench/search/queries.txt"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String q = URLDecoder.decode(line.split("&")[0].substring("q=".length()), StandardCharsets.UTF_8);
            if (!queries.contains(q)) {
                queries.add(q);
            }
        }
        Map<String, List<Double>> times = new LinkedHashMap<>();
        Map<String, String> totals = new HashMap<>();
        for (int round = 0; round < 12; round++) {
            for (String q : queries) {
                var request = new JobSearchRequest(
                        SearchScope.ALL_PUBLISHED, q, List.of(), JobSearchRequest.Filters.NONE,
                        JobSearchRequest.Sort.RELEVANCE, 20, null, FACETS, 10);
                long started = System.nanoTime();
                JobSearchResult result = engine.search(request);
                double ms = (System.nanoTime() - started) / 1e6;
                if (round >= 4) {
                    times.computeIfAbsent(q, key -> new ArrayList<>()).add(ms);
                }
                totals.put(q, result.total() + (result.totalExact() ? "" : "~"));
            }
        }
        times.forEach((q, list) -> System.out.printf("%-30.30s %9s  median %6.1f ms  max %6.1f ms%n",
                q.isEmpty() ? "(blank)" : q, totals.get(q), median(list), Collections.max(list)));
        engine.close();
    }

    private static void skills(Path index) throws Exception {
        try (var engine = new LuceneJobSearchEngine(
                index, new LuceneJobSearchEngine.Options(false, Runtime.getRuntime().availableProcessors()))) {
            List<List<Double>> with = new ArrayList<>();
            List<List<Double>> without = new ArrayList<>();
            List<JobSearchResult> results = new ArrayList<>();
            for (SkillCase each : SKILL_CASES) {
                with.add(new ArrayList<>());
                without.add(new ArrayList<>());
                results.add(null);
            }
            for (int round = 0; round < 23; round++) {
                for (int i = 0; i < SKILL_CASES.size(); i++) {
                    for (boolean skills : new boolean[] {true, false}) {
                        SkillCase each = SKILL_CASES.get(i);
                        var request = new JobSearchRequest(
                                SearchScope.ALL_PUBLISHED, each.query(), skills ? each.skills() : List.of(),
                                JobSearchRequest.Filters.NONE, JobSearchRequest.Sort.RELEVANCE, 20, null, FACETS, 10);
                        long started = System.nanoTime();
                        JobSearchResult result = engine.search(request);
                        double ms = (System.nanoTime() - started) / 1e6;
                        if (round >= 3) {
                            (skills ? with : without).get(i).add(ms);
                        }
                        if (skills) {
                            results.set(i, result);
                        }
                    }
                }
            }
            for (int i = 0; i < SKILL_CASES.size(); i++) {
                JobSearchResult result = results.get(i);
                System.out.printf("%-26s with skills %6.1f ms  without %6.1f ms  first: %s%n",
                        SKILL_CASES.get(i).query(), median(with.get(i)), median(without.get(i)),
                        result.hits().isEmpty() ? "-" : result.hits().get(0).title() + " " + result.hits().get(0).score());
            }
        }
    }

    private static double median(List<Double> times) {
        Collections.sort(times);
        return times.get(times.size() / 2);
    }
}
