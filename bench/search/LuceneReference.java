import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.hireloop.jobs.JobDescription;
import org.hireloop.jobs.format.JobDescriptionParser;

/**
 * The reference of the search benchmark: a plain Apache Lucene index of the same generated corpus,
 * built the textbook way (EnglishAnalyzer, the classic query parser over weighted fields, sorted-set
 * doc-values facets), running the same query mix as the HTTP benchmark in process, one query at a
 * time. Hireloop's latency over HTTP is reported as a ratio of this one.
 *
 * Usage: java -cp CLASSPATH bench/search/LuceneReference.java CORPUS_DIR QUERIES_FILE INDEX_DIR SECONDS
 */
public class LuceneReference {

    static final String[] FIELDS = {"title", "tags", "skills", "body"};
    static final Map<String, Float> BOOSTS = Map.of("title", 5f, "tags", 2.5f, "skills", 3f, "body", 1f);

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        List<String> queries = Files.readAllLines(Path.of(args[1])).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .toList();
        Path indexDir = Path.of(args[2]);
        int seconds = Integer.parseInt(args[3]);
        FacetsConfig config = new FacetsConfig();
        for (String dim : List.of("tag", "remote", "employment_type", "location", "org", "salary")) {
            config.setMultiValued(dim, true);
        }
        Analyzer analyzer = new EnglishAnalyzer();
        if (!Files.exists(indexDir.resolve("segments_1")) && !hasIndex(indexDir)) {
            index(corpus, indexDir, analyzer, config);
        }
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(indexDir))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            DefaultSortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, config);
            List<Runnable> runs = queries.stream().map(q -> (Runnable) () -> run(q, searcher, state, analyzer)).toList();
            // the same warm-up as the server's in http.sh (WARMUP seconds, default 20)
            long warmEnd = System.nanoTime() + Long.getLong("warmup", 20) * 1_000_000_000L;
            for (int i = 0; System.nanoTime() < warmEnd; i++) {
                runs.get(i % runs.size()).run();
            }
            List<Long> latencies = new ArrayList<>();
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            for (int i = 0; System.nanoTime() < end; i++) {
                long start = System.nanoTime();
                runs.get(i % runs.size()).run();
                latencies.add(System.nanoTime() - start);
            }
            long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf(
                    "reference lucene: %d docs, %d queries: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms%n",
                    reader.numDocs(), sorted.length, ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99));
        }
    }

    static boolean hasIndex(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (var files = Files.list(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().startsWith("segments_"));
        }
    }

    static double ms(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    static void index(Path corpus, Path indexDir, Analyzer analyzer, FacetsConfig config) throws Exception {
        List<String[]> manifest = Files.readAllLines(corpus.resolve("manifest.tsv")).stream()
                .skip(1)
                .map(line -> line.split("\t", -1))
                .toList();
        List<String> header = Arrays.asList(Files.readAllLines(corpus.resolve("manifest.tsv")).get(0).split("\t"));
        int key = header.indexOf("key"), workplace = header.indexOf("workplace"), country = header.indexOf("country"),
                city = header.indexOf("city"), employment = header.indexOf("employment_type");
        IndexWriterConfig writerConfig = new IndexWriterConfig(analyzer).setRAMBufferSizeMB(256);
        long started = System.nanoTime();
        AtomicLong done = new AtomicLong();
        ConcurrentLinkedQueue<Exception> failures = new ConcurrentLinkedQueue<>();
        try (IndexWriter writer = new IndexWriter(FSDirectory.open(indexDir), writerConfig)) {
            JobDescriptionParser parser = new JobDescriptionParser();
            IntStream.range(0, manifest.size()).parallel().forEach(i -> {
                String[] row = manifest.get(i);
                try {
                    JobDescription d = parser.parse(Files.readAllBytes(corpus.resolve(row[key] + ".txt")));
                    Document doc = new Document();
                    doc.add(new StringField("key", row[key], Field.Store.YES));
                    doc.add(new TextField("title", d.title(), Field.Store.YES));
                    doc.add(new TextField("tags", String.join(" ", d.tags()), Field.Store.NO));
                    StringBuilder skills = new StringBuilder();
                    d.skills().hard().forEach(s -> skills.append(s.name()).append(": ").append(s.description()).append('\n'));
                    doc.add(new TextField("skills", skills.toString(), Field.Store.NO));
                    StringBuilder body = new StringBuilder(d.roleDefinition() == null ? "" : d.roleDefinition());
                    d.responsibilities().primary().forEach(r -> body.append('\n').append(r));
                    doc.add(new TextField("body", body.toString(), Field.Store.YES));
                    for (String tag : d.tags()) {
                        doc.add(new SortedSetDocValuesFacetField("tag", tag));
                        doc.add(new StringField("tag_filter", tag.toLowerCase(), Field.Store.NO));
                    }
                    facet(doc, "remote", row[workplace]);
                    facet(doc, "employment_type", row[employment]);
                    facet(doc, "location", row[country]);
                    facet(doc, "location", row[city]);
                    facet(doc, "org", row[key].substring(0, row[key].indexOf('/')));
                    if (d.salary() != null) {
                        double max = d.salary().max().doubleValue();
                        doc.add(new DoublePoint("salary_min", d.salary().min().doubleValue()));
                        doc.add(new DoublePoint("salary_max", max));
                        doc.add(new SortedSetDocValuesFacetField("salary", max < 100_000 ? "0-100000" : "100000+"));
                    }
                    writer.addDocument(config.build(doc));
                    done.incrementAndGet();
                } catch (Exception e) {
                    failures.add(e);
                }
            });
            writer.commit();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("reference lucene: indexed %d jobs (parsing included) in %.1f s: %.0f jobs/s (%d failed)%n",
                done.get(), seconds, done.get() / seconds, failures.size());
    }

    static void facet(Document doc, String dim, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new SortedSetDocValuesFacetField(dim, value));
            doc.add(new StringField(dim + "_filter", value.toLowerCase(), Field.Store.NO));
        }
    }

    /** One query of the mix: q, the filters it names, the facets it asks, top 20. */
    static void run(String queryString, IndexSearcher searcher, DefaultSortedSetDocValuesReaderState state, Analyzer analyzer) {
        try {
            Map<String, List<String>> params = new HashMap<>();
            for (String pair : queryString.split("&")) {
                int eq = pair.indexOf('=');
                String name = pair.substring(0, eq);
                String value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                params.computeIfAbsent(name, k -> new ArrayList<>()).addAll(Arrays.asList(value.split(",")));
            }
            BooleanQuery.Builder query = new BooleanQuery.Builder();
            String q = params.getOrDefault("q", List.of("")).get(0);
            if (q.isBlank()) {
                query.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
            } else {
                MultiFieldQueryParser parser = new MultiFieldQueryParser(FIELDS, analyzer, BOOSTS);
                parser.setDefaultOperator(QueryParser.Operator.AND);
                query.add(parser.parse(QueryParser.escape(q).replace("\\\"", "\"")), BooleanClause.Occur.MUST);
            }
            for (String filter : List.of("tag", "remote", "employment_type", "location")) {
                List<String> values = params.get(filter);
                if (values != null) {
                    BooleanQuery.Builder any = new BooleanQuery.Builder();
                    values.forEach(v -> any.add(new TermQuery(new Term(filter + "_filter", v.toLowerCase())), BooleanClause.Occur.SHOULD));
                    query.add(any.build(), BooleanClause.Occur.FILTER);
                }
            }
            if (params.containsKey("salary_min")) {
                query.add(DoublePoint.newRangeQuery("salary_max", Double.parseDouble(params.get("salary_min").get(0)), Double.MAX_VALUE), BooleanClause.Occur.FILTER);
            }
            Query built = query.build();
            FacetsCollectorManager.FacetsResult result =
                    FacetsCollectorManager.search(searcher, built, 20, new FacetsCollectorManager());
            TopDocs top = result.topDocs();
            for (var hit : top.scoreDocs) {
                searcher.storedFields().document(hit.doc);
            }
            FacetsCollector facets = result.facetsCollector();
            SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, facets);
            for (String dim : params.getOrDefault("facets", List.of())) {
                if (List.of("tag", "remote", "employment_type", "location", "org", "salary").contains(dim)) {
                    FacetResult r = counts.getTopChildren(10, dim);
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(queryString, e);
        }
    }
}
