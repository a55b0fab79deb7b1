package org.hireloop.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hireloop.search.lucene.EngineFixture.*;
import static org.hireloop.search.lucene.TestJob.*;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * The words field: each word once, scored by its best field, weighed as in the field that holds it
 * first; and a skill scored as the bound Lucene skips by.
 */
class WordScoresTests {

    private final JobIndexing indexing = new JobIndexing(JobIndexing.facetsConfig());

    @Test
    void holdsEachWordOnceWithTheScoreOfItsBestField() throws Exception {
        Document doc = indexing.toDocument(job("Kafka Engineer")
                .skills("Kafka")
                .role("We stream events through Kafka, and Kafka again.")
                .build());

        Map<String, Integer> words = words(doc);

        // title "kafka engin" (2 words) beats the skill text ("Kafka" as text and as skill name)
        // and the role definition, which each hold it more often
        assertThat(words.get("kafka")).isEqualTo(WordScores.frequency(bm25(JobFields.TITLE, 1, 2)));
        assertThat(words.get("kafka")).isGreaterThan(WordScores.frequency(bm25(JobFields.SKILL_TEXT, 2, 2)));
        // a word of the role definition only, which has 8 words
        assertThat(words.get("stream")).isEqualTo(WordScores.frequency(bm25(JobFields.BODY, 1, 8)));
        // the place and conditions are searched text too; the marker of a field without text is not
        assertThat(words).doesNotContainKey(JobFields.NO_TEXT);
    }

    @Test
    void aWordInTheTitleRanksAboveTheSameWordRepeatedInTheBody() {
        try (var engine = engineWith(
                job("Backend Developer").role("Kafka, Kafka and more Kafka for our Kafka clusters."),
                job("Kafka Specialist"))) {
            assertThat(titles(engine.search(request("kafka"))))
                    .containsExactly("Kafka Specialist", "Backend Developer");
        }
    }

    @Test
    void aPhraseMatchesOnlyWhereItsWordsStandTogetherInOneValue() {
        try (var engine = engineWith(
                job("Data Engineer"),
                job("Engineer").role("You own the data of the team."),
                job("Analyst").tags("Data").responsibilities("Work with an engineer."),
                // one field, two values: the position gap between them keeps the phrase apart
                job("Scientist").responsibilities("Clean the data", "Engineer features"))) {
            assertThat(titles(engine.search(request("\"data engineer\"")))).containsExactly("Data Engineer");
            assertThat(titles(engine.search(request("data engineer"))))
                    .containsExactlyInAnyOrder("Data Engineer", "Engineer", "Analyst", "Scientist");
            assertThat(titles(engine.search(request("\"clean the data\"")))).containsExactly("Scientist");
        }
    }

    @Test
    void aWordWeighsAsInTheFirstFieldThatHoldsIt() throws Exception {
        try (var directory = new ByteBuffersDirectory()) {
            try (var writer = new IndexWriter(directory, new IndexWriterConfig(TextAnalysis.stemmed()))) {
                writer.addDocument(indexing.toDocument(
                        job("Developer").role("Develop APIs.").build()));
                writer.addDocument(indexing.toDocument(
                        job("Analyst").role("Develop reports.").build()));
                writer.addDocument(indexing.toDocument(
                        job("Designer").role("Develop designs.").build()));
            }
            try (var reader = DirectoryReader.open(directory)) {
                var searcher = EngineFixture.searcher(reader);

                // "develop": in one title and three bodies; "report": in one body only
                TermStatistics develop = searcher.termStatistics(new Term(JobFields.WORDS, "develop"), 3, 3);
                TermStatistics report = searcher.termStatistics(new Term(JobFields.WORDS, "report"), 1, 1);

                assertThat(develop.docFreq())
                        .isEqualTo(reader.docFreq(new Term(JobFields.TITLE, "develop")))
                        .isEqualTo(1);
                assertThat(report.docFreq())
                        .isEqualTo(reader.docFreq(new Term(JobFields.BODY, "report")))
                        .isEqualTo(1);
                assertThat(searcher.termStatistics(new Term(JobFields.TITLE, "develop"), 1, 1)
                                .docFreq())
                        .isEqualTo(1);
            }
        }
    }

    @Test
    void aSkillsBestScoreInABlockIsWhatItsJobsScore() throws Exception {
        try (var directory = new ByteBuffersDirectory()) {
            try (var writer = new IndexWriter(directory, new IndexWriterConfig(TextAnalysis.stemmed()))) {
                for (int i = 0; i < 300; i++) {
                    var job = job("Engineer " + i).skills("Python", i % 3 == 0 ? "Kafka" : "Go");
                    writer.addDocument(indexing.toDocument(job.build()));
                }
            }
            try (var reader = DirectoryReader.open(directory)) {
                var searcher = EngineFixture.searcher(reader);
                Query skill = new BoostQuery(new TermQuery(new Term(JobFields.SKILL_KW, "python")), 3f);
                Weight weight = searcher.createWeight(searcher.rewrite(skill), ScoreMode.TOP_SCORES, 1f);
                Scorer scorer = weight.scorer(reader.leaves().get(0));

                scorer.iterator().nextDoc();
                float score = scorer.score();

                // the bound Lucene skips blocks by: BM25 alone put it at a frequency it cannot know
                assertThat(score).isPositive();
                assertThat(scorer.getMaxScore(DocIdSetIterator.NO_MORE_DOCS)).isEqualTo(score);
                assertThat(searcher.search(skill, 1).scoreDocs[0].score).isEqualTo(score);
            }
        }
    }

    /** BM25's term score of a field, weighted as the words field weighs it, at the typical length. */
    private static float bm25(String field, int tf, int length) {
        float norm = 1.2f * (1 - 0.75f + 0.75f * length / WordScores.TYPICAL_LENGTH.get(field));
        return WordScores.WEIGHTS.get(field) * tf / (tf + norm);
    }

    /** The words field of a document: each word with its stored frequency, in the field's order, each once. */
    static Map<String, Integer> words(Document doc) throws Exception {
        IndexableField field = doc.getField(JobFields.WORDS);
        Map<String, Integer> words = new LinkedHashMap<>();
        try (TokenStream stream = field.tokenStream(null, null)) {
            // the term as indexing reads it: the searched fields set its bytes, not characters
            TermToBytesRefAttribute term = stream.addAttribute(TermToBytesRefAttribute.class);
            TermFrequencyAttribute frequency = stream.addAttribute(TermFrequencyAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                assertThat(words.put(term.getBytesRef().utf8ToString(), frequency.getTermFrequency()))
                        .as("%s once", term.getBytesRef().utf8ToString())
                        .isNull();
            }
            stream.end();
        }
        return words;
    }
}
