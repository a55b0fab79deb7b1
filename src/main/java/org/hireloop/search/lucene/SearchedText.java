package org.hireloop.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.jspecify.annotations.Nullable;

/**
 * The {@link JobFields#SEARCHED} text of one job, analyzed once: each field indexes the tokens
 * counted here, and the counts make the job's {@link JobFields#WORDS} ({@link WordScores}).
 * Analyzing the text a second time for the words made rebuilding 30% slower. The values of one
 * field are one Lucene field whose tokens keep the analyzer's position gap between values, as
 * separate values would: a token stream per value cost 4% of a rebuild just to set up.
 */
final class SearchedText {

    /** {@link JobFields#NO_TEXT}: one term as is, with a norm and positions as the text fields have them. */
    private static final FieldType NO_TEXT_TYPE = noTextType();

    private static FieldType noTextType() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setTokenized(false);
        type.freeze();
        return type;
    }

    private final Analyzer analyzer;
    private final Map<String, FieldTokens> fields = new LinkedHashMap<>();

    /** @param analyzer the searched fields' analyzer, whose position gap the index's analyzer shares */
    SearchedText(Analyzer analyzer) {
        this.analyzer = analyzer;
        JobFields.SEARCHED.forEach(field -> fields.put(field, new FieldTokens()));
    }

    /** Adds a value to a searched field; blank values and null add nothing. */
    SearchedText add(String field, @Nullable String text) throws IOException {
        FieldTokens tokens = fields.get(field);
        if (tokens == null) {
            throw new IllegalArgumentException(field + " is no searched field");
        }
        if (text != null && !text.isBlank()) {
            tokens.add(analyzer.tokenStream(field, text), analyzer.getPositionIncrementGap(field));
        }
        return this;
    }

    /**
     * Adds every searched field to the document, {@link JobFields#NO_TEXT} for one without words
     * (so that every job has a length in every field), and then the words field.
     */
    void addTo(Document doc) {
        Map<String, Float> best = new HashMap<>();
        fields.forEach((field, tokens) -> {
            if (tokens.terms.isEmpty()) {
                doc.add(new Field(field, JobFields.NO_TEXT, NO_TEXT_TYPE));
                return;
            }
            doc.add(new Field(field, new Replay(tokens.terms, tokens.increments), TextField.TYPE_NOT_STORED));
            tokens.counts.forEach(
                    (term, tf) -> best.merge(term, WordScores.score(field, tf, tokens.terms.size()), Math::max));
        });
        doc.add(WordScores.field(best));
    }

    /** The tokens of one field's values in order, and how often each term occurs. */
    private static final class FieldTokens {
        final List<String> terms = new ArrayList<>();
        int[] increments = new int[64];
        final Map<String, Integer> counts = new HashMap<>();

        void add(TokenStream analyzed, int gap) throws IOException {
            boolean first = true;
            try (TokenStream stream = analyzed) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    String word = term.toString();
                    counts.merge(word, 1, Integer::sum);
                    if (terms.size() == increments.length) {
                        increments = Arrays.copyOf(increments, increments.length * 2);
                    }
                    // the gap Lucene puts between two values of a field
                    int between = first && !terms.isEmpty() ? gap : 0;
                    increments[terms.size()] = increment.getPositionIncrement() + between;
                    terms.add(word);
                    first = false;
                }
                stream.end();
            }
        }
    }

    /**
     * Tokens analyzed before, as the analyzer gave them. Each token sets the term and its position
     * increment, the only attributes indexing reads that ever differ from their defaults, without
     * clearing the others first: clearing every attribute of every token was 5% of a rebuild.
     */
    private static final class Replay extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final List<String> terms;
        private final int[] increments;
        private int next;

        Replay(List<String> terms, int[] increments) {
            this.terms = terms;
            this.increments = increments;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }

        @Override
        public boolean incrementToken() {
            if (next == terms.size()) {
                return false;
            }
            term.setEmpty().append(terms.get(next));
            increment.setPositionIncrement(increments[next]);
            next++;
            return true;
        }
    }
}
