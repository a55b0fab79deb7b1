package org.hireloop.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hireloop.search.lucene.TestJob.job;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.hireloop.search.corpus.CorpusGenerator;
import org.junit.jupiter.api.Test;

/** Snippets mark what a search matched; a quoted search's phrases are looked for before highlighting. */
class SnippetsTests {

    private final Analyzer analyzer = TextAnalysis.stemmed();
    private final Snippets snippets = new Snippets(analyzer);

    @Test
    void findsAPhraseInATextExactlyWhereTheHighlighterMarksIt() {
        List<String> texts = new ArrayList<>();
        new CorpusGenerator(5, 4).jobs(150).forEach(job -> {
            texts.add(job.text());
            texts.addAll(List.of(job.text().split("\n")));
        });
        int found = 0;
        for (String quoted : List.of(
                "\"product manager\"",
                "\"backend engineer\"",
                "\"machine learning\"",
                "\"site reliability engineer\"",
                "\"data pipelines\"",
                "\"product manager\" \"code reviews\"")) {
            Query highlight = highlight(quoted);
            Snippets.Phrases phrases = Snippets.Phrases.of(highlight);
            assertThat(phrases).as(quoted).isNotNull();
            for (String text : texts) {
                boolean marked = snippets.mark(text, highlight) != null;
                assertThat(phrases.occurIn(analyzer, text))
                        .as(quoted + " in " + text)
                        .isEqualTo(marked);
                found += marked ? 1 : 0;
            }
        }
        assertThat(found).as("texts with a phrase").isGreaterThan(100);
    }

    @Test
    void looksForPhrasesOnlyWhenTheSearchIsMadeOfPhrases() {
        assertThat(Snippets.Phrases.of(highlight("product manager"))).isNull();
        assertThat(Snippets.Phrases.of(highlight("\"product manager\" roadmap")))
                .isNull();
        assertThat(Snippets.Phrases.of(highlight("\"product manager\""))).isNotNull();
    }

    @Test
    void aQuotedSearchMarksThePhraseInTheFirstTextThatHasIt() {
        var job = job("Senior Product Manager")
                .responsibilities("Work with the product team and the manager of sales.")
                .role("You will be the product manager of our billing platform.")
                .build();

        assertThat(snippets.of(job, highlight("\"product manager\"")))
                .isEqualTo("You will be the <mark>product</mark> <mark>manager</mark> of our billing platform.");
        assertThat(snippets.of(job, highlight("\"sales manager\""))).isEqualTo(snippets.of(job, null));
    }

    private Query highlight(String query) {
        return TextQuery.build(QueryText.parse(query), List.of(), analyzer, false)
                .highlight();
    }
}
