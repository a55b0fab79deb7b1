package org.hireloop.search.lucene;

import java.io.IOException;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.BytesTermAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * The {@link JobFields#SEARCHED} text of one job, analyzed once: each field indexes the tokens
 * counted here, and the counts make the job's {@link JobFields#WORDS} ({@link WordScores}).
 * Analyzing the text a second time for the words made rebuilding 30% slower. The values of one
 * field are one Lucene field whose tokens keep the analyzer's position gap between values, as
 * separate values would: a token stream per value cost 4% of a rebuild just to set up.
 *
 * <p>A job's distinct words are kept once, as characters, in one table for all its fields: the
 * tokens of a field point into it, each word counts its occurrences per field, and indexing copies
 * a word's characters as they are. Strings per token, a map of counts per field and a map of best
 * scores cost 14% of a rebuild (JFR), mostly in hashing, resizing and inflating strings.
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
    private final FieldTokens[] fields = new FieldTokens[JobFields.SEARCHED.size()];
    /** The job's distinct words, by their characters, and in {@link #words} in order of first sight. */
    private final CharArrayMap<Word> dictionary = new CharArrayMap<>(256, false);

    private final List<Word> words = new ArrayList<>();

    /** @param analyzer the searched fields' analyzer, whose position gap the index's analyzer shares */
    SearchedText(Analyzer analyzer) {
        this.analyzer = analyzer;
        Arrays.setAll(fields, FieldTokens::new);
    }

    /** Adds a value to a searched field; blank values and null add nothing. */
    SearchedText add(String field, @Nullable String text) throws IOException {
        int index = JobFields.SEARCHED.indexOf(field);
        if (index < 0) {
            throw new IllegalArgumentException(field + " is no searched field");
        }
        if (text != null && !text.isBlank()) {
            fields[index].add(analyzer.tokenStream(field, text), analyzer.getPositionIncrementGap(field));
        }
        return this;
    }

    /**
     * Adds every searched field to the document, {@link JobFields#NO_TEXT} for one without words
     * (so that every job has a length in every field), and then the words field.
     */
    void addTo(Document doc) {
        for (FieldTokens tokens : fields) {
            doc.add(
                    tokens.size == 0
                            ? new Field(tokens.name, JobFields.NO_TEXT, NO_TEXT_TYPE)
                            : new Field(tokens.name, new Replay(tokens), TextField.TYPE_NOT_STORED));
        }
        for (Word word : words) {
            float best = 0;
            for (FieldTokens tokens : fields) {
                int frequency = word.frequencies[tokens.field];
                if (frequency > 0) {
                    best = Math.max(best, WordScores.score(tokens.name, frequency, tokens.size));
                }
            }
            word.score = best;
        }
        doc.add(WordScores.field(words));
    }

    /**
     * A distinct word of the job: its characters, its term (UTF-8, as indexing reads it), how often
     * each searched field holds it, and its best score.
     */
    static final class Word {
        final char[] chars;
        /**
         * Encoded once for all its occurrences: copying each token's characters into the term and
         * encoding them again for the index was 6% of a rebuild (JFR).
         */
        final BytesRef term;

        final int[] frequencies = new int[JobFields.SEARCHED.size()];
        float score;

        Word(char[] chars) {
            this.chars = chars;
            this.term = new BytesRef(CharBuffer.wrap(chars));
        }

        @Override
        public String toString() {
            return new String(chars);
        }
    }

    /** The tokens of one field's values in order, as words of the job's table, with their position increments. */
    private final class FieldTokens {
        /** The field's position in {@link JobFields#SEARCHED}, where each word counts it. */
        final int field;

        final String name;
        Word[] tokens = new Word[64];
        int[] increments = new int[64];
        int size;

        FieldTokens(int field) {
            this.field = field;
            this.name = JobFields.SEARCHED.get(field);
        }

        void add(TokenStream analyzed, int gap) throws IOException {
            boolean first = true;
            try (TokenStream stream = analyzed) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    Word word = dictionary.get(term.buffer(), 0, term.length());
                    if (word == null) {
                        word = new Word(Arrays.copyOf(term.buffer(), term.length()));
                        dictionary.put(word.chars, word);
                        words.add(word);
                    }
                    word.frequencies[field]++;
                    if (size == tokens.length) {
                        tokens = Arrays.copyOf(tokens, size * 2);
                        increments = Arrays.copyOf(increments, size * 2);
                    }
                    // the gap Lucene puts between two values of a field
                    int between = first && size > 0 ? gap : 0;
                    increments[size] = increment.getPositionIncrement() + between;
                    tokens[size++] = word;
                    first = false;
                }
                stream.end();
            }
        }
    }

    /**
     * Tokens analyzed before, as the analyzer gave them. Each token sets the term and its position
     * increment, the only attributes indexing reads that ever differ from their defaults, without
     * clearing the others first: clearing every attribute of every token was 5% of a rebuild. The
     * term is the word's encoded bytes ({@link BytesTermAttribute}), which indexing reads as they are.
     */
    private static final class Replay extends TokenStream {
        private final BytesTermAttribute term = addAttribute(BytesTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final FieldTokens tokens;
        private int next;

        Replay(FieldTokens tokens) {
            this.tokens = tokens;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }

        @Override
        public boolean incrementToken() {
            if (next == tokens.size) {
                return false;
            }
            term.setBytesRef(tokens.tokens[next].term);
            increment.setPositionIncrement(tokens.increments[next]);
            next++;
            return true;
        }
    }
}
