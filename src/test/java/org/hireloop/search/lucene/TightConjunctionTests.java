package org.hireloop.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hireloop.search.lucene.TestJob.job;

import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** A conjunction that bounds its blocks by every clause's finest blocks. */
class TightConjunctionTests {

    private final JobIndexing indexing = new JobIndexing(JobIndexing.facetsConfig());

    /**
     * The words of "senior backend engineer" are a conjunction whose rarest clause (senior) has
     * its blocks of postings where the common word (engineer) has others: Lucene bounded each of
     * them by the best engineer score over 32 of engineer's blocks, which reached the "Staff
     * Engineer" jobs of shorter titles, so every tied "Senior Backend Engineer" job was scored.
     */
    @Test
    void aPageOfJobsTiedAtTheTopSkipsTheRestOfTheTie() throws Exception {
        int tied = 2000;
        try (var directory = new ByteBuffersDirectory()) {
            try (var writer = EngineFixture.sortedWriter(directory)) {
                for (int i = 0; i < 3000; i++) {
                    writer.addDocument(indexing.toDocument(job("Data Engineer").build()));
                    writer.addDocument(indexing.toDocument(job("Staff Engineer").build()));
                }
                for (int i = 0; i < tied; i++) {
                    writer.addDocument(
                            indexing.toDocument(job("Senior Backend Engineer").build()));
                }
                writer.forceMerge(1);
            }
            try (var reader = DirectoryReader.open(directory)) {
                var searcher = EngineFixture.searcher(reader);
                Query words = TextQuery.build(
                                QueryText.parse("senior backend engineer"), List.of(), TextAnalysis.stemmed(), false)
                        .positive();
                Query query = searcher.rewrite(words);

                TopFieldDocs top = searcher.search(query, new RelevanceTopDocs(10, null, true));

                assertThat(query.toString()).startsWith("Tight(");
                assertThat(searcher.count(query)).isEqualTo(tied);
                assertThat(top.scoreDocs).hasSize(10);
                assertThat(top.scoreDocs[9].score).isEqualTo(top.scoreDocs[0].score);
                // the matches scored: the page and the rest of the blocks it was found in, not the tie
                assertThat(top.totalHits.value).isLessThan(tied / 4);
            }
        }
    }

    /** What matches and how it scores are the plain conjunction's, in every search that reads scores. */
    @Test
    void itMatchesAndScoresAsThePlainConjunction() throws Exception {
        try (var directory = new ByteBuffersDirectory()) {
            try (var writer = EngineFixture.sortedWriter(directory)) {
                for (var job : TestJob.varied(600)) {
                    writer.addDocument(indexing.toDocument(job));
                }
            }
            try (var reader = DirectoryReader.open(directory)) {
                var searcher = EngineFixture.searcher(reader);
                BooleanQuery plain = new BooleanQuery.Builder()
                        .add(new TermQuery(new Term(JobFields.WORDS, "engin")), Occur.MUST)
                        .add(new TermQuery(new Term(JobFields.WORDS, "alpha")), Occur.MUST)
                        .add(new TermQuery(new Term(JobFields.WORKPLACE_KW, "remote")), Occur.FILTER)
                        .build();
                Query tight = TightConjunction.of(plain);

                assertThat(tight).isNotEqualTo(plain);
                assertThat(searcher.count(tight)).isPositive().isEqualTo(searcher.count(plain));
                ScoreDoc[] expected = searcher.search(plain, 1000).scoreDocs;
                ScoreDoc[] actual = searcher.search(tight, 1000).scoreDocs;
                assertThat(actual).hasSameSizeAs(expected);
                for (int i = 0; i < expected.length; i++) {
                    assertThat(actual[i].doc).isEqualTo(expected[i].doc);
                    assertThat(actual[i].score).isEqualTo(expected[i].score);
                }
                int doc = expected[0].doc;
                assertThat(searcher.explain(tight, doc).getValue())
                        .isEqualTo(searcher.explain(plain, doc).getValue());
            }
        }
    }

    @Test
    void aQueryWithFewerThanTwoRequiredClausesStaysAsItIs() {
        BooleanQuery one = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(JobFields.WORDS, "engin")), Occur.MUST)
                .add(new TermQuery(new Term(JobFields.WORKPLACE_KW, "remote")), Occur.FILTER)
                .build();

        assertThat(TightConjunction.of(one)).isSameAs(one);
    }
}
