package org.hireloop.search.lucene;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * How text fields are analyzed. English stemming without stopword removal: job titles are short,
 * and dropping words like "IT" or "and" from "Research and Development" would hurt more than the
 * index size it saves.
 */
final class TextAnalysis {

    /** Keeps phrases from matching across two values of a multi-valued field (two responsibilities). */
    static final int POSITION_GAP = 100;

    private TextAnalysis() {}

    /** Stemmed: for searching and highlighting. */
    static Analyzer stemmed() {
        return stemmed(false);
    }

    /**
     * Stemmed as {@link #stemmed()}, with the stem of every word remembered on each thread ({@link
     * RememberedStems}): for the few indexing threads, whose text repeats the same words. A search
     * analyzes a few words on any of many threads, where tables of words would only take memory.
     */
    static Analyzer stemmedForIndexing() {
        return stemmed(true);
    }

    private static Analyzer stemmed(boolean remembered) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream stream = remembered
                        ? new RememberedStems(source)
                        : new PorterStemFilter(new LowerCaseFilter(new EnglishPossessiveFilter(source)));
                return new TokenStreamComponents(source, stream);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new LowerCaseFilter(in);
            }

            @Override
            public int getPositionIncrementGap(String fieldName) {
                return POSITION_GAP;
            }
        };
    }

    /** Lowercased words as written: the spelling dictionary and suggestions show real words, not stems. */
    static Analyzer plain() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new LowerCaseFilter(source));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new LowerCaseFilter(in);
            }

            @Override
            public int getPositionIncrementGap(String fieldName) {
                return POSITION_GAP;
            }
        };
    }
}
