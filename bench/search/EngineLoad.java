import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.hireloop.platform.OrgId;
import org.hireloop.search.JobDocument;
import org.hireloop.search.JobSearchRequest;
import org.hireloop.search.SearchScope;
import org.hireloop.search.SkillMention;
import org.hireloop.search.Suggestion;
import org.hireloop.search.lucene.LuceneJobSearchEngine;

/**
 * In-process load scenario for the embedded Lucene engine: indexes N generated jobs (about 3 KB of
 * text each, 500 organizations, seed 1) into a fresh directory, then runs each query shape 200
 * times (after warming every shape up) with the five facets of the latency target and again with all ten, the summary cache off
 * (every search counts its total and facets), and prints p50/p95 of wall time and of the process's
 * CPU time per search (a search runs on several threads; the CPU figure stays meaningful on a
 * machine shared with other work, though it includes whatever else the process does, such as
 * background merges). {@code -Dhireloop.search.search-threads=1} searches on one thread. Run by run.sh.
 */
public class EngineLoad {

    static final String[] TITLES = {"Data Engineer", "Platform Engineer", "Java Developer", "Product Manager",
        "Designer", "Sales Lead", "Accountant", "Nurse", "Chef", "Teacher"};
    static final String[] SKILLS = {"Java", "Kubernetes", "Python", "SQL", "Kafka", "React", "Terraform", "Go",
        "Rust", "Excel"};

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        Random random = new Random(1);
        String[] words = new String[5000];
        for (int i = 0; i < words.length; i++) {
            StringBuilder word = new StringBuilder();
            int length = 4 + random.nextInt(7);
            for (int j = 0; j < length; j++) {
                word.append((char) ('a' + random.nextInt(26)));
            }
            words[i] = word.toString();
        }
        List<OrgId> orgs = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            orgs.add(new OrgId(new UUID(random.nextLong(), random.nextLong())));
        }
        Path directory = Files.createTempDirectory("hireloop-search-bench");
        // the summary cache off: every search counts its total and facets (as a plain Lucene search does)
        int searchThreads = Integer.getInteger(LuceneJobSearchEngine.Options.SEARCH_THREADS,
                Runtime.getRuntime().availableProcessors());
        LuceneJobSearchEngine engine = new LuceneJobSearchEngine(directory,
                new LuceneJobSearchEngine.Options(false, searchThreads));
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        List<JobDocument> batch = new ArrayList<>();
        long indexing = 0; // upsert and commit only: documents are built elsewhere in the application
        for (int i = 0; i < n; i++) {
            batch.add(job(random, words, orgs));
            if (batch.size() == 2000) {
                long t = System.nanoTime();
                engine.upsert(batch);
                indexing += System.nanoTime() - t;
                batch.clear();
            }
        }
        long t = System.nanoTime();
        engine.upsert(batch);
        engine.commit(n);
        indexing += System.nanoTime() - t;
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (os.getProcessCpuTime() - cpuStart) / 1e9;
        System.out.printf("indexed %,d jobs in %.1f s with generating them: %,.0f jobs/s (process CPU %.1f s: %,.0f jobs per CPU-second)%n",
                n, seconds, n / seconds, cpu, n / cpu);
        System.out.printf("upsert and commit alone: %.1f s, %,.0f jobs/s%n", indexing / 1e9, n / (indexing / 1e9));

        String[] queries = {"", "engineer", "java developer", "kubernets", "\"platform engineer\"", "eng*",
            words[10] + " " + words[20], "senior data engineer -chef " + words[30]};
        Set<JobSearchRequest.Facet> five = Set.of(JobSearchRequest.Facet.TAG, JobSearchRequest.Facet.REMOTE,
                JobSearchRequest.Facet.EMPLOYMENT_TYPE, JobSearchRequest.Facet.LOCATION, JobSearchRequest.Facet.SALARY);
        Map<String, Set<JobSearchRequest.Facet>> facetSets = new java.util.LinkedHashMap<>();
        facetSets.put("five facets (tag, remote, employment_type, location, salary)", five);
        facetSets.put("all ten facets", Set.of(JobSearchRequest.Facet.values()));
        System.out.printf("searching with %d thread(s) per search, summary cache off%n", searchThreads);
        // warm up every query shape first (JIT, and merges the commit started may still be running)
        for (int r = 0; r < 100; r++) {
            for (String query : queries) {
                engine.search(new JobSearchRequest(SearchScope.ALL_PUBLISHED, query, List.of(),
                        JobSearchRequest.Filters.NONE, JobSearchRequest.Sort.RELEVANCE, 20, null,
                        Set.of(JobSearchRequest.Facet.values()), 10));
            }
        }
        for (Map.Entry<String, Set<JobSearchRequest.Facet>> facets : facetSets.entrySet()) {
            System.out.println(facets.getKey() + ":");
            for (String query : queries) {
                long[] wall = new long[200];
                long[] cpuTimes = new long[200];
                long total = 0;
                for (int r = -50; r < wall.length; r++) {
                    SearchScope scope = r % 2 == 0 ? SearchScope.ALL_PUBLISHED : new SearchScope.OrgPrivate(orgs.get(Math.abs(r) % orgs.size()));
                    JobSearchRequest request = new JobSearchRequest(scope, query, List.of(), JobSearchRequest.Filters.NONE,
                            JobSearchRequest.Sort.RELEVANCE, 20, null, facets.getValue(), 10);
                    long cpu0 = processCpu(os);
                    long t0 = System.nanoTime();
                    long found = engine.search(request).total();
                    if (r >= 0) {
                        wall[r] = System.nanoTime() - t0;
                        cpuTimes[r] = processCpu(os) - cpu0;
                        total = scope instanceof SearchScope.AllPublished ? found : total;
                    }
                }
                Arrays.sort(wall);
                Arrays.sort(cpuTimes);
                System.out.printf("search %-32s all-published total %,9d  wall p50 %6.1f ms p95 %6.1f ms  cpu p50 %6.1f ms p95 %6.1f ms%n",
                        '"' + query + '"', total, wall[100] / 1e6, wall[190] / 1e6, cpuTimes[100] / 1e6, cpuTimes[190] / 1e6);
            }
        }
        long t0 = System.nanoTime();
        engine.suggest("eng", Suggestion.Kind.TITLE, SearchScope.ALL_PUBLISHED, 10);
        long t1 = System.nanoTime();
        engine.suggest("engi", Suggestion.Kind.TITLE, SearchScope.ALL_PUBLISHED, 10);
        long t2 = System.nanoTime();
        engine.aggregate(SearchScope.ALL_PUBLISHED, Set.of("next"));
        long t3 = System.nanoTime();
        System.out.printf("suggest first (builds the list) %.1f ms, next %.1f ms; aggregate %.1f ms%n",
                (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6);
        engine.close();
        try (var files = Files.walk(directory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    /**
     * CPU time of every Java thread of the process, to the nanosecond (a search runs on several
     * threads; the process figure the OS gives is counted in 10 ms ticks). Leaves out the JVM's own
     * threads such as the garbage collector's.
     */
    static long processCpu(com.sun.management.OperatingSystemMXBean os) {
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long total = 0;
        for (long id : threads.getAllThreadIds()) {
            long cpu = threads.getThreadCpuTime(id);
            total += Math.max(0, cpu);
        }
        return total;
    }

    static JobDocument job(Random random, String[] words, List<OrgId> orgs) {
        String title = TITLES[random.nextInt(TITLES.length)] + " " + words[random.nextInt(200)];
        String skill = SKILLS[random.nextInt(SKILLS.length)];
        Instant published = random.nextInt(10) == 0 ? null : Instant.parse("2026-01-01T00:00:00Z")
                .plus(Duration.ofMinutes(random.nextInt(500_000)));
        double min = 30_000 + random.nextInt(100_000);
        return new JobDocument(new UUID(random.nextLong(), random.nextLong()),
                orgs.get(random.nextInt(orgs.size())).value(), "org", "Org", published == null ? "draft" : "published",
                title, List.of(words[random.nextInt(50)], words[random.nextInt(50)]), sentence(random, words, 60),
                List.of(sentence(random, words, 80), sentence(random, words, 80), sentence(random, words, 80)),
                List.of(new SkillMention(skill, null)), List.of(skill), List.of(sentence(random, words, 40),
                        sentence(random, words, 40)), min, min + 40_000, "EUR", "YEAR", min, min + 40_000,
                random.nextInt(12), 15, random.nextBoolean() ? "remote" : "onsite", "DE", "City" + random.nextInt(100),
                "full_time", "Dept" + random.nextInt(20), published, Instant.parse("2026-01-01T00:00:00Z"), 1,
                Map.of("next", List.of(TITLES[random.nextInt(TITLES.length)])));
    }

    static String sentence(Random random, String[] words, int count) {
        StringBuilder sentence = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sentence.append(words[random.nextInt(words.length)]).append(' ');
        }
        return sentence.toString().trim() + ".";
    }
}
