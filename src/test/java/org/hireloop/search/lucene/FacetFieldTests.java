package org.hireloop.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** A generation's facet field maps every segment's values and names them as the doc values do. */
class FacetFieldTests {

    @Test
    void aGenerationKeepsOneFieldPerDimensionWithItsValuesOverEverySegment() throws Exception {
        FacetsConfig config = JobIndexing.facetsConfig();
        try (var directory = new ByteBuffersDirectory();
                var writer = new IndexWriter(directory, new IndexWriterConfig())) {
            writer.addDocument(config.build(tagged("Data", "Cloud")));
            writer.commit();
            writer.addDocument(config.build(tagged("Security", "Cloud")));
            writer.commit();
            try (var reader = DirectoryReader.open(directory)) {
                JobSearcher searcher = EngineFixture.searcher(reader);
                FacetField field = searcher.facetField("tag").orElseThrow();

                assertThat(reader.leaves()).hasSize(2);
                assertThat(searcher.facetField("tag")).containsSame(field);
                assertThat(searcher.facetField("remote")).containsSame(field); // one field for the page's dimensions
                assertThat(searcher.facetField("skill")).isEmpty();
                assertThat(field.size()).isEqualTo(3);
                assertThat(field.ordinalMap()).isNotNull();
                assertThat(field.ordinalMap().getValueCount()).isEqualTo(3);

                SortedSetDocValuesReaderState.OrdRange range = field.state().getOrdRange("tag");
                List<Integer> ords = new ArrayList<>();
                for (int ord = range.end; ord >= range.start; ord--) {
                    ords.add(ord);
                }
                List<String> expected = List.of("Security", "Data", "Cloud");
                assertThat(field.labels(ords)).isEqualTo(expected);
                assertThat(field.labels(ords)).isEqualTo(expected); // the second time from what the first kept
                assertThat(field.labels(List.of(range.start))).containsExactly("Cloud");
            }
        }
    }

    private static Document tagged(String... tags) {
        Document job = new Document();
        for (String tag : tags) {
            job.add(new SortedSetDocValuesFacetField("tag", tag));
        }
        return job;
    }
}
