package org.hireloop.search.lucene;

import java.io.IOException;
import java.nio.CharBuffer;
import java.util.Arrays;
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
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.UnicodeUtil;
import org.jspecify.annotations.Nullable;

/**
 * The {@link JobFields#SEARCHED} text of one job, analyzed once: each field indexes the tokens
 * counted here, and the counts make the job's {@link JobFields#WORDS} ({@link WordScores}).
 * Analyzing the text a second time for the words made rebuilding 30% slower. The values of one
 * field are one Lucene field whose tokens keep the analyzer's position gap between values, as
 * separate values would: a token stream per value cost 4% of a rebuild just to set up.
 *
 * <p>A job's distinct words are numbered in order of first sight; the tokens of a field are those
 * numbers, and each word counts its occurrences per field in one table of counts. The words
 * themselves, characters and encoded term, come from the thread's {@link Vocabulary}, made once
 * per word rather than once per job: a word object, its characters, its counts and its encoding
 * for every job were a third of what a rebuild allocated (JFR), and the garbage collector paused
 * the rebuild for 6% of its time.
 */
final class SearchedText {

    /** {@link JobFields#NO_TEXT}: one term as is, with a norm and positions as the text fields have them. */
    private static final FieldType NO_TEXT_TYPE = noTextType();

    private static final int FIELDS = JobFields.SEARCHED.size();

    private static FieldType noTextType() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setTokenized(false);
        type.freeze();
        return type;
    }

    private final Analyzer analyzer;
    private final Vocabulary vocabulary;
    private final int job;
    private final FieldTokens[] fields = new FieldTokens[FIELDS];
    /** The job's distinct words, by number. */
    private Word[] words = new Word[128];
    /** How often each field holds each word: word number times {@link #FIELDS} plus the field's position. */
    private int[] frequencies = new int[128 * FIELDS];

    private int size;

    /**
     * @param analyzer the searched fields' analyzer, whose position gap the index's analyzer shares
     * @param vocabulary the words of this thread; one job's text at a time
     */
    SearchedText(Analyzer analyzer, Vocabulary vocabulary) {
        this.analyzer = analyzer;
        this.vocabulary = vocabulary;
        this.job = vocabulary.nextJob();
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
        float[] weights = new float[FIELDS];
        float[] lengthNorms = new float[FIELDS];
        for (FieldTokens tokens : fields) {
            weights[tokens.field] = WordScores.WEIGHTS.get(tokens.name);
            lengthNorms[tokens.field] = WordScores.lengthNorm(tokens.name, tokens.size);
        }
        BytesRef[] terms = new BytesRef[size];
        float[] scores = new float[size];
        for (int word = 0; word < size; word++) {
            float best = 0;
            for (int field = 0; field < FIELDS; field++) {
                int frequency = frequencies[word * FIELDS + field];
                if (frequency > 0) {
                    best = Math.max(best, WordScores.score(weights[field], lengthNorms[field], frequency));
                }
            }
            terms[word] = words[word].bytes;
            scores[word] = best;
        }
        doc.add(WordScores.field(terms, scores));
    }

    /** The number of a word of this job: a new one the first time the job holds it. */
    private int number(Word word) {
        if (word.job == job) {
            return word.number;
        }
        if (size == words.length) {
            words = Arrays.copyOf(words, size * 2);
            frequencies = Arrays.copyOf(frequencies, size * 2 * FIELDS);
        }
        word.job = job;
        word.number = size;
        words[size] = word;
        return size++;
    }

    /**
     * The words one thread has indexed: their characters and their encoded terms, looked up by
     * characters. A thread indexes one job's text at a time; the table starts afresh, between two
     * jobs, when it holds {@value #MAX_WORDS} words.
     */
    static final class Vocabulary {

        /** About 10 MB at most: a language's words, bounded for text made of odd ones. */
        static final int MAX_WORDS = 100_000;

        private final CharArrayMap<Word> words = new CharArrayMap<>(4096, false);
        /**
         * The attributes every {@link Replay} of this thread shares: the index reads one field's
         * tokens at a time, and attributes of their own for every field of every job were 1.5% of a
         * rebuild (JFR: made, then looked up again by the index for each new stream).
         */
        private final AttributeSource attributes = new AttributeSource(TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY);

        private int job;

        int nextJob() {
            if (words.size() >= MAX_WORDS) {
                // between two jobs: no job's numbers point at words of the old table
                words.clear();
            }
            return ++job;
        }

        Word word(char[] chars, int length) {
            Word word = words.get(chars, 0, length);
            if (word == null) {
                word = new Word(Arrays.copyOf(chars, length));
                words.put(word.chars, word);
            }
            return word;
        }

        int size() {
            return words.size();
        }
    }

    /** A word as indexing reads it (UTF-8), with its number in the job that last held it. */
    static final class Word {
        final char[] chars;
        final BytesRef bytes;
        int job;
        int number;

        Word(char[] chars) {
            this.chars = chars;
            byte[] utf8 = new byte[UnicodeUtil.calcUTF16toUTF8Length(CharBuffer.wrap(chars), 0, chars.length)];
            this.bytes = new BytesRef(utf8, 0, UnicodeUtil.UTF16toUTF8(chars, 0, chars.length, utf8));
        }
    }

    /** The tokens of one field's values in order, as numbers of the job's words, with their position increments. */
    private final class FieldTokens {
        /** The field's position in {@link JobFields#SEARCHED}, where each word counts it. */
        final int field;

        final String name;
        int[] tokens = new int[64];
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
                    int word = number(vocabulary.word(term.buffer(), term.length()));
                    frequencies[word * FIELDS + field]++;
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
     * term is the word's encoded bytes ({@link BytesTermAttribute}), which indexing reads as they
     * are: copying each token's characters and encoding them again was 6% of a rebuild (JFR).
     */
    private final class Replay extends TokenStream {
        private final BytesTermAttribute term = addAttribute(BytesTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final FieldTokens tokens;
        private int next;

        Replay(FieldTokens tokens) {
            super(vocabulary.attributes);
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
            term.setBytesRef(words[tokens.tokens[next]].bytes);
            increment.setPositionIncrement(tokens.increments[next]);
            next++;
            return true;
        }
    }
}
