package org.hireloop.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LRUQueryCache;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryCachingPolicy;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** The query cache's figures as metrics, read from a real cache that searches fill. */
class QueryCacheMetricsTests {

    @Test
    void theMetricsFollowTheCacheAsSearchesMissFillAndHitIt() throws IOException {
        // caches every filter of every segment at once: the engine's cache waits for a filter to
        // recur and for segments of 10,000 jobs
        LRUQueryCache cache = new LRUQueryCache(1, 1 << 20, segment -> true, Float.POSITIVE_INFINITY);
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        new QueryCacheMetrics(cache, 1 << 20).bindTo(registry);
        try (var directory = new ByteBuffersDirectory()) {
            try (var writer = new IndexWriter(directory, new IndexWriterConfig())) {
                for (int i = 0; i < 100; i++) {
                    Document job = new Document();
                    job.add(new StringField("remote", i % 3 == 0 ? "yes" : "no", Field.Store.NO));
                    writer.addDocument(job);
                }
            }
            try (var reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                searcher.setQueryCache(cache);
                searcher.setQueryCachingPolicy(ALWAYS);

                assertThat(searcher.search(filtered("yes"), 100).scoreDocs).hasSize(34);
                assertThat(value(registry, "misses")).isEqualTo(1);
                assertThat(value(registry, "hits")).isZero();
                assertThat(value(registry, "entries")).isEqualTo(1);
                assertThat(value(registry, "memory")).isPositive().isEqualTo(cache.ramBytesUsed());

                assertThat(searcher.search(filtered("yes"), 100).scoreDocs).hasSize(34);
                assertThat(value(registry, "hits")).isEqualTo(1);

                // room for one filter: the other one evicts it
                assertThat(searcher.search(filtered("no"), 100).scoreDocs).hasSize(66);
                assertThat(value(registry, "misses")).isEqualTo(2);
                assertThat(value(registry, "evictions")).isEqualTo(1);
                assertThat(value(registry, "entries")).isEqualTo(1);
            }
        }
        assertThat(value(registry, "memory.max")).isEqualTo(1 << 20);
    }

    @Test
    void theEngineReportsTheCacheItsSearchersShare() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        new QueryCacheMetrics().bindTo(registry);
        assertThat(value(registry, "memory.max")).isEqualTo(JobSearcher.queryCacheBytes());
        assertThat(value(registry, "hits")).isEqualTo(JobSearcher.QUERY_CACHE.getHitCount());
    }

    private static final QueryCachingPolicy ALWAYS = new QueryCachingPolicy() {
        @Override
        public void onUse(Query query) {}

        @Override
        public boolean shouldCache(Query query) {
            return true;
        }
    };

    /** Every job, filtered by a term: the filter is the cached part. */
    private static Query filtered(String remote) {
        return new BooleanQuery.Builder()
                .add(new MatchAllDocsQuery(), Occur.MUST)
                .add(new TermQuery(new Term("remote", remote)), Occur.FILTER)
                .build();
    }

    private static double value(SimpleMeterRegistry registry, String name) {
        var meter = registry.find("hireloop.search.query.cache." + name).meter();
        assertThat(meter).as(name).isNotNull();
        return meter.measure().iterator().next().getValue();
    }
}
