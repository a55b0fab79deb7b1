package org.hireloop.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.hireloop.search.JobDocument;
import org.jspecify.annotations.Nullable;

/**
 * The snippet of a hit: the best passage of its responsibilities, role definition or competencies
 * (else its title) with the matched words in {@code <mark>}, the rest HTML-escaped. The text comes
 * from the stored document and is re-analyzed here, which for a page of hits costs less than
 * storing offsets for every job.
 */
final class Snippets {

    static final int LENGTH = 200;
    private static final String ELLIPSIS = "… ";

    private final UnifiedHighlighter highlighter;
    private final Analyzer analyzer;

    Snippets(Analyzer analyzer) {
        this.analyzer = analyzer;
        this.highlighter = UnifiedHighlighter.builderWithoutSearcher(analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", ELLIPSIS, true))
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), LENGTH, 0.5f))
                .withMaxNoHighlightPassages(0)
                // without it, every text is indexed into a MemoryIndex to weigh each word's
                // passages: most of a snippet's cost, and one passage of 200 characters barely
                // needs it; a quoted phrase still goes that way, to mark only the phrase
                .withPassageRelevancyOverSpeed(false)
                .withMaxLength(20_000)
                .build();
    }

    /** The marked passage; with no query, or nothing to mark, the start of the role definition. */
    @Nullable
    String of(JobDocument job, @Nullable Query highlight) {
        if (highlight != null) {
            @Nullable Phrases phrases = Phrases.of(highlight);
            for (String text : List.of(
                    String.join("\n", job.responsibilities()),
                    job.roleDefinition() == null ? "" : job.roleDefinition(),
                    String.join("\n", job.competencies()),
                    job.title())) {
                if (phrases != null && !phrases.occurIn(analyzer, text)) {
                    continue;
                }
                String marked = mark(text, highlight);
                if (marked != null) {
                    return marked.strip();
                }
            }
        }
        return opening(job.roleDefinition());
    }

    /** The best passage of the text with the query's matches marked, or null when nothing matches. */
    @Nullable
    String mark(String text, Query highlight) {
        if (text.isBlank()) {
            return null;
        }
        try {
            Object marked = highlighter.highlightWithoutSearcher(TextQuery.SNIPPET, highlight, text, 1);
            return marked == null ? null : marked.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // highlighting a String does no I/O
        }
    }

    private static @Nullable String opening(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() <= LENGTH) {
            return escape(stripped);
        }
        int cut = stripped.lastIndexOf(' ', LENGTH);
        return escape(stripped.substring(0, cut > LENGTH / 2 ? cut : LENGTH)) + "…";
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#x27;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /**
     * The phrases of a highlight query made of phrases only (a quoted search), to look for in a
     * text before highlighting it. The highlighter marks a phrase only where its words stand in
     * order, which it finds by indexing the text into a {@code MemoryIndex}: for the hits of a
     * quoted search, a fifth of its time at 1,000,000 jobs (JFR), mostly for texts without the
     * phrase, since a page's snippet may come from its fourth text. Analyzing a text and
     * comparing positions says the same for much less. It may find a phrase the highlighter does
     * not mark (beyond the length it highlights): then the highlighter is asked, as before.
     */
    static final class Phrases {

        /** A word of a phrase, and its position after the phrase's first word's. */
        private record Word(String term, int offset) {}

        /** Each phrase's words. */
        private final List<List<Word>> phrases;

        private Phrases(List<List<Word>> phrases) {
            this.phrases = phrases;
        }

        /** The phrases, or null when the query holds anything else: then every text is highlighted. */
        static @Nullable Phrases of(Query highlight) {
            List<List<Word>> phrases = new ArrayList<>();
            return collect(highlight, phrases) && !phrases.isEmpty() ? new Phrases(phrases) : null;
        }

        private static boolean collect(Query query, List<List<Word>> phrases) {
            if (query instanceof PhraseQuery phrase && phrase.getSlop() == 0 && phrase.getTerms().length > 0) {
                Term[] terms = phrase.getTerms();
                int[] positions = phrase.getPositions();
                List<Word> words = new ArrayList<>(terms.length);
                for (int i = 0; i < terms.length; i++) {
                    words.add(new Word(terms[i].text(), positions[i] - positions[0]));
                }
                phrases.add(words);
                return true;
            }
            if (query instanceof BooleanQuery bool) {
                for (BooleanClause clause : bool.clauses()) {
                    if (clause.getOccur() != BooleanClause.Occur.SHOULD || !collect(clause.getQuery(), phrases)) {
                        return false;
                    }
                }
                return true;
            }
            return false;
        }

        /** Whether one of the phrases stands in the text as the analyzer reads it. */
        boolean occurIn(Analyzer analyzer, String text) {
            // looked up by the token's characters: a long text is a thousand tokens, and no strings
            CharArrayMap<Set<Integer>> positions = new CharArrayMap<>(8, false);
            for (List<Word> phrase : phrases) {
                phrase.forEach(word -> positions.put(word.term(), new HashSet<>()));
            }
            try (TokenStream stream = analyzer.tokenStream(TextQuery.SNIPPET, text)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
                stream.reset();
                int position = -1;
                while (stream.incrementToken()) {
                    position += increment.getPositionIncrement();
                    Set<Integer> at = positions.get(term.buffer(), 0, term.length());
                    if (at != null) {
                        at.add(position);
                    }
                }
                stream.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e); // analyzing a String does no I/O
            }
            for (List<Word> phrase : phrases) {
                for (int start : positions.get(phrase.get(0).term())) {
                    if (phrase.stream()
                            .allMatch(word -> positions.get(word.term()).contains(start + word.offset()))) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
