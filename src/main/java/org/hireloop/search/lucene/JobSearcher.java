package org.hireloop.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LRUQueryCache;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryCachingPolicy;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.UsageTrackingQueryCachingPolicy;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * A searcher of one index generation with what is expensive to build and cheap to keep for it:
 * the facet ordinal maps (one per doc-values field) and caches (suggestion lists, search totals and facets). Facet
 * states belong to exactly one reader (the facet module checks it), so the engine opens a new
 * searcher only when a commit changed something.
 */
final class JobSearcher extends IndexSearcher {

    private static final int MAX_CACHED = 1000;
    /** Words whose {@link #termStates} a generation keeps: about 14 MB at 1,000,000 jobs in 14 segments. */
    private static final int MAX_TERM_STATES = 10_000;
    /** Slices a search is split into when the searcher has an executor: one per core. */
    static final int SEARCH_SLICES = Math.max(1, Runtime.getRuntime().availableProcessors());

    private final Shared shared;

    /**
     * The sets of jobs a filter matched, per segment, shared by every searcher of the process:
     * Lucene's query cache with a sixteenth of the heap (at most 512 MB) instead of its default 32
     * MB. At 1,000,000 jobs the benchmark's mix of 32 searches did not fit in 32 MB: the filter
     * of each quoted phrase (its words in order in any searched field) was evicted and checked again
     * over every job, and a quoted search took 20 to 29 ms within the mix against 7 to 8 ms with 256
     * MB (docs/performance.md). Since {@link #CACHING_POLICY} caches the mix's filters as they
     * recur, the mix holds 8 MB: the rest is room for a board whose searches are more varied.
     */
    static final LRUQueryCache QUERY_CACHE = new LRUQueryCache(1000, queryCacheBytes());

    /**
     * Uses of filters the caching policy remembers: a filter is cached once it recurs four or five
     * times among them (Lucene's {@link UsageTrackingQueryCachingPolicy}). Lucene remembers 256, but
     * a search here uses eight filters or so (its phrases, scope, filters, sample), so 256 were its
     * last 32 searches: a filter had to recur four times among 32 searches, and a board's popular
     * searches, each one search in a hundred, never stayed cached. With the benchmark's mix of 32
     * searches at 1,000,000 jobs, the cache held 2 MB and missed four lookups in five after three
     * minutes (its metrics), and quoted searches read positions over every job. With 4,096 it
     * caches what one search in a hundred or so uses, and it holds 8 MB.
     */
    static final int CACHING_HISTORY = 4096;

    /** Shared, as the cache is: a filter counts wherever it is used. */
    static final QueryCachingPolicy CACHING_POLICY = new UsageTrackingQueryCachingPolicy(CACHING_HISTORY);

    static long queryCacheBytes() {
        return Math.min(512L << 20, Runtime.getRuntime().maxMemory() / 16);
    }

    private JobSearcher(IndexReader reader, @Nullable Executor executor, Shared shared) {
        super(reader, executor);
        setSimilarity(WordScores.SIMILARITY);
        setQueryCache(QUERY_CACHE);
        setQueryCachingPolicy(CACHING_POLICY);
        this.shared = shared;
    }

