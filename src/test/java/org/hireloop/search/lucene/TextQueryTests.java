package org.hireloop.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/** The queries of one text share what they exclude, so that its sets of jobs are built once. */
class TextQueryTests {

    private final Analyzer analyzer = TextAnalysis.stemmed();

    @Test
    void theForgivingQueryTakesTheExclusionsOfTheQueryAsTyped() {
        QueryText text = QueryText.parse("enginer -senior -lead -\"team lead\"");
        TextQuery asTyped = TextQuery.build(text, List.of(), analyzer, false);

        TextQuery forgiving = TextQuery.build(text, List.of(), analyzer, true).excluding(asTyped);

        assertThat(forgiving.excluded()).hasSize(2);
        for (int i = 0; i < forgiving.excluded().size(); i++) {
            assertThat(forgiving.excluded().get(i)).isSameAs(asTyped.excluded().get(i));
        }
        assertThat(forgiving.excluded()).anyMatch(AnyOfWords.class::isInstance);
        // the rest stays the forgiving query's own: its words forgive typos
        assertThat(forgiving.positive()).isNotEqualTo(asTyped.positive());
    }

    @Test
    void otherExclusionsAreNotTaken() {
        TextQuery asTyped = TextQuery.build(QueryText.parse("engineer -senior -lead"), List.of(), analyzer, false);
        TextQuery other = TextQuery.build(QueryText.parse("engineer -senior -staff"), List.of(), analyzer, true);

        assertThat(other.excluding(asTyped)).isSameAs(other);
    }
}
