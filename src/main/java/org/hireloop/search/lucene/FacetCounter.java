package org.hireloop.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
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
 * doc-values field and segment (dimensions may share a field, {@link JobFields#facetField}), added
 * into the generation's global ordinals when the segment is done. Exact: every match is counted. A
 * collector per slice, so a searcher with an executor counts the slices in parallel; {@link
 * #reduce} adds the slices up.
 */
final class FacetCounter implements CollectorManager<FacetCounter.SliceCounter, FacetCounter.Counts> {

    /** Matches counted at a time. */
    private static final int BLOCK = 512;

    private final List<Dim> dims;
    /** The distinct doc-values fields of {@link #dims} that hold values in this generation. */
    private final List<Values> fields;

    /** The dimensions present in this searcher's generation, in the order asked. */
    FacetCounter(JobSearcher searcher, Collection<String> dims) {
        Map<FacetField, Integer> fieldOf = new IdentityHashMap<>();
        List<Values> fields = new ArrayList<>();
        List<Dim> asked = new ArrayList<>();
        for (String dim : dims) {
            var field = searcher.facetField(dim);
            if (field.isEmpty()) {
                asked.add(new Dim(dim, -1));
                continue;
            }
            Integer at = fieldOf.get(field.get());
            if (at == null) {
                at = fields.size();
                fieldOf.put(field.get(), at);
                fields.add(new Values(field.get(), searcher.pageOrdinals()));
            }
            asked.add(new Dim(dim, at));
        }
        this.dims = List.copyOf(asked);
        this.fields = List.copyOf(fields);
    }

    @Override
    public SliceCounter newCollector() {
        return new SliceCounter(fields);
    }

    @Override
    public Counts reduce(Collection<SliceCounter> slices) {
        long total = 0;
        int[][] counts = new int[fields.size()][];
        for (int f = 0; f < fields.size(); f++) {
            counts[f] = new int[fields.get(f).size()];
        }
        for (SliceCounter slice : slices) {
            total += slice.total;
            for (int f = 0; f < fields.size(); f++) {
                int[] from = slice.counts[f];
                int[] into = counts[f];
                for (int ord = 0; ord < from.length; ord++) {
                    into[ord] += from[ord];
                }
            }
        }
        return new Counts(dims, fields, total, counts);
    }

    /** A dimension asked for, and the index of its field in {@link #fields}; -1 when it has no values. */
    private record Dim(String name, int field) {}

    /** One doc-values field of facet values, with its ordinals held in memory when it is the page's field. */
    private static final class Values {
        final FacetField field;
        final @Nullable PageOrdinals inMemory;

        Values(FacetField field, PageOrdinals pageOrdinals) {
            this.field = field;
            this.inMemory = pageOrdinals.field().equals(field.state().getField()) ? pageOrdinals : null;
        }

        int size() {
            return field.size();
        }
    }

    /** The counts of one slice of the searcher's segments. */
    static final class SliceCounter implements Collector {
        private final List<Values> fields;
        private final int[][] counts;
        private long total;

        SliceCounter(List<Values> fields) {
            this.fields = fields;
            this.counts = new int[fields.size()][];
            for (int f = 0; f < fields.size(); f++) {
                counts[f] = new int[fields.get(f).size()];
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            int n = fields.size();
            PageOrdinals.Segment[] inMemory = new PageOrdinals.Segment[n];
            SortedDocValues[] single = new SortedDocValues[n];
            SortedSetDocValues[] multi = new SortedSetDocValues[n];
            int[][] segmentCounts = new int[n][];
            for (int f = 0; f < n; f++) {
                Values field = fields.get(f);
                inMemory[f] = field.inMemory == null ? null : field.inMemory.of(context);
                if (inMemory[f] != null) {
                    // making the doc values only to learn their size opens the segment's terms dictionary
                    segmentCounts[f] = new int[inMemory[f].values()];
                    continue;
                }
                SortedSetDocValues values = DocValues.getSortedSet(
                        context.reader(), field.field.state().getField());
                if (values.getValueCount() == 0) {
                    continue;
                }
                segmentCounts[f] = new int[Math.toIntExact(values.getValueCount())];
                single[f] = DocValues.unwrapSingleton(values);
                multi[f] = single[f] == null ? values : null;
            }
            return new LeafCollector() {
                // Matches are counted a block at a time, one field after the other: each inner
                // loop walks one doc values iterator forward, which measured faster than visiting
                // every field for every match.
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
                    for (int f = 0; f < n; f++) {
                        int[] into = segmentCounts[f];
                        PageOrdinals.Segment held = inMemory[f];
                        if (held != null) {
                            int[] starts = held.starts();
                            char[] ords = held.ords();
                            for (int i = 0; i < size; i++) {
                                int doc = block[i];
                                for (int at = starts[doc], end = starts[doc + 1]; at < end; at++) {
                                    into[ords[at]]++;
                                }
                            }
                            continue;
                        }
                        SortedDocValues one = single[f];
                        if (one != null) {
                            for (int i = 0; i < size; i++) {
                                if (one.advanceExact(block[i])) {
                                    into[one.ordValue()]++;
                                }
                            }
                            continue;
                        }
                        SortedSetDocValues many = multi[f];
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
                    for (int f = 0; f < n; f++) {
                        int[] segment = segmentCounts[f];
                        if (segment == null) {
                            continue;
                        }
                        OrdinalMap map = fields.get(f).field.ordinalMap();
                        LongValues global = map == null ? LongValues.IDENTITY : map.getGlobalOrds(context.ord);
                        int[] into = counts[f];
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

    /** The total and the counts per global ordinal of every field. */
    static final class Counts {
        private final List<Dim> dims;
        private final List<Values> fields;
        private final long total;
        private final int[][] counts;

        private Counts(List<Dim> dims, List<Values> fields, long total, int[][] counts) {
            this.dims = dims;
            this.fields = fields;
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
            for (Dim dim : dims) {
                top.put(dim.name(), top(dim, limit, scale));
            }
            return top;
        }

        private List<FacetCount> top(Dim dim, int limit, double scale) throws IOException {
            if (dim.field() < 0) {
                return List.of();
            }
            FacetField field = fields.get(dim.field()).field;
            SortedSetDocValuesReaderState.OrdRange range = field.state().getOrdRange(dim.name());
            if (range == null) {
                return List.of();
            }
            int[] count = counts[dim.field()];
            List<Integer> ords = new ArrayList<>();
            for (int ord = range.start; ord <= range.end; ord++) {
                if (count[ord] > 0) {
                    ords.add(ord);
                }
            }
            ords.sort((a, b) -> count[a] != count[b] ? Integer.compare(count[b], count[a]) : Integer.compare(a, b));
            List<Integer> shown = ords.subList(0, Math.min(limit, ords.size()));
            List<String> labels = field.labels(shown);
            List<FacetCount> top = new ArrayList<>(shown.size());
            for (int i = 0; i < shown.size(); i++) {
                top.add(new FacetCount(labels.get(i), Math.round(count[shown.get(i)] * scale)));
            }
            return top;
        }
    }
}
