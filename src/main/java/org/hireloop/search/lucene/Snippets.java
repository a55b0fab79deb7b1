package org.hireloop.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
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

    Snippets(Analyzer analyzer) {
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
            for (String text : List.of(
                    String.join("\n", job.responsibilities()),
                    job.roleDefinition() == null ? "" : job.roleDefinition(),
                    String.join("\n", job.competencies()),
                    job.title())) {
                String marked = mark(text, highlight);
                if (marked != null) {
                    return marked.strip();
                }
            }
        }
        return opening(job.roleDefinition());
    }

    private @Nullable String mark(String text, Query highlight) {
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
}
