package org.hireloop.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.SearcherLifetimeManager;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.util.BytesRef;
import org.hireloop.search.JobDocument;
import org.hireloop.search.JobSearchEngine;
import org.hireloop.search.JobSearchRequest;
import org.hireloop.search.JobSearchResult;
import org.hireloop.search.JobSearchResult.FacetCount;
import org.hireloop.search.SearchScope;
import org.hireloop.search.Suggestion;
import org.jspecify.annotations.Nullable;

/**
 * The job index in an embedded Lucene directory. One {@link IndexWriter} takes the writes (from
 * one indexing thread); searches run concurrently on the searcher of the last commit, which
 * carries the facet ordinal maps and caches of its generation (see {@link JobSearcher}).
 *
 * <p>The commit user data holds the change-feed position (so a restart resumes from it), the
 * generation (so caches outside the engine survive restarts without going stale) and the format of
 * the documents: an index written in an older format has no position, so the indexer rebuilds it.
 */
public final class LuceneJobSearchEngine implements JobSearchEngine {

    private static final String POSITION = "position";
    private static final String GENERATION = "generation";
    private static final String FORMAT = "format";
    /**
     * What the documents hold and how: raise it whenever indexing changes what a search or an
     * aggregation reads (fields, analysis, facet values), so existing indexes are rebuilt.
     */
    static final String CURRENT_FORMAT = "9";

    /**
     * Segments keep jobs of one title together (by lowercased title, then id). Lucene skips a block
     * of postings when the best score any of its documents could reach cannot make the page, and
     * that bound adds up each word's best score anywhere in the block: in a block of mixed titles
     * one job's short title holds "senior", another's "backend", a third's "engineer", and the sum
     * beats the "Senior Backend Engineer" jobs at the top, so every match was scored. In a block of
     * one title the bound is about what those jobs score. Relevance ties follow the same order, so
     * a search can skip a tied match that cannot beat the page (see {@link RelevanceTopDocs}).
     */
    static final Sort INDEX_ORDER = new Sort(
            new SortField(JobFields.TITLE_KEY, SortField.Type.STRING),
            new SortField(JobFields.ID, SortField.Type.STRING));

    /**
     * {@link #INDEX_ORDER} for documents with their title keys: keys compare as unsigned bytes, and
     * so do ids (as their big-endian bytes).
     */
    private static final Comparator<Keyed> IN_INDEX_ORDER = Comparator.comparing(Keyed::title)
            .thenComparing(keyed -> keyed.job().id().getMostSignificantBits(), Long::compareUnsigned)
            .thenComparing(keyed -> keyed.job().id().getLeastSignificantBits(), Long::compareUnsigned);

    /** A job with its title key, computed once for the sort rather than at every comparison. */
    private record Keyed(BytesRef title, JobDocument job) {}

