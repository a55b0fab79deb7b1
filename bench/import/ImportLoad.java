import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load scenario for the import path (parse + store) over HTTP: N generated job descriptions in
 * the text format, posted to /api/v1/jobs/import by C concurrent clients. Prints imports per
 * second and latency percentiles. A single-file program: java bench/import/ImportLoad.java ...
 *
 * Arguments: base URL, API token, count (default 10000), clients (default 4), seed (default 42).
 * With "--write DIR COUNT [SEED]" it only writes the descriptions as files, for wrk (import.lua).
 */
public class ImportLoad {

    static final String[] FAMILIES = {"Backend Engineer", "Data Engineer", "Site Reliability Engineer",
        "Product Designer", "Frontend Engineer", "Security Engineer", "Machine Learning Engineer", "QA Engineer"};
    static final String[] LEVELS = {"Junior", "", "Senior", "Staff", "Principal"};
    static final String[] TAGS = {"Software Engineering", "Backend Development", "Cloud Computing", "Technology",
        "DevOps", "Data Engineering", "SQL", "Security", "Machine Learning", "Design Systems", "Analytics"};
    static final String[] SKILLS = {"Kubernetes", "PostgreSQL", "Terraform", "Go", "Java", "Python", "Kafka",
        "Prometheus", "gRPC", "React", "TypeScript", "Docker", "AWS", "Redis", "Spark"};

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--write")) {
            write(java.nio.file.Path.of(args[1]), Integer.parseInt(args[2]), args.length > 3 ? Long.parseLong(args[3]) : 42);
            return;
        }
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        String token = args[1];
        int count = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        int clients = args.length > 3 ? Integer.parseInt(args[3]) : 4;
        long seed = args.length > 4 ? Long.parseLong(args[4]) : 42;

        List<byte[]> bodies = new ArrayList<>(count);
        Random random = new Random(seed);
        for (int i = 0; i < count; i++) {
            bodies.add(describe(random, i).getBytes(StandardCharsets.UTF_8));
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        URI uri = URI.create(base + "/api/v1/jobs/import");

        // warm-up: 5% of the count, not measured
        run(http, uri, token, bodies.subList(0, Math.max(1, count / 20)), clients);
        long[] latencies = new long[count];
        long start = System.nanoTime();
        int failures = run(http, uri, token, bodies, clients, latencies);
        double seconds = (System.nanoTime() - start) / 1e9;

        Arrays.sort(latencies);
        System.out.printf("imports: %d in %.2f s with %d clients = %.0f imports/s (%d failed)%n", count, seconds,
                clients, count / seconds, failures);
        System.out.printf("latency ms: p50 %.2f  p95 %.2f  p99 %.2f  max %.2f%n", ms(latencies, 0.50),
                ms(latencies, 0.95), ms(latencies, 0.99), latencies[count - 1] / 1e6);
        if (failures > 0) {
            System.exit(1);
        }
    }

    static void write(java.nio.file.Path dir, int count, long seed) throws java.io.IOException {
        java.nio.file.Files.createDirectories(dir);
        Random random = new Random(seed);
        for (int i = 0; i < count; i++) {
            java.nio.file.Files.writeString(dir.resolve(String.format("%05d.txt", i)), describe(random, i));
        }
    }

    static int run(HttpClient http, URI uri, String token, List<byte[]> bodies, int clients) throws Exception {
        return run(http, uri, token, bodies, clients, new long[bodies.size()]);
    }

    static int run(HttpClient http, URI uri, String token, List<byte[]> bodies, int clients, long[] latencies)
            throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < bodies.size(); i = next.getAndIncrement()) {
                    HttpRequest request = HttpRequest.newBuilder(uri)
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "text/plain; charset=utf-8")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(bodies.get(i)))
                            .build();
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                        if (response.statusCode() != 201) {
                            failures.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                    latencies[i] = System.nanoTime() - t0;
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        return failures.get();
    }

    static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(quantile * sorted.length))] / 1e6;
    }

    /** A realistic description in the text format, about the size of the shared fixture. */
    static String describe(Random random, int n) {
        String level = LEVELS[random.nextInt(LEVELS.length)];
        String family = FAMILIES[random.nextInt(FAMILIES.length)];
        String title = (level.isEmpty() ? "" : level + " ") + family;
        int min = 60 + random.nextInt(120);
        StringBuilder text = new StringBuilder();
        text.append("Key Responsibilities and Required Skills for ").append(title).append("\n\n");
        text.append("\uD83D\uDCB0 $").append(String.format("%,d", min * 1000)).append(" - $")
                .append(String.format("%,d", (min + 20 + random.nextInt(80)) * 1000)).append("\n\n");
        for (int t = 0; t < 4; t++) {
            text.append(TAGS[random.nextInt(TAGS.length)].replace("SQL", "Databases"));
        }
        text.append("\n\n\uD83C\uDFAF Role Definition\n\n").append("As a ").append(title)
                .append(" (posting ").append(n).append(") you build and run the systems our customers rely on. ")
                .append("You own services from design to production and work with product and design.".repeat(3))
                .append("\n\n\uD83D\uDCC8 Career Progression\n\nTypical Career Path\n\nEntry Point From:\n\n")
                .append("  • Software Engineer / SDE II\n  • ").append(family).append("\n\nAdvancement To:\n\n")
                .append("  • Staff Engineer / Principal Engineer\n  • Engineering Manager\n\nLateral Moves:\n\n")
                .append("  • Site Reliability Engineer (SRE)\n\nCore Responsibilities\n\nPrimary Functions\n\n");
        for (int r = 0; r < 15; r++) {
            text.append("  • Design, build and operate ").append(SKILLS[random.nextInt(SKILLS.length)])
                    .append("-based services with high availability, clear ownership and measurable goals ")
                    .append(r).append(".\n");
        }
        text.append("\nSecondary Functions\n\n  • Take part in interviews.\n  • Write documentation.\n\n")
                .append("Required Skills & Competencies\n\nHard Skills (Technical)\n\n");
        for (int s = 0; s < 8; s++) {
            String skill = SKILLS[random.nextInt(SKILLS.length)];
            text.append("  • ").append(skill).append(" Expertise ").append(s).append(": Hands-on experience with ")
                    .append(skill).append(" in production at scale.\n");
        }
        text.append("\nSoft Skills\n\n  • Communication: Clear writing and speaking.\n")
                .append("  • Ownership: Sees work through to production.\n\n")
                .append("Education & Experience\n\nEducational Background\n\nMinimum Education:\n\n")
                .append("  • Bachelor's Degree in Computer Science or equivalent experience.\n\n")
                .append("Preferred Education:\n\n  • Master's Degree in Computer Science.\n\n")
                .append("Relevant Fields of Study:\n\n  • Computer Science\n  • Mathematics\n\n")
                .append("Experience Requirements\n\nTypical Experience Range:\n\n  • ")
                .append(1 + random.nextInt(4)).append("-").append(6 + random.nextInt(6))
                .append(" years of professional experience in a similar role.\n\nPreferred:\n\n")
                .append("  • Experience operating production systems.\n");
        return text.toString();
    }
}
