package org.hireloop.search.lucene;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.jspecify.annotations.Nullable;

/**
 * A conjunction that skips by score where it is nested: beside optional clauses (a skill that adds
 * to the score of the words that named it), it tells its caller the best score of each block of
 * its matches, as Lucene's conjunction at the top of a query does.
 *
 * <p>Lucene 9 gives a conjunction block-level bounds only when its scores are the query's scores
 * ({@link ScorerSupplier#setTopLevelScoringClause}). Nested under optional clauses, it bounded
 * every block by its best score in the whole segment, so the optional clauses' scorer could skip
 * nothing: {@code "machine learning"}, with the skill Machine Learning, scored 25,939 jobs at
 * 1,000,000 for a page of 21 that all tie. Whoever combines the conjunction's scores with others
 * reads its bounds only and never hands it a minimum score of its own, so the bounds are all it
 * changes.
 */
final class BlockBounded extends Query {

    private final Query query;

    BlockBounded(Query query) {
        this.query = query;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query rewritten = query.rewrite(searcher);
        return rewritten == query ? this : new BlockBounded(rewritten);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Weight weight = query.createWeight(searcher, scoreMode, boost);
        if (scoreMode != ScoreMode.TOP_SCORES) {
            return weight;
        }
        return new FilterWeight(this, weight) {
            @Override
            public @Nullable ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
                ScorerSupplier supplier = in.scorerSupplier(context);
                if (supplier != null) {
                    supplier.setTopLevelScoringClause();
                }
                return supplier;
            }

            @Override
            public @Nullable Scorer scorer(LeafReaderContext context) throws IOException {
                ScorerSupplier supplier = scorerSupplier(context);
                return supplier == null ? null : supplier.get(Long.MAX_VALUE);
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        query.visit(visitor.getSubVisitor(Occur.MUST, this));
    }

    @Override
    public String toString(String field) {
        return "BlockBounded(" + query.toString(field) + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && query.equals(((BlockBounded) other).query);
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), query);
    }
}