    /**
     * A word of {@link JobFields#WORDS} takes its document frequency from the first of {@link
     * WordScores#IDF_FIELDS} that holds it, so a word weighs in a query about what it weighed in
     * the field where it means most. Looked up once per generation ({@link #cached}): each lookup
     * seeks the word in every segment, and one search builds its query's weights several times
     * (count, sample, page).
     */
    @Override
    public TermStatistics termStatistics(Term term, int docFreq, long totalTermFreq) throws IOException {
        if (!term.field().equals(JobFields.WORDS)) {
            return super.termStatistics(term, docFreq, totalTermFreq);
        }
        int frequency = cached(new WordFrequency(term.text()), key -> {
            try {
                return wordFrequency(term.bytes(), docFreq);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return new TermStatistics(term.bytes(), frequency, frequency);
    }

    /** The key of a word's {@link #termStatistics} among the generation's {@link #cached} values. */
    private record WordFrequency(String word) {}

    private int wordFrequency(BytesRef word, int inWords) throws IOException {
        for (String field : WordScores.IDF_FIELDS) {
            int inField = getIndexReader().docFreq(new Term(field, word));
            if (inField > 0 && inField <= inWords) {
                return inField;
            }
        }
        return inWords;
    }

    /**
     * A word's weight takes its state in each segment (where its postings start, how many jobs hold
     * it) from the generation's {@link #termStates}, rather than seeking the word in every segment's
     * terms dictionary each time: one search builds its query's weights twice or more (sample,
     * count, page), and Lucene seeks each word of each weight in each segment, handing a task per
     * segment to the search threads. That grows with the segments, 14 at 1,000,000 jobs.
     */
    @Override
    public Weight createWeight(Query query, ScoreMode scoreMode, float boost) throws IOException {
        if (query instanceof TermQuery word && word.getTermStates() == null) {
            query = new TermQuery(word.getTerm(), termStates(word.getTerm()));
        }
        return super.createWeight(query, scoreMode, boost);
    }

    /** The term's states over this generation's segments, with its statistics; built once per generation. */
    TermStates termStates(Term term) throws IOException {
        TermStates known = shared.termStates.get(term);
        if (known != null) {
            return known;
        }
        TermStates built = TermStates.build(this, term, true);
        if (shared.termStates.size() >= MAX_TERM_STATES) {
            shared.termStates.clear(); // crude bound, as for the other caches: hot words come back at once
        }
        shared.termStates.put(term, built);
        return built;
    }

    /**
     * With an executor, one search runs on several threads, a slice of segments each: the
     * segments are dealt out largest first to the slice with the fewest documents so far, one
     * slice per thread, so the slices take about as long as each other (the default groups
     * segments in their order, which after merges leaves one slice with most of the work).
     */
    @Override
    protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
        return balancedSlices(leaves, SEARCH_SLICES);
    }

    static LeafSlice[] balancedSlices(List<LeafReaderContext> leaves, int count) {
        int n = Math.max(1, Math.min(count, leaves.size()));
        List<List<LeafReaderContext>> slices = new ArrayList<>();
        long[] docs = new long[n];
        for (int i = 0; i < n; i++) {
            slices.add(new ArrayList<>());
        }
        List<LeafReaderContext> bySize = new ArrayList<>(leaves);
        bySize.sort(Comparator.comparingInt(
                        (LeafReaderContext leaf) -> leaf.reader().maxDoc())
                .reversed()
                .thenComparingInt(leaf -> leaf.ord));
        for (LeafReaderContext leaf : bySize) {
            int lightest = 0;
            for (int i = 1; i < n; i++) {
                if (docs[i] < docs[lightest]) {
                    lightest = i;
                }
            }
            slices.get(lightest).add(leaf);
            docs[lightest] += leaf.reader().maxDoc();
        }
        return slices.stream()
                .filter(slice -> !slice.isEmpty())
                .map(slice -> {
                    slice.sort(Comparator.comparingInt(leaf -> leaf.ord));
                    return new LeafSlice(slice);
                })
                .toArray(LeafSlice[]::new);
    }

    long generation() {
        return shared.generation;
    }

    /**
     * The doc-values field of a facet dimension with its ordinal map (dimensions may share one,
     * {@link JobFields#facetField}), or empty when no job in this generation has a value in it.
     */
    Optional<FacetField> facetField(String dim) {
        return shared.fields.computeIfAbsent(JobFields.facetField(dim), this::buildField);
    }

    /** The search page's facet ordinals, read into memory per segment when the searcher opened. */
    PageOrdinals pageOrdinals() {
        return shared.pageOrdinals;
    }

    /** A value computed once per generation (suggestion lists, facet counts of a blank query). */
    @SuppressWarnings("unchecked")
    <T> T cached(Object key, Function<Object, T> compute) {
        if (shared.cache.size() > MAX_CACHED) {
            shared.cache.clear(); // crude bound; the cache only serves hot keys anyway
        }
        return (T) shared.cache.computeIfAbsent(key, compute);
    }

    /** A value {@link #remember}ed for this generation, or null. */
    @SuppressWarnings("unchecked")
    <T> @Nullable T recalled(Object key) {
        return (T) shared.cache.get(key);
    }

    void remember(Object key, Object value) {
        if (shared.cache.size() > MAX_CACHED) {
            shared.cache.clear();
        }
        shared.cache.put(key, value);
    }

    private Optional<FacetField> buildField(String field) {
        boolean present = getIndexReader().leaves().stream()
                .anyMatch(leaf -> leaf.reader().getFieldInfos().fieldInfo(field) != null);
        if (!present) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    new FacetField(new DefaultSortedSetDocValuesReaderState(getIndexReader(), field, shared.config)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What one generation computes lazily and keeps. */
    private static final class Shared {
        final long generation;
        final FacetsConfig config;
        final PageOrdinals pageOrdinals;
        /** By doc-values field. */
        final Map<String, Optional<FacetField>> fields = new ConcurrentHashMap<>();

        final Map<Object, Object> cache = new ConcurrentHashMap<>();
        /** By term: some 100 bytes per segment each. */
        final Map<Term, TermStates> termStates = new ConcurrentHashMap<>();

        Shared(long generation, FacetsConfig config, PageOrdinals pageOrdinals) {
            this.generation = generation;
            this.config = config;
            this.pageOrdinals = pageOrdinals;
        }
    }

    /**
     * Makes the searchers of a {@code SearcherManager}; warms the facet ordinal maps of the search
     * facets and reads the page's facet ordinals of new segments, so the first search after a
     * commit does not pay for them.
     */
    static final class Factory extends SearcherFactory {
        private final FacetsConfig config;
        /** Shared by the searchers of every generation: segments a refresh kept keep their ordinals. */
        private final PageOrdinals pageOrdinals = new PageOrdinals(JobFields.PAGE_FIELD);

        private final List<String> warmDims;
        private final @Nullable Executor executor;
        private volatile long generation;

        /** With an executor, each search uses its threads for the slices of the index. */
        Factory(FacetsConfig config, List<String> warmDims, long generation, @Nullable Executor executor) {
            this.config = config;
            this.warmDims = warmDims;
            this.generation = generation;
            this.executor = executor;
        }

        /** The generation the next searcher with changed segments gets. */
        void generation(long generation) {
            this.generation = generation;
        }

        @Override
        public IndexSearcher newSearcher(IndexReader reader, @Nullable IndexReader previousReader) throws IOException {
            JobSearcher searcher = new JobSearcher(reader, executor, new Shared(generation, config, pageOrdinals));
            warmDims.forEach(searcher::facetField);
            pageOrdinals.load(reader);
            return searcher;
        }
    }
}
