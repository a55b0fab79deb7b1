package org.hireloop.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hireloop.search.lucene.TestJob.*;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.hireloop.search.JobDocument;
import org.hireloop.search.QuerySkill;
import org.hireloop.search.SearchScope;
import org.junit.jupiter.api.Test;

/** The relevance page: of a search whose matches all score the same, and of many segments. */
class RelevanceTopDocsTests {

    private final JobIndexing indexing = new JobIndexing(JobIndexing.facetsConfig());

    @Test
    void aSearchWithoutScoresVisitsOnlyAPageOfEachSegment() throws Exception {
        try (var directory = new ByteBuffersDirectory()) {
            try (var writer = EngineFixture.sortedWriter(directory)) {
                for (int i = 0; i < 100; i++) {
                    writer.addDocument(indexing.toDocument(job("Engineer %03d".formatted(99 - i))
                            .workplace("remote")
                            .build()));
                }
            }
            try (var reader = DirectoryReader.open(directory)) {
                var searcher = EngineFixture.searcher(reader);
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
            try (var writer = EngineFixture.sortedWriter(directory)) {
                for (int i = 0; i < jobs; i++) {
                    writer.addDocument(indexing.toDocument(job("Machine Learning Engineer")
                            .skills("Machine Learning")
                            .build()));
                }
            }
            try (var reader = DirectoryReader.open(directory)) {
                var searcher = EngineFixture.searcher(reader);
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

    /**
     * A segment with an excluded job is scored in two windows, before and after it, and Lucene
     * hands the collector the same scorer again for the second: it must not be told a lower score
     * than it already skips below (its impacts assert so), although this segment's own page has
     * raised the bar the slices share to its weakest score in the meantime.
     */
    @Test
    void aSegmentScoredAroundAnExclusionKeepsItsBar() throws Exception {
        try (var directory = new ByteBuffersDirectory()) {
            try (var writer = EngineFixture.sortedWriter(directory)) {
                for (int i = 0; i < 50; i++) {
                    writer.addDocument(indexing.toDocument(
                            job("Data Analyst %03d".formatted(i)).build()));
                    writer.addDocument(indexing.toDocument(
                            job("Data Engineer %03d".formatted(i)).build()));
                }
                writer.addDocument(indexing.toDocument(job("Data Chef").build()));
            }
            try (var reader = DirectoryReader.open(directory)) {
                var searcher = EngineFixture.searcher(reader);
                Query query = new BooleanQuery.Builder()
                        .add(new TermQuery(new Term(JobFields.WORDS, "data")), Occur.MUST)
                        .add(new TermQuery(new Term(JobFields.WORDS, "chef")), Occur.MUST_NOT)
                        .build();

                TopFieldDocs page = searcher.search(query, new RelevanceTopDocs(5, null, true));

                // every job ties; the page is the first five in index order, which the chef's job is not
                assertThat(docs(page)).containsExactly(0, 1, 2, 3, 4);
            }
        }
    }

    /**
     * Over many segments searched by two threads, where later segments start from the score the
     * earlier ones reached and keep the keys of only the hits that can make the page, the page is
     * the one an exhaustive sort by score, title key and id gives.
     */
    @Test
    void thePageOfManySegmentsIsThatOfSortingEveryMatch() throws Exception {
        List<JobDocument> jobs = TestJob.varied(1200);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (var directory = new ByteBuffersDirectory()) {
            try (var writer = new IndexWriter(
                    directory,
                    new IndexWriterConfig()
                            .setIndexSort(LuceneJobSearchEngine.INDEX_ORDER)
                            .setMergePolicy(NoMergePolicy.INSTANCE))) {
                for (int i = 0; i < jobs.size(); i++) {
                    writer.addDocument(indexing.toDocument(jobs.get(i)));
                    if (i % 100 == 99) {
                        writer.flush(); // a segment per hundred jobs
                    }
                }
            }
            try (var reader = DirectoryReader.open(directory)) {
                assertThat(reader.leaves()).hasSizeGreaterThan(8);
                var searcher = new JobSearcher.Factory(JobIndexing.facetsConfig(), List.of(), 1, threads)
                        .newSearcher(reader, null);
                Sort exhaustive = new Sort(
                        SortField.FIELD_SCORE,
                        new SortField(JobFields.TITLE_KEY, SortField.Type.STRING),
                        new SortField(JobFields.ID, SortField.Type.STRING));
                for (String words : List.of(
                        "engineer",
                        "java",
                        "data engineer",
                        "platform kafka",
                        "\"product manager\"",
                        "chef",
                        "platform engineer alpha",
                        "\"data engineer\" beta")) {
                    Query query = searcher.rewrite(
                            TextQuery.build(QueryText.parse(words), List.of(), TextAnalysis.stemmed(), false)
                                    .positive());
                    for (int size : List.of(1, 5, 21)) {
                        TopFieldDocs page = searcher.search(query, new RelevanceTopDocs(size, null, true));
                        TopFieldDocs sorted = searcher.search(
                                query, new TopFieldCollectorManager(exhaustive, size, null, Integer.MAX_VALUE));

                        assertThat(sorted.scoreDocs).as(words).isNotEmpty();
                        assertThat(docs(page)).as(words + ", " + size).isEqualTo(docs(sorted));
                    }
                }
            }
        } finally {
            threads.shutdown();
        }
    }

    private static List<Integer> docs(TopFieldDocs top) {
        return Arrays.stream(top.scoreDocs).map(hit -> hit.doc).toList();
    }
}
