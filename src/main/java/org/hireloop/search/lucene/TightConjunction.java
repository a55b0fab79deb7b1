package org.hireloop.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.jspecify.annotations.Nullable;

/**
 * A conjunction of scoring clauses that skips by the best score of blocks as small as its densest
 * clause's: a search for the best page of a query of several words, whose matches mostly score
 * alike, then visits few of the matches that cannot make the page.
 *
 * <p>Lucene's own conjunction at the top of a query (its {@code BlockMaxConjunctionScorer}) takes
 * its blocks from its rarest clause and bounds a block's score by each clause's best score up to
 * the block's end. A common word ("engineer") holds many blocks of postings within one block of a
 * rarer word ("backend"), and Lucene then reads its best score from its coarser skip level, over
 * thousands of jobs of other titles: the bound of every block stayed above the page's lowest score.
 * At 1,000,000 jobs, "senior backend engineer" scored 34,000 to 40,000 of its 137,000 matches for
 * a page of 21, 6,051 of them among the 33,878 "Senior Backend Engineer" jobs that tie at the top
 * score; now 11,000 to 15,000, 204 of them tied. Here a block ends where the first of the clauses'
 * blocks ends, so each clause bounds it from its finest level. What matches, and each match's
 * score, are the plain conjunction's.
 *
 * <p>The scorer follows Lucene 9.12's {@code BlockMaxConjunctionScorer} (Apache License 2.0), with
 * the blocks of every clause instead of the lead's.
 */
final class TightConjunction extends Query {

    private final List<Query> clauses;

    private TightConjunction(List<Query> clauses) {
        this.clauses = List.copyOf(clauses);
    }

    /**
     * The query with its required scoring clauses, when there are two or more, as one {@code
     * TightConjunction}; its other clauses (filters, optional and excluded) stay as they were.
     */
    static Query of(BooleanQuery query) {
        List<Query> required = new ArrayList<>();
        for (BooleanClause clause : query.clauses()) {
            if (clause.getOccur() == Occur.MUST) {
                required.add(clause.getQuery());
            }
        }
        if (required.size() < 2) {
            return query;
        }
        BooleanQuery.Builder tightened = new BooleanQuery.Builder()
                .add(new TightConjunction(required), Occur.MUST)
                .setMinimumNumberShouldMatch(query.getMinimumNumberShouldMatch());
        for (BooleanClause clause : query.clauses()) {
            if (clause.getOccur() != Occur.MUST) {
                tightened.add(clause);
            }
        }
        return tightened.build();
    }