    private static final double RAM_BUFFER_MB = 192;
    private static final int INDEXING_THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());
    /** Below this many documents per thread, handing work to other threads costs more than it saves. */
    private static final int PARALLEL_CHUNK = 64;

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /**
     * Searchers whose pages gave out cursors, kept a while so that the next pages read the same
     * index state ({@link SearchCursor}): the newest {@value #KEPT_SEARCHERS}, each for {@value
     * #KEPT_SECONDS} seconds after a newer one replaced it. Each holds its segments open and its
     * facet ordinals on the heap, so they are few.
     */
    private final SearcherLifetimeManager kept = new SearcherLifetimeManager();

    private static final int KEPT_SEARCHERS = 4;
    private static final int KEPT_SECONDS = 120;
    private final JobSearcher.Factory searcherFactory;
    private final JobIndexing indexing;
    private final JobQueries queries;
    private final Object commitLock = new Object();
    private final ExecutorService indexers = Executors.newFixedThreadPool(INDEXING_THREADS, runnable -> {
        Thread thread = new Thread(runnable, "lucene-job-indexer");
        thread.setDaemon(true);
        return thread;
    });
    private final @Nullable ExecutorService searchExecutor;
    private volatile long generation;
    private volatile Optional<Long> position;

    /**
     * How the engine runs.
     *
     * @param summaryCache whether a search's total and facets are kept per generation for its
     *     later pages and for the same search by others; off, every search counts everything
     *     (benchmarks comparing with a plain Lucene search turn it off)
     * @param searchThreads threads one search may use for the slices of the index; 1 searches on
     *     the caller's thread only
     * @param exactCount matches a search counts exactly: a search matching more (estimated from a
     *     sample of the index) answers with its total and facets estimated, flagged as such, as
     *     Elasticsearch's {@code track_total_hits} does; {@link Integer#MAX_VALUE} always counts
     * @param sampleDocs documents in the sample that estimates the matches of a broad search; an
     *     index at most twice as large is always counted exactly
     */
    public record Options(boolean summaryCache, int searchThreads, int exactCount, int sampleDocs) {

        /** Matches counted exactly by default: Elasticsearch's default for its total too. */
        public static final int EXACT_COUNT = 10_000;
        /** The sample's size by default: a broad search costs about what it costs on this many jobs. */
        public static final int SAMPLE_DOCS = 100_000;

        /** The system property that turns the summary cache off ({@code false}); on by default. */
        public static final String SUMMARY_CACHE = "hireloop.search.summary-cache";
        /** The system property for {@link #searchThreads}; the number of cores by default. */
        public static final String SEARCH_THREADS = "hireloop.search.search-threads";

        public Options {
            searchThreads = Math.max(1, searchThreads);
            exactCount = Math.max(0, exactCount);
            sampleDocs = Math.max(IndexSample.BLOCK, sampleDocs);
        }

        public Options(boolean summaryCache, int searchThreads) {
            this(summaryCache, searchThreads, EXACT_COUNT, SAMPLE_DOCS);
        }

        /** The defaults, or what the system properties above say. */
        public static Options defaults() {
            return new Options(
                    !"false"
                            .equalsIgnoreCase(
                                    System.getProperty(SUMMARY_CACHE, "true").strip()),
                    Integer.getInteger(SEARCH_THREADS, Runtime.getRuntime().availableProcessors()));
        }
    }

    /** An index in this directory on disk (memory-mapped), created when missing. */
    public LuceneJobSearchEngine(Path directory) {
        this(directory, Options.defaults());
    }

    public LuceneJobSearchEngine(Path directory, Options options) {
        this(open(directory), options);
    }

    /** An index in memory, lost on close: for tests and throwaway indexes. */
    public static LuceneJobSearchEngine inMemory() {
        return inMemory(Options.defaults());
    }

    public static LuceneJobSearchEngine inMemory(Options options) {
        return new LuceneJobSearchEngine(new ByteBuffersDirectory(), options);
    }

    private LuceneJobSearchEngine(Directory directory, Options options) {
        this.directory = directory;
        this.searchExecutor = options.searchThreads() > 1
                ? Executors.newFixedThreadPool(options.searchThreads(), runnable -> {
                    Thread thread = new Thread(runnable, "lucene-job-search");
                    thread.setDaemon(true);
                    return thread;
                })
                : null;
        Analyzer analyzer =
                new PerFieldAnalyzerWrapper(TextAnalysis.stemmed(), Map.of(JobFields.SPELL, TextAnalysis.plain()));
        FacetsConfig facets = JobIndexing.facetsConfig();
        try {
            // an index of an older format is rebuilt anyway, and may be sorted otherwise, which
            // the writer would refuse to open: start it afresh
            boolean current = CURRENT_FORMAT.equals(lastCommitData(directory).get(FORMAT));
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(
                            current ? IndexWriterConfig.OpenMode.CREATE_OR_APPEND : IndexWriterConfig.OpenMode.CREATE)
                    .setIndexSort(INDEX_ORDER)
                    .setSimilarity(WordScores.SIMILARITY)
                    // closing must not commit: a rebuild that failed halfway would be kept with the
                    // position of the index it replaced, and trusted at the next start
                    .setCommitOnClose(false)
                    .setRAMBufferSizeMB(RAM_BUFFER_MB)
                    // plain segment files: a compound file is one more copy of every flushed and merged segment
                    .setUseCompoundFile(false)
                    .setMergePolicy(mergePolicy());
            this.writer = new IndexWriter(directory, config);
            Map<String, String> committed = committedData(writer);
            this.generation = Long.parseLong(committed.getOrDefault(GENERATION, "0"));
            this.position = CURRENT_FORMAT.equals(committed.get(FORMAT))
                    ? Optional.ofNullable(committed.get(POSITION)).map(Long::valueOf)
                    : Optional.empty();
            List<String> warm = java.util.Arrays.stream(JobSearchRequest.Facet.values())
                    .map(JobSearchRequest.Facet::apiName)
                    .toList();
            this.searcherFactory = new JobSearcher.Factory(facets, warm, generation, searchExecutor);
            this.searchers = new SearcherManager(writer, true, false, searcherFactory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index", e);
        }
        this.indexing = new JobIndexing(facets);
        this.queries = new JobQueries(analyzer, options.summaryCache(), options.exactCount(), options.sampleDocs());
    }

    /** No compound files for merged segments either; merges otherwise as Lucene's default policy does. */
    private static TieredMergePolicy mergePolicy() {
        TieredMergePolicy policy = new TieredMergePolicy();
        policy.setNoCFSRatio(0.0);
        return policy;
    }

    private static Directory open(Path path) {
        try {
            return new MMapDirectory(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index at " + path, e);
        }
    }

    /** The user data of the directory's last commit; empty when it holds no index. */
    private static Map<String, String> lastCommitData(Directory directory) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return Map.of();
        }
        return SegmentInfos.readLatestCommit(directory).getUserData();
    }

    private static Map<String, String> committedData(IndexWriter writer) {
        Map<String, String> data = new LinkedHashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(entry -> data.put(entry.getKey(), entry.getValue()));
        }
        return data;
    }

    /**
     * Builds and adds the documents on the indexing threads, a share of the batch each (IndexWriter
     * takes documents from several threads, each into a segment of its own). A job that appears
     * twice in the batch is indexed once, as its last version.
     *
     * <p>The batch is put in index order first, and each share goes in as one block: a segment
     * then receives sorted runs, which its flush sorts into the index order faster than documents
     * of two threads interleaved one at a time in whichever segment was free (docs/performance.md).
     * The shares of concurrent batches queue one batch after the other, in the order the batches
     * came: a rebuild hands over batches in index order, so every segment receives its jobs in
     * order and its flush need not sort them at all.
     */
    @Override
    public void upsert(Collection<JobDocument> documents) {
        List<JobDocument> jobs = lastVersions(documents).stream()
                .map(job -> new Keyed(JobFields.titleKey(job.title()), job))
                .sorted(IN_INDEX_ORDER)
                .map(Keyed::job)
                .toList();
        int threads = Math.min(INDEXING_THREADS, jobs.size() / PARALLEL_CHUNK);
        if (threads <= 1) {
            index(jobs);
            return;
        }
        List<Future<?>> parts = new ArrayList<>(threads);
        int share = (jobs.size() + threads - 1) / threads;
        synchronized (indexers) {
            for (int from = 0; from < jobs.size(); from += share) {
                List<JobDocument> part = jobs.subList(from, Math.min(jobs.size(), from + share));
                parts.add(indexers.submit(() -> index(part)));
            }
        }
        for (Future<?> part : parts) {
            try {
                part.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while indexing", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    private static List<JobDocument> lastVersions(Collection<JobDocument> documents) {
        Map<UUID, JobDocument> byId = new LinkedHashMap<>();
        for (JobDocument document : documents) {
            byId.remove(document.id());
            byId.put(document.id(), document);
        }
        return new ArrayList<>(byId.values());
    }

    /**
     * Replaces the jobs' documents: the deletes apply to what was indexed before them, never to the
     * block added after, and no searcher opens in between (searchers refresh on commit only).
     *
     * <p>Each document is built as the writer takes it, so a share takes its segment as soon as
     * its thread starts on it, in the order the shares were queued. Built first, a share took
     * whichever segment was free once its documents were ready; one built faster than the share
     * queued before it could land in a segment after a later share, and that segment's flush had
     * to sort its postings: 7% of a rebuild of 1,000,000 jobs (JFR). A document that fails to
     * build fails its share: the writer drops the share's documents it had taken.
     */
    private void index(List<JobDocument> documents) {
        try {
            Term[] ids = new Term[documents.size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = new Term(
                        JobFields.ID, JobFields.idBytes(documents.get(i).id()));
            }
            writer.deleteDocuments(ids);
            Iterable<Document> block =
                    () -> documents.stream().map(this::toDocument).iterator();
            writer.addDocuments(block);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Document toDocument(JobDocument job) {
        try {
            return indexing.toDocument(job);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void delete(Collection<UUID> jobIds) {
        if (jobIds.isEmpty()) {
            return;
        }
        Term[] terms = jobIds.stream()
                .map(id -> new Term(JobFields.ID, JobFields.idBytes(id)))
                .toArray(Term[]::new);
        try {
            writer.deleteDocuments(terms);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void deleteAll() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Commits with the position. A new searcher (and generation) only when documents changed: a new
     * searcher rebuilds the facet ordinal maps, which a position-only commit does not need.
     */
    @Override
    public void commit(long position) {
        synchronized (commitLock) {
            try {
                boolean changed = writer.hasUncommittedChanges();
                long next = changed ? generation + 1 : generation;
                writer.setLiveCommitData(Map.of(
                                POSITION, Long.toString(position),
                                GENERATION, Long.toString(next),
                                FORMAT, CURRENT_FORMAT)
                        .entrySet());
                writer.commit();
                this.position = Optional.of(position);
                if (changed) {
                    searcherFactory.generation(next);
                    searchers.maybeRefreshBlocking();
                    generation = next;
                    pruneKept();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public Optional<Long> position() {
        return position;
    }

    @Override
    public long size() {
        return withSearcher(searcher -> (long) searcher.getIndexReader().numDocs());
    }

    @Override
    public long generation() {
        return generation;
    }

    /**
     * A search; the next page of one (a cursor) reads the index state its first page read, while
     * that state is kept, so that scores, which follow the index's word statistics, stay those the
     * cursor was made of.
     */
    @Override
    public JobSearchResult search(JobSearchRequest request) {
        SearchCursor.Position cursor =
                request.cursor() == null ? null : SearchCursor.read(request.sort(), request.cursor());
        FieldDoc after = cursor == null ? null : cursor.after();
        if (cursor != null && cursor.indexVersion().isPresent()) {
            JobSearcher same = (JobSearcher) kept.acquire(cursor.indexVersion().getAsLong());
            if (same != null) {
                // as withSearcher, with the kept searcher
                return unchecked(() -> {
                    try {
                        return queries.search(same, request, after);
                    } finally {
                        kept.release(same);
                    }
                });
            }
        }
        return withSearcher(searcher -> {
            JobSearchResult result = queries.search(searcher, request, after);
            if (result.nextCursor() != null) {
                kept.record(searcher);
            }
            return result;
        });
    }

    /** Forgets kept searchers beyond the newest few or replaced long enough ago. */
    private void pruneKept() throws IOException {
        int[] newer = {0};
        // called newest first
        kept.prune((ageSeconds, searcher) -> newer[0]++ >= KEPT_SEARCHERS || ageSeconds > KEPT_SECONDS);
    }

    @Override
    public List<Suggestion> suggest(String prefix, Suggestion.Kind kind, SearchScope scope, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return withSearcher(searcher -> suggestions(searcher, kind, scope).suggest(prefix, limit));
    }

    private static SuggestionList suggestions(JobSearcher searcher, Suggestion.Kind kind, SearchScope scope) {
        record Key(Suggestion.Kind kind, SearchScope scope) {}
        String dim = kind == Suggestion.Kind.TITLE ? JobFields.TITLE_DIM : JobSearchRequest.Facet.SKILL.apiName();
        return searcher.cached(
                new Key(kind, scope),
                key -> unchecked(() -> {
                    FacetsCollector inScope = searcher.search(ScopeFilters.scope(scope), new FacetsCollectorManager());
                    return new SuggestionList(kind, FacetCounting.all(searcher, inScope, dim));
                }));
    }

    @Override
    public List<JobSearchResult.JobHit> similar(UUID jobId, SearchScope scope, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return withSearcher(searcher -> queries.similar(searcher, jobId, scope, limit));
    }

    @Override
    public Optional<JobDocument> find(UUID jobId, SearchScope scope) {
        return withSearcher(searcher -> queries.find(searcher, jobId, scope));
    }

    @Override
    public Map<String, Map<String, Long>> aggregate(SearchScope scope, Set<String> dimensions) {
        return withSearcher(searcher -> {
            FacetsCollector inScope = searcher.search(ScopeFilters.scope(scope), new FacetsCollectorManager());
            Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
            for (String dimension : dimensions) {
                Map<String, Long> values = new LinkedHashMap<>();
                for (FacetCount count : FacetCounting.all(searcher, inScope, JobFields.TERM_DIM_PREFIX + dimension)) {
                    values.put(count.value(), count.count());
                }
                counts.put(dimension, values);
            }
            return counts;
        });
    }

    @Override
    public void close() {
        indexers.shutdown();
        if (searchExecutor != null) {
            searchExecutor.shutdown();
        }
        try {
            kept.close();
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        try {
            JobSearcher searcher = (JobSearcher) searchers.acquire();
            try {
                return work.run(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T unchecked(IoSupplier<T> supplier) {
        try {
            return supplier.get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    interface SearcherWork<T> {
        T run(JobSearcher searcher) throws IOException;
    }

    @FunctionalInterface
    interface IoSupplier<T> {
        T get() throws IOException;
    }
}
