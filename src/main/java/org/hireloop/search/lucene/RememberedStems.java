package org.hireloop.search.lucene;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Each word of the tokenizer as {@link EnglishPossessiveFilter}, {@link LowerCaseFilter} and
 * {@link PorterStemFilter} make it, remembered per word as written: a few thousand words make most
 * of every job's text, and running the three filters on every occurrence was 8% of a rebuild
 * (JFR at 1,000,000 jobs). A word seen for the first time goes through those very filters, so the
 * terms are the same as theirs. Each thread analyzes with its own instance (Lucene reuses an
 * analyzer's components per thread), so the table needs no lock; it starts afresh when full.
 */
final class RememberedStems extends TokenFilter {

    /** About 5 MB of words at most: enough for a language's common words, bounded for odd text. */
    static final int MAX_WORDS = 50_000;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final CharArrayMap<char[]> stems = new CharArrayMap<>(1024, false);
    private final OneWord word = new OneWord();
    private final TokenStream filters = new PorterStemFilter(new LowerCaseFilter(new EnglishPossessiveFilter(word)));
    private final CharTermAttribute filtered = filters.getAttribute(CharTermAttribute.class);

    RememberedStems(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] stem = stems.get(term.buffer(), 0, term.length());
        if (stem == null) {
            stem = filter(term.buffer(), term.length());
            if (stems.size() >= MAX_WORDS) {
                stems.clear();
            }
            stems.put(Arrays.copyOf(term.buffer(), term.length()), stem);
        }
        term.copyBuffer(stem, 0, stem.length);
        return true;
    }

    /** The word through the filters; one word never becomes none or two. */
    private char[] filter(char[] buffer, int length) throws IOException {
        word.set(buffer, length);
        filters.reset();
        if (!filters.incrementToken()) {
            throw new IllegalStateException("the word filters dropped a word");
        }
        char[] stem = Arrays.copyOf(filtered.buffer(), filtered.length());
        filters.end();
        return stem;
    }

    /** A stream of one word, given before each reset. */
    private static final class OneWord extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private char[] buffer = new char[0];
        private int length;
        private boolean given;

        void set(char[] chars, int count) {
            buffer = chars;
            length = count;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            given = false;
        }

        @Override
        public boolean incrementToken() {
            if (given) {
                return false;
            }
            clearAttributes();
            term.copyBuffer(buffer, 0, length);
            given = true;
            return true;
        }
    }
}
