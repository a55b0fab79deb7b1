package org.hireloop.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.BytesRef;
import org.hireloop.search.JobSearchRequest;
import org.jspecify.annotations.Nullable;

/**
 * The best {@code size} matches by relevance, ties broken by title key and then job id (the index
 * order, {@link LuceneJobSearchEngine#INDEX_ORDER}), found without scoring most matches of a broad
 * query.
 *
 * <p>Lucene's own top-docs collector for a sort by score and then a field cannot skip a match
 * whose score equals the lowest on the page, since its field might still win; on a job board a
 * broad word gives the same score to a large share of jobs ("Data Engineer" titles), so it scores
 * them all. Ties here follow the index order, so within one segment a later match always comes
 * later: once a segment's own best {@code size} are found, only a strictly higher score can compete
 * there, and the scorer skips the blocks that cannot reach it. Each segment keeps its own best;
 * merged by score, title key and id they are the best of the index, because the best of the index
 * that lie in a segment are among that segment's best. A segment searched after others starts from
 * the score their best already reach, and segments searched at the same time on other threads take
 * up the score of a page that one of them has found, as Lucene's own collectors share theirs
 * across slices. The segments searched first still score their matches from nothing, which is most
 * of what a costly search scores: at 1,000,000 jobs, started from the page's final bar, the mix's
 * costliest searches scored a sixth to a twentieth as many matches.
 *
 * <p>A hit's sort values are its score, title key and id ({@link SearchCursor} encodes them).
 */
final class RelevanceTopDocs implements CollectorManager<RelevanceTopDocs.SliceCollector, TopFieldDocs> {

    private static final Comparator<FieldDoc> BEST_FIRST = Comparator.comparing((FieldDoc hit) -> (Float) hit.fields[0])
            .reversed()
            .thenComparing(hit -> (BytesRef) hit.fields[1])
            .thenComparing(hit -> (BytesRef) hit.fields[2]);

    /**
     * Matches a segment collects between two reads of the shared bar (a mask: every 128th), as
     * Lucene's own collectors read the score their slices share.
     */
    private static final int SHARED_BAR_INTERVAL = 127;

    private final int size;
    private final @Nullable FieldDoc after;
    private final boolean scored;
    private final float afterScore;
    /**
     * The bits of a score that {@code size} matches reach (0 until some segment has that many):
     * shared by the slices, so a later segment skips at once what cannot make the page instead of
     * first collecting its own best, and one being searched takes it up as it rises. A match
     * scoring exactly this may still win on its title, so it is not skipped.
     */
    private final AtomicInteger bar = new AtomicInteger(Float.floatToIntBits(0f));

    /**
     * @param after the last hit of the previous page (its score, title key and id), or null for the
     *     first
     * @param scored whether matches may differ in score; when they cannot (a search without
     *     words), a segment's first {@code size} matches after the cursor are its best, and the
     *     rest of the segment is not visited: a filter's scorer skips nothing by score, and a
     *     blank search with two filters read every one of its 214,000 matches at 1,000,000 jobs
     */
    RelevanceTopDocs(int size, @Nullable FieldDoc after, boolean scored) {
        this.size = size;
        this.after = after;
        this.scored = scored;
        this.afterScore = after == null ? Float.NaN : (Float) after.fields[0];
    }

    @Override
    public SliceCollector newCollector() {
        return new SliceCollector();
    }

    @Override
    public TopFieldDocs reduce(Collection<SliceCollector> slices) {
        List<FieldDoc> all = new ArrayList<>();
        long collected = 0;
        for (SliceCollector slice : slices) {
            all.addAll(slice.best);
            collected += slice.collected;
        }
        all.sort(BEST_FIRST);
        FieldDoc[] top = all.subList(0, Math.min(size, all.size())).toArray(FieldDoc[]::new);
        // the matches scored, not all of them: callers take the total from elsewhere
        return new TopFieldDocs(
                new TotalHits(collected, TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO),
                top,
                SearchCursor.sort(JobSearchRequest.Sort.RELEVANCE).getSort());
    }

    private float bar() {
        return Float.intBitsToFloat(bar.get());
    }

    /** Raises the shared bar to {@code score} unless it is higher already. */
    private void raiseSharedBar(float score) {
        int bits = Float.floatToIntBits(score);
        for (int current = bar.get(); Float.intBitsToFloat(current) < score; current = bar.get()) {
            if (bar.compareAndSet(current, bits)) {
                return;
            }
        }
    }

    /** The best hits of every segment of one slice. */
    final class SliceCollector implements Collector {
        final List<FieldDoc> best = new ArrayList<>();
        long collected;
        /** The best {@code size} scores of the slice's finished segments, weakest at the head. */
        private final PriorityQueue<Float> bestScores = new PriorityQueue<>();

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.TOP_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            return new SegmentCollector(context);
        }

        /** One segment's best, in a queue whose head is the weakest (lowest score, then last in index order). */
        private final class SegmentCollector implements LeafCollector {
            private final LeafReaderContext context;
            /** The title keys and ids of this segment's matches, read for ties with the previous page's last hit only. */
            private final @Nullable SortedDocValues titles;

            private final @Nullable SortedDocValues ids;

            private final SegmentQueue queue = new SegmentQueue(size);
            private @Nullable Scorable scorer;
            /** What a match must score here: the shared bar when this segment last read it. */
            private float floor;

            /** The least score the scorer was last told a match must reach. */
            private float competitive;

