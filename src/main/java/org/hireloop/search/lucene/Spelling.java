package org.hireloop.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.jspecify.annotations.Nullable;

/**
 * "Did you mean": each word the index does not know is replaced by the closest word of the titles
 * and skills (the unstemmed {@link JobFields#SPELL} field, so the proposal reads like a real
 * word). The engine shows the result only when the corrected query finds jobs.
 */
final class Spelling {

    /**
     * Words checked at most, the first ones, as typos are forgiven for the first words only: each
     * check of an unknown word builds Levenshtein automata, and for a long query that found
     * nothing, checking 32 words was a quarter of its time.
     */
    static final int MAX_CHECKED_WORDS = TextQuery.MAX_FUZZY_WORDS;

    private final DirectSpellChecker checker = new DirectSpellChecker();

    /** The query with its unknown words corrected, or null when no word needed (or had) a correction. */
    @Nullable
    String correct(QueryText query, IndexReader reader) throws IOException {
        List<String> parts = new ArrayList<>();
        boolean changed = false;
        int checked = 0;
        for (QueryText.Part part : query.parts()) {
            String written = written(part);
            if (part.kind() == QueryText.Kind.WORD
                    && !part.excluded()
                    && isPlainWord(part.text())
                    && checked++ < MAX_CHECKED_WORDS) {
                SuggestWord[] found = checker.suggestSimilar(
                        new Term(JobFields.SPELL, part.text().toLowerCase(Locale.ROOT)),
                        1,
                        reader,
                        SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
                if (found.length > 0) {
                    parts.add(found[0].string);
                    changed = true;
                    continue;
                }
            }
            parts.add(written);
        }
        return changed ? String.join(" ", parts) : null;
    }

    private static boolean isPlainWord(String text) {
        return text.codePoints().allMatch(Character::isLetterOrDigit);
    }

    private static String written(QueryText.Part part) {
        String text = switch (part.kind()) {
            case WORD -> part.text();
            case PHRASE -> "\"" + part.text() + "\"";
            case PREFIX -> part.text() + "*";
        };
        return part.excluded() ? "-" + text : text;
    }
}
