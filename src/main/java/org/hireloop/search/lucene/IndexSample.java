package org.hireloop.search.lucene;

import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * A systematic sample of the index: every {@code stride}-th block of {@value #BLOCK} consecutive
 * document ids, counted over the whole index (not per segment), so the sample spreads evenly over
 * old and new documents. As a filter it makes a broad search visit about one document in {@code
 * stride}: the matches it finds, scaled by {@link #scale}, estimate the matches of the whole index.
 * Blocks rather than single documents, because postings skip to a block cheaply and decode it in
 * one go; blocks of a postings block's size, because the index keeps the jobs of one title together
 * ({@link LuceneJobSearchEngine#INDEX_ORDER}): with every tenth block of 1,024, a title's few
 * thousand jobs in a segment fell into one sampled block or none, and a search for that title was
 * estimated a third off; every title now lands in the sample in proportion to its jobs.
 */
final class IndexSample extends Query {

    static final int BLOCK = 128;

    private final int stride;

    IndexSample(int stride) {
        if (stride < 1) {
            throw new IllegalArgumentException("stride must be at least 1");
        }
        this.stride = stride;
    }

    /** The stride that leaves about {@code sampleDocs} documents of an index of {@code maxDoc}. */
    static int strideFor(int maxDoc, int sampleDocs) {
        return Math.max(1, maxDoc / Math.max(BLOCK, sampleDocs));
    }

    /** How many documents of the whole index each document of the sample stands for. */
    double scale(List<LeafReaderContext> leaves) {
        long all = 0;
        long sampled = 0;
        for (LeafReaderContext leaf : leaves) {
            int maxDoc = leaf.reader().maxDoc();
            all += maxDoc;
            SampleIterator docs = new SampleIterator(leaf.docBase, maxDoc, stride);
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; ) {
                int blockEnd = Math.min(maxDoc, doc + BLOCK - Math.floorMod(leaf.docBase + doc, BLOCK));
                sampled += blockEnd - doc;
                doc = blockEnd >= maxDoc ? DocIdSetIterator.NO_MORE_DOCS : docs.advance(blockEnd);
            }
        }
        return sampled == 0 ? 1 : (double) all / sampled;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public Scorer scorer(LeafReaderContext context) {
                SampleIterator docs =
                        new SampleIterator(context.docBase, context.reader().maxDoc(), stride);
                return new ConstantScoreScorer(this, score(), scoreMode, docs);
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return false; // as cheap to compute as to read from a cached bit set
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "IndexSample(1 block in " + stride + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && stride == ((IndexSample) other).stride;
    }

    @Override
    public int hashCode() {
        return classHash() * 31 + stride;
    }

    /** The documents of one segment that fall in a sampled block. */
    static final class SampleIterator extends DocIdSetIterator {
        private final int docBase;
        private final int maxDoc;
        private final int stride;
        private int doc = -1;

        SampleIterator(int docBase, int maxDoc, int stride) {
            this.docBase = docBase;
            this.maxDoc = maxDoc;
            this.stride = stride;
        }

        @Override
        public int docID() {
            return doc;
        }

        @Override
        public int nextDoc() {
            return advance(doc + 1);
        }

        @Override
        public int advance(int target) {
            if (target >= maxDoc) {
                return doc = NO_MORE_DOCS;
            }
            long block = ((long) docBase + target) / BLOCK;
            long next = target;
            if (block % stride != 0) {
                long sampledBlock = (block / stride + 1) * stride;
                next = sampledBlock * BLOCK - docBase;
            }
            return doc = next >= maxDoc ? NO_MORE_DOCS : (int) next;
        }

        @Override
        public long cost() {
            return Math.max(1, maxDoc / stride);
        }
    }
}
