package org.hireloop.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;

/** The words of one job, numbered per job while the thread's vocabulary keeps them across jobs. */
class SearchedTextTests {

    private final Analyzer analyzer = TextAnalysis.stemmedForIndexing();

    @Test
    void eachJobCountsItsOwnWordsThoughItsThreadKnowsThemFromOthers() throws Exception {
        SearchedText.Vocabulary vocabulary = new SearchedText.Vocabulary();
        Document first = document(vocabulary, "Kafka Engineer", "Kafka streams and Kafka connect");
        Document second = document(vocabulary, "Python Engineer", "Python and Kafka");

        // the second job's words, in its own order of first sight, none of the first job's only
        assertThat(WordScoresTests.words(second).keySet()).containsExactly("python", "engin", "and", "kafka");
        assertThat(tokens(second, JobFields.TITLE)).containsExactly("python", "engin");
        assertThat(tokens(second, JobFields.BODY)).containsExactly("python", "and", "kafka");
        assertThat(tokens(first, JobFields.BODY)).containsExactly("kafka", "stream", "and", "kafka", "connect");
        // the same text scores the same, whichever job the thread saw first
        Document alone = document(new SearchedText.Vocabulary(), "Python Engineer", "Python and Kafka");
        assertThat(WordScoresTests.words(second)).isEqualTo(WordScoresTests.words(alone));
        assertThat(vocabulary.size()).isEqualTo(6);
    }

    @Test
    void aFullVocabularyStartsAfreshBetweenTwoJobs() throws Exception {
        SearchedText.Vocabulary vocabulary = new SearchedText.Vocabulary();
        Document before = document(vocabulary, "Data Engineer", "Data pipelines");
        char[] word = new char[8];
        for (int i = 0; vocabulary.size() < SearchedText.Vocabulary.MAX_WORDS; i++) {
            String filler = Integer.toString(i, 36);
            filler.getChars(0, filler.length(), word, 0);
            vocabulary.word(word, filler.length());
        }
        Document after = document(vocabulary, "Data Engineer", "Data pipelines");

        assertThat(vocabulary.size()).isEqualTo(3);
        assertThat(WordScoresTests.words(after)).isEqualTo(WordScoresTests.words(before));
        assertThat(tokens(after, JobFields.BODY)).containsExactly("data", "pipelin");
    }

    private Document document(SearchedText.Vocabulary vocabulary, String title, String body) throws Exception {
        Document doc = new Document();
        new SearchedText(analyzer, vocabulary)
                .add(JobFields.TITLE, title)
                .add(JobFields.BODY, body)
                .addTo(doc);
        return doc;
    }

    private static List<String> tokens(Document doc, String field) throws Exception {
        IndexableField indexed = doc.getField(field);
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = indexed.tokenStream(null, null)) {
            TermToBytesRefAttribute term = stream.addAttribute(TermToBytesRefAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                assertThat(increment.getPositionIncrement()).isEqualTo(1);
                tokens.add(term.getBytesRef().utf8ToString());
            }
            stream.end();
        }
        return tokens;
    }
}