            /** Matches collected since this segment last read the shared bar. */
            private int sinceShared;

            SegmentCollector(LeafReaderContext context) throws IOException {
                this.context = context;
                this.titles = after == null ? null : DocValues.getSorted(context.reader(), JobFields.TITLE_KEY);
                this.ids = after == null ? null : DocValues.getSorted(context.reader(), JobFields.ID);
            }

            @Override
            public void setScorer(Scorable scorer) throws IOException {
                if (scorer != this.scorer) {
                    this.scorer = scorer;
                    competitive = 0;
                }
                // a segment with exclusions is scored in windows between them, each handing the same
                // scorer again: it keeps skipping what it skipped
                floor = bar();
                compete();
            }

            /**
             * Tells the scorer what a match must score: the floor, and once this segment has a page,
             * more than its weakest (a later match of a segment loses a tie). Never less than it was
             * told before: Lucene's scorers assume so.
             */
            private void compete() throws IOException {
                float least = queue.size() == size ? Math.max(Math.nextUp(queue.top().score), floor) : floor;
                if (least > competitive) {
                    competitive = least;
                    scorer.setMinCompetitiveScore(least);
                }
            }

            @Override
            public void collect(int doc) throws IOException {
                if ((++sinceShared & SHARED_BAR_INTERVAL) == 0) {
                    adoptSharedBar();
                }
                float score = scorer.score();
                if (score < floor || after != null && !afterCursor(doc, score)) {
                    return;
                }
                collected++;
                if (queue.size() < size) {
                    queue.add(new ScoreDoc(doc, score));
                    if (queue.size() == size) {
                        if (!scored) {
                            throw new CollectionTerminatedException(); // the rest come later in index order
                        }
                        raiseBar();
                    }
                    return;
                }
                ScoreDoc weakest = queue.top();
                // a later document of this segment has a larger id: it must score strictly higher
                if (score > weakest.score) {
                    weakest.doc = doc;
                    weakest.score = score;
                    queue.updateTop();
                    raiseBar();
                }
            }

            /** Whether the match comes after the previous page's last hit in relevance order. */
            private boolean afterCursor(int doc, float score) throws IOException {
                if (score != afterScore) {
                    return score < afterScore;
                }
                int title = value(titles, doc).compareTo((BytesRef) after.fields[1]);
                return title != 0 ? title > 0 : value(ids, doc).compareTo((BytesRef) after.fields[2]) > 0;
            }

            /** Starts skipping from the shared bar when other slices raised it since this segment last looked. */
            private void adoptSharedBar() throws IOException {
                float shared = bar();
                if (shared > floor) {
                    floor = shared;
                    compete();
                }
            }

            private void raiseBar() throws IOException {
                // this segment's page is a page of the index: its weakest score is a bar for every slice
                raiseSharedBar(queue.top().score);
                floor = bar();
                compete();
            }

            @Override
            public void finish() throws IOException {
                // a hit scoring less than what a page of hits of some segments reaches cannot
                // make the page: reading its title key and id decompresses a block of each field's
                // terms, once per segment, and at 1,000,000 jobs in 14 segments that was 2% of a search
                float least = bestScores.size() == size ? Math.max(bar(), bestScores.peek()) : bar();
                List<ScoreDoc> hits = new ArrayList<>(queue.size());
                for (ScoreDoc hit : queue) {
                    if (hit.score >= least) {
                        hits.add(hit);
                    }
                }
                if (hits.isEmpty()) {
                    return; // not even the doc values: making them opens each field's terms dictionary
                }
                SortedDocValues titleKeys = DocValues.getSorted(context.reader(), JobFields.TITLE_KEY);
                SortedDocValues jobIds = DocValues.getSorted(context.reader(), JobFields.ID);
                hits.sort(Comparator.comparingInt(hit -> hit.doc));
                for (ScoreDoc hit : hits) {
                    BytesRef title = BytesRef.deepCopyOf(value(titleKeys, hit.doc));
                    BytesRef id = BytesRef.deepCopyOf(value(jobIds, hit.doc));
                    best.add(new FieldDoc(context.docBase + hit.doc, hit.score, new Object[] {hit.score, title, id}));
                    bestScores.add(hit.score);
                    if (bestScores.size() > size) {
                        bestScores.poll();
                    }
                }
                if (bestScores.size() == size) {
                    raiseSharedBar(bestScores.peek());
                }
            }
        }
    }

    /**
     * A segment's best hits, the weakest on top: the lowest score, then the last in index order. A
     * better hit takes the weakest's place rather than being added after a removal ({@link
     * #updateTop}), as Lucene's own top-docs collectors do: a java.util.PriorityQueue with a
     * comparator of boxed scores cost 2% of a search at 1,000,000 jobs (JFR).
     */
    private static final class SegmentQueue extends org.apache.lucene.util.PriorityQueue<ScoreDoc> {
        SegmentQueue(int size) {
            super(size);
        }

        @Override
        protected boolean lessThan(ScoreDoc a, ScoreDoc b) {
            return a.score < b.score || a.score == b.score && a.doc > b.doc;
        }
    }

    /** A document's value of a field every job has; forward only, as doc values are read. */
    private static BytesRef value(SortedDocValues values, int doc) throws IOException {
        if (!values.advanceExact(doc)) {
            throw new IllegalStateException("a job without its sort keys in the index");
        }
        return values.lookupOrd(values.ordValue());
    }
}
