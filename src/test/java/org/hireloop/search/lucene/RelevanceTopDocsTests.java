package org.hireloop.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hireloop.search.lucene.TestJob.*;

import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.hireloop.search.QuerySkill;
import org.hireloop.search.SearchScope;
import org.junit.jupiter.api.Test;

/** The relevance page of a search whose matches all score the same. */
class RelevanceTopDocsTests {

    private final JobIndexing indexing = new JobIndexing(JobIndexing.facetsConfig());

    @Test
    void aSearchWithoutScoresVisitsOnlyAPageOfEachSegment() throws Exception {
        try (var directory = new ByteBuffersDirectory()) {
            try (var writer = new IndexWriter(
                    directory, new IndexWriterConfig().setIndexSort(LuceneJobSearchEngine.INDEX_ORDER))) {
                for (int i = 0; i < 100; i++) {
                    writer.addDocument(indexing.toDocument(job("Engineer %03d".formatted(99 - i))
                            .workplace("remote")
                            .build()));
                }
            }
            try (var reader = DirectoryReader.open(directory)) {
                var searcher = new JobSearcher.Factory(JobIndexing.facetsConfig(), List.of(), 1, null)
                        .newSearcher(reader, null);
                // what a search without words and with a filter is: every match scores 0
                Query filtersOnly = searcher.rewrite(new BooleanQuery.Builder()
                        .add(ScopeFilters.scope(SearchScope.ALL_PUBLISHED), Occur.FILTER)
                        .add(new TermQuery(new Term(JobFields.WORKPLACE_KW, "remote")), Occur.FILTER)
                        .build());

                TopFieldDocs unscored = searcher.search(filtersOnly, new RelevanceTopDocs(5, null, false));
                TopFieldDocs scored = searcher.search(filtersOnly, new RelevanceTopDocs(5, null, true));

                // the same page, the first jobs in index order (by title)
                assertThat(docs(unscored)).containsExactly(0, 1, 2, 3, 4).isEqualTo(docs(scored));
                // the scorer of a filter skips nothing by score: without the flag, every match is visited
                assertThat(unscored.totalHits.value).isEqualTo(5);
                assertThat(scored.totalHits.value).isEqualTo(100);
            }
        }
    }

    @Test
    void wordsBesideTheSkillTheyNameSkipJobsTiedBelowThePage() throws Exception {
        int jobs = 3000;
        try (var directory = new ByteBuffersDirectory()) {
            try (var writer = new IndexWriter(
                    directory, new IndexWriterConfig().setIndexSort(LuceneJobSearchEngine.INDEX_ORDER))) {
                for (int i = 0; i < jobs; i++) {
                    writer.addDocument(indexing.toDocument(job("Machine Learning Engineer")
                            .skills("Machine Learning")
                            .build()));
                }
            }
            try (var reader = DirectoryReader.open(directory)) {
                var searcher = new JobSearcher.Factory(JobIndexing.facetsConfig(), List.of(), 1, null)
                        .newSearcher(reader, null);
                for (String words : List.of("\"machine learning\"", "machine learning")) {
                    // the skill is optional beside the words that name it
                    Query query = searcher.rewrite(TextQuery.build(
                                    QueryText.parse(words),
                                    List.of(QuerySkill.typed("Machine Learning")),
                                    TextAnalysis.stemmed(),
                                    false)
                            .positive());

                    TopFieldDocs top = searcher.search(query, new RelevanceTopDocs(10, null, true));

                    assertThat(top.scoreDocs).as(words).hasSize(10);
                    assertThat(top.scoreDocs[9].score).as(words).isEqualTo(top.scoreDocs[0].score);
                    // the jobs of the blocks of postings after the page's are skipped, not scored
                    assertThat(top.totalHits.value).as(words).isLessThan(jobs / 4);
                }
            }
        }
    }

    private static List<Integer> docs(TopFieldDocs top) {
        return Arrays.stream(top.scoreDocs).map(hit -> hit.doc).toList();
    }
}
