import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.hireloop.search.JobDocument;
import org.hireloop.search.JobSearchRequest;
import org.hireloop.search.JobSearchResult;
import org.hireloop.search.SearchScope;
import org.hireloop.search.lucene.LuceneJobSearchEngine;

/**
 * The heap that searchers kept for cursors hold (the memory an operator plans for): opens the
 * engine on an existing index (a copy: this scenario commits to it), then COMMITS times searches a
 * first page (which keeps its searcher for the next page), changes one job and commits, which
 * opens a new searcher, and prints the heap in use after a full collection. The engine keeps the
 * newest few searchers that gave out cursors, so the heap should stop growing after that many.
 *
 * <pre>
 * cp -r /tmp/hireloop-search-1000000/index /tmp/kept-index
 * java -Xmx4g -cp "target/classes:$(cat CLASSPATH)" bench/search/KeptSearchers.java /tmp/kept-index 8
 * </pre>
 */
public class KeptSearchers {

    public static void main(String[] args) throws Exception {
        Path index = Path.of(args[0]);
        int commits = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        try (LuceneJobSearchEngine engine = new LuceneJobSearchEngine(index)) {
            long position = engine.position().orElse(0L);
            JobSearchResult first = engine.search(request("engineer"));
            System.out.printf("opened %,d jobs: heap %s%n", engine.size(), heap());
            engine.search(request("engineer"));
            System.out.printf("after searches, no searcher kept: heap %s%n", heap());
            for (int i = 1; i <= commits; i++) {
                JobSearchResult page = engine.search(request("engineer"));
                if (page.nextCursor() == null) {
                    throw new IllegalStateException("the first page gave out no cursor");
                }
                UUID changed = page.hits().get(0).id();
                JobDocument job = engine.find(changed, SearchScope.ALL_PUBLISHED).orElseThrow();
                engine.upsert(List.of(job));
                engine.commit(position + i);
                engine.search(request("engineer"));
                System.out.printf("commit %d (a searcher kept before it): heap %s%n", i, heap());
            }
            System.out.printf("first page's total %,d%n", first.total());
        }
    }

    private static JobSearchRequest request(String query) {
        return new JobSearchRequest(
                SearchScope.ALL_PUBLISHED,
                query,
                List.of(),
                JobSearchRequest.Filters.NONE,
                JobSearchRequest.Sort.RELEVANCE,
                20,
                null,
                EnumSet.allOf(JobSearchRequest.Facet.class),
                10);
    }

    /** Heap in use after full collections, in MB. */
    private static String heap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        return String.format("%,.0f MB", used / 1e6);
    }
}
