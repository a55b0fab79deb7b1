package org.hireloop.search.lucene;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.ArrayUtil;
import org.jspecify.annotations.Nullable;

/**
 * The facet ordinals of the search page's doc-values field ({@link JobFields#PAGE_DIMS}), read
 * once per segment into plain arrays on the heap: every search with facets counts them for each
 * match, and decoding them from the doc values (an address per match, then packed ordinals) was
 * most of a broad search at 100,000 jobs. Kept per segment core, so the segments a refresh did not
 * touch keep theirs, and dropped when a segment is closed. About two bytes per value and four per
 * job: some 20 MB at 1,000,000 jobs. Built when a searcher is opened, never by a search.
 */
final class PageOrdinals {

    /**
     * Ordinals of one segment: those of document {@code d} are {@code ords[starts[d]]} up to (not
     * including) {@code ords[starts[d + 1]]}; {@code values} distinct ones.
     */
    record Segment(int[] starts, char[] ords, int values) {}

    /** A segment with more distinct values than a char holds keeps reading its doc values. */
    static final int MAX_VALUES = Character.MAX_VALUE + 1;

    private final String field;
    private final Map<IndexReader.CacheKey, Segment> bySegment = new ConcurrentHashMap<>();

    PageOrdinals(String field) {
        this.field = field;
    }

    String field() {
        return field;
    }

    /** The segment's ordinals, or null when they were not {@link #load}ed (no values, or too many). */
    @Nullable
    Segment of(LeafReaderContext context) {
        IndexReader.CacheHelper core = context.reader().getCoreCacheHelper();
        return core == null ? null : bySegment.get(core.getKey());
    }

    /** Reads the ordinals of the reader's segments that have none yet. */
    void load(IndexReader reader) throws IOException {
        for (LeafReaderContext context : reader.leaves()) {
            IndexReader.CacheHelper core = context.reader().getCoreCacheHelper();
            if (core == null || bySegment.containsKey(core.getKey())) {
                continue;
            }
            Segment segment = read(context.reader(), field);
            if (segment != null && bySegment.putIfAbsent(core.getKey(), segment) == null) {
                core.addClosedListener(bySegment::remove);
            }
        }
    }

    /** Segments whose ordinals are held: for tests. */
    int segments() {
        return bySegment.size();
    }

    static @Nullable Segment read(LeafReader reader, String field) throws IOException {
        SortedSetDocValues values = DocValues.getSortedSet(reader, field);
        if (values.getValueCount() == 0 || values.getValueCount() > MAX_VALUES) {
            return null;
        }
        int maxDoc = reader.maxDoc();
        int[] starts = new int[maxDoc + 1];
        char[] ords = new char[Math.max(16, maxDoc * 4)];
        int size = 0;
        int next = 0;
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
            while (next <= doc) {
                starts[next++] = size;
            }
            int count = values.docValueCount();
            ords = ArrayUtil.grow(ords, size + count);
            for (int i = 0; i < count; i++) {
                ords[size++] = (char) values.nextOrd();
            }
        }
        while (next <= maxDoc) {
            starts[next++] = size;
        }
        return new Segment(starts, ArrayUtil.copyOfSubArray(ords, 0, size), (int) values.getValueCount());
    }
}
