package org.hireloop.search.lucene;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.DocIdSetBuilder;
import org.jspecify.annotations.Nullable;

/**
 * The jobs holding any of several words of one field, as one set of documents per segment, built
 * by reading each word's postings once from start to end. A query's excluded words ("engineer
 * -senior -lead -staff ...") were a disjunction that each candidate advanced: every word of a job
 * board's vocabulary is in a good share of the jobs, so the disjunction moved through most of
 * every list in small steps, and 30 excluded words took more than a second at 1,000,000 jobs. A
 * set costs one sequential pass over the lists and a bit test per candidate.
 */
final class AnyOfWords extends Query {

    private final String field;
    private final SortedSet<BytesRef> words;

    AnyOfWords(String field, List<String> words) {
        this.field = field;
        this.words = new TreeSet<>();
        words.forEach(word -> this.words.add(new BytesRef(word)));
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public Scorer scorer(LeafReaderContext context) throws IOException {
                DocIdSetIterator docs = jobsWithAnyWord(context.reader());
                return docs == null ? null : new ConstantScoreScorer(this, score(), scoreMode, docs);
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return true;
            }
        };
    }

    private @Nullable DocIdSetIterator jobsWithAnyWord(LeafReader reader) throws IOException {
        Terms terms = reader.terms(field);
        if (terms == null) {
            return null;
        }
        TermsEnum termsEnum = terms.iterator();
        DocIdSetBuilder builder = new DocIdSetBuilder(reader.maxDoc(), terms);
        PostingsEnum postings = null;
        boolean any = false;
        for (BytesRef word : words) {
            if (termsEnum.seekExact(word)) {
                postings = termsEnum.postings(postings, PostingsEnum.NONE);
                builder.add(postings);
                any = true;
            }
        }
        return any ? builder.build().iterator() : null;
    }

    @Override
    public void visit(QueryVisitor visitor) {
        if (visitor.acceptField(field)) {
            visitor.consumeTerms(
                    this, words.stream().map(word -> new Term(field, word)).toArray(Term[]::new));
        }
    }

    @Override
    public String toString(String defaultField) {
        return "AnyOfWords(" + field + ":"
                + words.stream().map(BytesRef::utf8ToString).toList() + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other)
                && field.equals(((AnyOfWords) other).field)
                && words.equals(((AnyOfWords) other).words);
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), field, words);
    }
}
