package org.hireloop.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
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
            }
        }
        assertThat(JobSearcher.queryCacheBytes())
                .isLessThanOrEqualTo(512L << 20)
                .isLessThanOrEqualTo(Runtime.getRuntime().maxMemory() / 16);
    }
}
