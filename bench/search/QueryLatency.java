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
import org.hireloop.search.SearchScope;
import org.hireloop.search.lucene.LuceneJobSearchEngine;

/**
 * Where the HTTP benchmark's time goes, query by query: opens an index that {@code http.sh} built
 * (stop the server first: one writer per directory) and runs the text of each distinct query of
 * the mix in process (filters left out, the five facets on, summary cache off), 12 rounds, and
 * prints each query's total (~ when estimated) and its median and slowest time over the last 8.
 *
 * <p>Usage: java -cp CLASSPATH bench/search/QueryLatency.java INDEX_DIR [EXACT_COUNT [QUERIES]]
 * (QUERIES: a file of query strings like {@code queries.txt}, such as {@code hostile-queries.txt})
 */
public class QueryLatency {

    public static void main(String[] args) throws Exception {
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
        Set<JobSearchRequest.Facet> facets = EnumSet.of(
                JobSearchRequest.Facet.TAG,
                JobSearchRequest.Facet.REMOTE,
                JobSearchRequest.Facet.EMPLOYMENT_TYPE,
                JobSearchRequest.Facet.LOCATION,
                JobSearchRequest.Facet.SALARY);
        Map<String, List<Double>> times = new LinkedHashMap<>();
        Map<String, String> totals = new HashMap<>();
        for (int round = 0; round < 12; round++) {
            for (String q : queries) {
                var request = new JobSearchRequest(
                        SearchScope.ALL_PUBLISHED, q, List.of(), JobSearchRequest.Filters.NONE,
                        JobSearchRequest.Sort.RELEVANCE, 20, null, facets, 10);
                long started = System.nanoTime();
                JobSearchResult result = engine.search(request);
                double ms = (System.nanoTime() - started) / 1e6;
                if (round >= 4) {
                    times.computeIfAbsent(q, key -> new ArrayList<>()).add(ms);
                }
                totals.put(q, result.total() + (result.totalExact() ? "" : "~"));
            }
        }
        times.forEach((q, list) -> {
            Collections.sort(list);
            System.out.printf("%-30.30s %9s  median %6.1f ms  max %6.1f ms%n",
                    q.isEmpty() ? "(blank)" : q, totals.get(q), list.get(list.size() / 2), list.get(list.size() - 1));
        });
        engine.close();
    }
}