    /** The same clauses as a plain conjunction: what matches, how it scores, and every search that does not skip by score. */
    private BooleanQuery plain() {
        BooleanQuery.Builder plain = new BooleanQuery.Builder();
        clauses.forEach(clause -> plain.add(clause, Occur.MUST));
        return plain.build();
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        List<Query> rewritten = new ArrayList<>(clauses.size());
        boolean changed = false;
        for (Query clause : clauses) {
            Query each = clause.rewrite(searcher);
            changed |= each != clause;
            rewritten.add(each);
        }
        return changed ? new TightConjunction(rewritten) : this;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        if (scoreMode != ScoreMode.TOP_SCORES) {
            return plain().createWeight(searcher, scoreMode, boost);
        }
        // the clauses' weights once: each looks its terms up in every segment
        List<Weight> weights = new ArrayList<>(clauses.size());
        for (Query clause : clauses) {
            weights.add(searcher.createWeight(clause, scoreMode, boost));
        }
        return new Weight(this) {
            @Override
            public @Nullable Scorer scorer(LeafReaderContext context) throws IOException {
                List<Scorer> scorers = new ArrayList<>(weights.size());
                for (Weight weight : weights) {
                    Scorer scorer = weight.scorer(context);
                    if (scorer == null) {
                        return null; // a clause without matches here: the conjunction has none
                    }
                    scorers.add(scorer);
                }
                return new TightScorer(this, scorers);
            }

            @Override
            public Explanation explain(LeafReaderContext context, int doc) throws IOException {
                return plain().createWeight(searcher, scoreMode, boost).explain(context, doc);
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return weights.stream().allMatch(weight -> weight.isCacheable(context));
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        QueryVisitor required = visitor.getSubVisitor(Occur.MUST, this);
        clauses.forEach(clause -> clause.visit(required));
    }

    @Override
    public String toString(String field) {
        return "Tight(" + plain().toString(field) + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && clauses.equals(((TightConjunction) other).clauses);
    }

    @Override
    public int hashCode() {
        return classHash() * 31 + clauses.hashCode();
    }

    /** Lucene's block-max conjunction with blocks that end where the first clause's block ends. */
    private static final class TightScorer extends Scorer {
        private final Scorer[] scorers;
        private final DocIdSetIterator[] approximations;
        private final TwoPhaseIterator[] twoPhases;
        private float minScore;

        TightScorer(Weight weight, Collection<Scorer> scorers) throws IOException {
            super(weight);
            this.scorers = scorers.toArray(Scorer[]::new);
            Arrays.sort(
                    this.scorers,
                    Comparator.comparingLong(scorer -> scorer.iterator().cost()));
            approximations = new DocIdSetIterator[this.scorers.length];
            List<TwoPhaseIterator> twoPhaseList = new ArrayList<>();
            for (int i = 0; i < this.scorers.length; i++) {
                TwoPhaseIterator twoPhase = this.scorers[i].twoPhaseIterator();
                if (twoPhase != null) {
                    twoPhaseList.add(twoPhase);
                    approximations[i] = twoPhase.approximation();
                } else {
                    approximations[i] = this.scorers[i].iterator();
                }
                this.scorers[i].advanceShallow(0);
            }
            twoPhases = twoPhaseList.toArray(TwoPhaseIterator[]::new);
            Arrays.sort(twoPhases, Comparator.comparingDouble(TwoPhaseIterator::matchCost));
        }

        @Override
        public @Nullable TwoPhaseIterator twoPhaseIterator() {
            if (twoPhases.length == 0) {
                return null;
            }
            float matchCost = (float) Arrays.stream(twoPhases)
                    .mapToDouble(TwoPhaseIterator::matchCost)
                    .sum();
            DocIdSetIterator approximation = approximation();
            return new TwoPhaseIterator(approximation) {
                @Override
                public boolean matches() throws IOException {
                    for (TwoPhaseIterator twoPhase : twoPhases) {
                        if (!twoPhase.matches()) {
                            return false;
                        }
                    }
                    return true;
                }

                @Override
                public float matchCost() {
                    return matchCost;
                }
            };
        }

        @Override
        public DocIdSetIterator iterator() {
            return twoPhases.length == 0 ? approximation() : TwoPhaseIterator.asDocIdSetIterator(twoPhaseIterator());
        }

        private DocIdSetIterator approximation() {
            DocIdSetIterator lead = approximations[0];
            return new DocIdSetIterator() {
                private float maxScore;
                private int upTo = -1;

                @Override
                public int docID() {
                    return lead.docID();
                }

                @Override
                public long cost() {
                    return lead.cost();
                }

                private void moveToNextBlock(int target) throws IOException {
                    if (minScore == 0) {
                        upTo = target;
                        maxScore = Float.POSITIVE_INFINITY;
                    } else {
                        upTo = advanceShallow(target);
                        maxScore = getMaxScore(upTo);
                    }
                }

                /** The first document from {@code target} on in a block that may score {@code minScore}. */
                private int advanceTarget(int target) throws IOException {
                    if (target > upTo) {
                        moveToNextBlock(target);
                    }
                    while (maxScore < minScore) {
                        if (upTo == NO_MORE_DOCS) {
                            return NO_MORE_DOCS;
                        }
                        target = upTo + 1;
                        moveToNextBlock(target);
                    }
                    return target;
                }

                @Override
                public int nextDoc() throws IOException {
                    return advance(docID() + 1);
                }

                @Override
                public int advance(int target) throws IOException {
                    return doNext(lead.advance(advanceTarget(target)));
                }

                private int doNext(int doc) throws IOException {
                    advanceHead:
                    for (; ; ) {
                        if (doc == NO_MORE_DOCS) {
                            return NO_MORE_DOCS;
                        }
                        if (doc > upTo) {
                            int nextTarget = advanceTarget(doc);
                            if (nextTarget != doc) {
                                doc = lead.advance(nextTarget);
                                continue;
                            }
                        }
                        for (int i = 1; i < approximations.length; ++i) {
                            DocIdSetIterator other = approximations[i];
                            if (other.docID() < doc) {
                                int next = other.advance(doc);
                                if (next > doc) {
                                    doc = lead.advance(advanceTarget(next));
                                    continue advanceHead;
                                }
                            }
                        }
                        return doc;
                    }
                }
            };
        }

        @Override
        public int docID() {
            return scorers[0].docID();
        }

        @Override
        public float score() throws IOException {
            double score = 0;
            for (Scorer scorer : scorers) {
                score += scorer.score();
            }
            return (float) score;
        }

        /** Where the first of the clauses' blocks from {@code target} ends (Lucene's takes the lead's). */
        @Override
        public int advanceShallow(int target) throws IOException {
            int upTo = DocIdSetIterator.NO_MORE_DOCS;
            for (Scorer scorer : scorers) {
                upTo = Math.min(upTo, scorer.advanceShallow(target));
            }
            return upTo;
        }

        @Override
        public float getMaxScore(int upTo) throws IOException {
            double sum = 0;
            for (Scorer scorer : scorers) {
                sum += scorer.getMaxScore(upTo);
            }
            return (float) sum;
        }

        @Override
        public void setMinCompetitiveScore(float score) {
            minScore = score;
        }

        @Override
        public Collection<ChildScorable> getChildren() {
            List<ChildScorable> children = new ArrayList<>();
            for (Scorer scorer : scorers) {
                children.add(new ChildScorable(scorer, "MUST"));
            }
            return children;
        }
    }
}
