package org.hireloop.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.LongValues;
import org.hireloop.search.JobSearchResult.FacetCount;
import org.jspecify.annotations.Nullable;

/**
 * Counts the matches of a search and the values of the requested facet dimensions in the same
 * pass, straight from each segment's doc values: no bitset of the matches, one counter array per
 * dimension and segment, added into the generation's global ordinals when the segment is done.
 * Exact: every match is counted. A collector per slice, so a searcher with an executor counts the
 * slices in parallel; {@link #reduce} adds the slices up.
 */
final class FacetCounter implements CollectorManager<FacetCounter.SliceCounter, FacetCounter.Counts> {

    /** Matches counted at a time. */
    private static final int BLOCK = 512;

    private final List<Dim> dims;

    /** The dimensions present in this searcher's generation, in the order asked. */
    FacetCounter(JobSearcher searcher, Collection<String> dims) throws IOException {
        List<Dim> present = new ArrayList<>();
        for (String dim : dims) {
            var state = searcher.facetState(dim);
            if (state.isPresent()) {
                present.add(new Dim(dim, state.get()));
            } else {
                present.add(new Dim(dim, null));
            }
        }
        this.dims = List.copyOf(present);
    }

    @Override
    public SliceCounter newCollector() {
        return new SliceCounter(dims);
    }

    @Override
    public Counts reduce(Collection<SliceCounter> slices) {
        long total = 0;
        int[][] counts = new int[dims.size()][];
        for (int d = 0; d < dims.size(); d++) {
            counts[d] = new int[dims.get(d).size()];
        }
        for (SliceCounter slice : slices) {
            total += slice.total;
            for (int d = 0; d < dims.size(); d++) {
                int[] from = slice.counts[d];
                int[] into = counts[d];
                for (int ord = 0; ord < from.length; ord++) {
                    into[ord] += from[ord];
                }
            }
        }
        return new Counts(dims, total, counts);
    }

    /** One facet dimension: its ordinal map and doc values field, or no state when no job has a value. */
    private static final class Dim {
        final String name;
        final @Nullable SortedSetDocValuesReaderState state;
        final @Nullable OrdinalMap ordinalMap;

        Dim(String name, @Nullable SortedSetDocValuesReaderState state) throws IOException {
            this.name = name;
            this.state = state;
            SortedSetDocValues top = state == null ? null : state.getDocValues();
            this.ordinalMap = top instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
        }

        int size() {
            return state == null ? 0 : state.getSize();
        }
    }

    /** The counts of one slice of the searcher's segments. */
    static final class SliceCounter implements Collector {
        private final List<Dim> dims;
        private final int[][] counts;
        private long total;

        SliceCounter(List<Dim> dims) {
            this.dims = dims;
            this.counts = new int[dims.size()][];
            for (int d = 0; d < dims.size(); d++) {
                counts[d] = new int[dims.get(d).size()];
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            int n = dims.size();
            SortedDocValues[] single = new SortedDocValues[n];
            SortedSetDocValues[] multi = new SortedSetDocValues[n];
            int[][] segmentCounts = new int[n][];
            for (int d = 0; d < n; d++) {
                Dim dim = dims.get(d);
                if (dim.state == null) {
                    continue;
                }
                SortedSetDocValues values = DocValues.getSortedSet(context.reader(), dim.state.getField());
                if (values.getValueCount() == 0) {
                    continue;
                }
                segmentCounts[d] = new int[Math.toIntExact(values.getValueCount())];
                single[d] = DocValues.unwrapSingleton(values);
                multi[d] = single[d] == null ? values : null;
            }
            return new LeafCollector() {
                // Matches are counted a block at a time, one dimension after the other: each inner
                // loop walks one doc values iterator forward, which measured faster than visiting
                // every dimension for every match.
                final int[] block = new int[BLOCK];
                int size;

                @Override
                public void setScorer(Scorable scorer) {}

                @Override
                public void collect(int doc) throws IOException {
                    block[size++] = doc;
                    if (size == BLOCK) {
                        count();
                    }
                }

                private void count() throws IOException {
                    total += size;
                    for (int d = 0; d < n; d++) {
                        int[] into = segmentCounts[d];
                        SortedDocValues one = single[d];
                        if (one != null) {
                            for (int i = 0; i < size; i++) {
                                if (one.advanceExact(block[i])) {
                                    into[one.ordValue()]++;
                                }
                            }
                            continue;
                        }
                        SortedSetDocValues many = multi[d];
                        if (many != null) {
                            for (int i = 0; i < size; i++) {
                                if (many.advanceExact(block[i])) {
                                    for (int j = many.docValueCount(); j > 0; j--) {
                                        into[(int) many.nextOrd()]++;
                                    }
                                }
                            }
                        }
                    }
                    size = 0;
                }

                @Override
                public void finish() throws IOException {
                    count();
                    for (int d = 0; d < n; d++) {
                        int[] segment = segmentCounts[d];
                        if (segment == null) {
                            continue;
                        }
                        OrdinalMap map = dims.get(d).ordinalMap;
                        LongValues global = map == null ? LongValues.IDENTITY : map.getGlobalOrds(context.ord);
                        int[] into = counts[d];
                        for (int ord = 0; ord < segment.length; ord++) {
                            if (segment[ord] != 0) {
                                into[(int) global.get(ord)] += segment[ord];
                            }
                        }
                    }
                }
            };
        }
    }

    /** The total and the counts per global ordinal of every dimension. */
    static final class Counts {
        private final List<Dim> dims;
        private final long total;
        private final int[][] counts;

        private Counts(List<Dim> dims, long total, int[][] counts) {
            this.dims = dims;
            this.total = total;
            this.counts = counts;
        }

        long total() {
            return total;
        }

        /**
         * The top values of each dimension by count, ties by value (ordinal order), zero counts
         * left out; each count multiplied by {@code scale} (what one counted match stands for).
         */
        Map<String, List<FacetCount>> top(int limit, double scale) throws IOException {
            Map<String, List<FacetCount>> top = new LinkedHashMap<>();
            for (int d = 0; d < dims.size(); d++) {
                top.put(dims.get(d).name, top(d, limit, scale));
            }
            return top;
        }

        private List<FacetCount> top(int d, int limit, double scale) throws IOException {
            Dim dim = dims.get(d);
            if (dim.state == null) {
                return List.of();
            }
            SortedSetDocValuesReaderState.OrdRange range = dim.state.getOrdRange(dim.name);
            if (range == null) {
                return List.of();
            }
            int[] count = counts[d];
            List<Integer> ords = new ArrayList<>();
            for (int ord = range.start; ord <= range.end; ord++) {
                if (count[ord] > 0) {
                    ords.add(ord);
                }
            }
            ords.sort((a, b) -> count[a] != count[b] ? Integer.compare(count[b], count[a]) : Integer.compare(a, b));
            SortedSetDocValues values = dim.state.getDocValues();
            List<FacetCount> top = new ArrayList<>(Math.min(limit, ords.size()));
            for (int ord : ords.subList(0, Math.min(limit, ords.size()))) {
                String[] path = FacetsConfig.stringToPath(values.lookupOrd(ord).utf8ToString());
                top.add(new FacetCount(path[path.length - 1], Math.round(count[ord] * scale)));
            }
            return top;
        }
    }
}
