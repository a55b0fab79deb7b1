package org.hireloop.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryCachingPolicy;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.UsageTrackingQueryCachingPolicy;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** What every searcher of the engine shares. */
class JobSearcherTests {

    @Test
    void searchersOfEveryIndexShareOneQueryCacheOfTheirOwn() throws IOException {
        JobSearcher.Factory factory = new JobSearcher.Factory(JobIndexing.facetsConfig(), List.of(), 1, null);
        try (var first = new ByteBuffersDirectory();
                var second = new ByteBuffersDirectory()) {
            for (var directory : List.of(first, second)) {
                try (var writer = new IndexWriter(directory, new IndexWriterConfig())) {
                    writer.addDocument(new Document());
                }
            }
            try (var one = DirectoryReader.open(first);
                    var other = DirectoryReader.open(second)) {
                assertThat(factory.newSearcher(one, null).getQueryCache()).isSameAs(JobSearcher.QUERY_CACHE);
                assertThat(factory.newSearcher(other, null).getQueryCache()).isSameAs(JobSearcher.QUERY_CACHE);
                assertThat(IndexSearcher.getDefaultQueryCache()).isNotSameAs(JobSearcher.QUERY_CACHE);
                assertThat(factory.newSearcher(one, null).getQueryCachingPolicy())
                        .isSameAs(JobSearcher.CACHING_POLICY);
                assertThat(factory.newSearcher(other, null).getQueryCachingPolicy())
                        .isSameAs(JobSearcher.CACHING_POLICY);
            }
        }
        assertThat(JobSearcher.queryCacheBytes())
                .isLessThanOrEqualTo(512L << 20)
                .isLessThanOrEqualTo(Runtime.getRuntime().maxMemory() / 16);
    }

    /**
     * A word's states per segment are looked up once per generation and shared by every weight of
     * it; the scores are Lucene's, and the next generation counts its own documents.
     */
    @Test
    void aWordIsLookedUpInTheSegmentsOncePerGeneration() throws IOException {
        Term kubernetes = new Term(JobFields.TITLE, "kubernetes");
        try (var directory = new ByteBuffersDirectory();
                var writer = new IndexWriter(directory, new IndexWriterConfig())) {
            for (String title : List.of("kubernetes engineer", "platform engineer", "kubernetes kubernetes admin")) {
                Document job = new Document();
                job.add(new TextField(JobFields.TITLE, title, Field.Store.NO));
                writer.addDocument(job);
                writer.commit(); // a segment per job
            }
            try (var reader = DirectoryReader.open(directory)) {
                JobSearcher searcher = EngineFixture.searcher(reader);
                assertThat(searcher.termStates(kubernetes)).isSameAs(searcher.termStates(kubernetes));
                assertThat(searcher.termStates(kubernetes).docFreq()).isEqualTo(2);

                IndexSearcher lucene = new IndexSearcher(reader);
                lucene.setSimilarity(WordScores.SIMILARITY);
                TopDocs ours = searcher.search(new TermQuery(kubernetes), 10);
                TopDocs theirs = lucene.search(new TermQuery(kubernetes), 10);
                assertThat(ours.scoreDocs).hasSize(2);
                for (int i = 0; i < ours.scoreDocs.length; i++) {
                    assertThat(ours.scoreDocs[i].doc).isEqualTo(theirs.scoreDocs[i].doc);
                    assertThat(ours.scoreDocs[i].score).isEqualTo(theirs.scoreDocs[i].score);
                }
            }
            Document another = new Document();
            another.add(new TextField(JobFields.TITLE, "kubernetes operator", Field.Store.NO));
            writer.addDocument(another);
            writer.commit();
            try (var reader = DirectoryReader.open(directory)) {
                JobSearcher next = EngineFixture.searcher(reader);
                assertThat(next.termStates(kubernetes).docFreq()).isEqualTo(3);
                assertThat(next.search(new TermQuery(kubernetes), 10).totalHits.value)
                        .isEqualTo(3);
            }
        }
    }

    /**
     * A search uses eight filters or so; one that one search in a hundred makes recurs every 800
     * uses. Lucene's policy remembers 256 uses and never caches it; the engine's caches it.
     */
    @Test
    void theFiltersOfASearchThatOneSearchInAHundredMakesAreCached() throws IOException {
        Query popular = phraseInAnyField("product", "manager");
        QueryCachingPolicy engine = new UsageTrackingQueryCachingPolicy(JobSearcher.CACHING_HISTORY);
        QueryCachingPolicy lucene = new UsageTrackingQueryCachingPolicy();
        for (int round = 0; round < 5; round++) {
            for (QueryCachingPolicy policy : List.of(engine, lucene)) {
                policy.onUse(popular);
                for (int other = 1; other < 800; other++) {
                    policy.onUse(phraseInAnyField("word" + round, "other" + other));
                }
            }
        }
        assertThat(engine.shouldCache(popular)).isTrue();
        assertThat(engine.shouldCache(phraseInAnyField("word4", "other7"))).isFalse();
        assertThat(lucene.shouldCache(popular)).isFalse();
    }

    /** A quoted phrase's filter, as TextQuery makes it: the words in order in one field or another. */
    private static Query phraseInAnyField(String first, String second) {
        BooleanQuery.Builder anyField = new BooleanQuery.Builder();
        for (String field : List.of(JobFields.TITLE, JobFields.BODY)) {
            anyField.add(new PhraseQuery(field, first, second), Occur.SHOULD);
        }
        return anyField.build();
    }
}
