package org.hireloop.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** The page's facet ordinals held in memory are those of the doc values, and go with their segment. */
class PageOrdinalsTests {

    private static final String FIELD = "$page";

    @Test
    void holdsEachDocumentsOrdinalsAsTheDocValuesDo() throws Exception {
        try (var directory = new ByteBuffersDirectory()) {
            try (var writer = new IndexWriter(directory, new IndexWriterConfig())) {
                writer.addDocument(doc("b", "a"));
                writer.addDocument(doc()); // no values: an empty range
                writer.addDocument(doc("c"));
                writer.addDocument(doc("a", "c", "d"));
                writer.addDocument(doc());
            }
            try (var reader = DirectoryReader.open(directory)) {
                LeafReader leaf = reader.leaves().get(0).reader();
                PageOrdinals.Segment segment = PageOrdinals.read(leaf, FIELD);

                assertThat(segment).isNotNull();
                for (int doc = 0; doc < leaf.maxDoc(); doc++) {
                    List<Integer> held = new ArrayList<>();
                    for (int at = segment.starts()[doc]; at < segment.starts()[doc + 1]; at++) {
                        held.add((int) segment.ords()[at]);
                    }
                    assertThat(held).as("document %d", doc).isEqualTo(docValueOrds(leaf, doc));
                }
                assertThat(segment.starts()[leaf.maxDoc()])
                        .isEqualTo(segment.ords().length)
                        .isEqualTo(6);
                assertThat(segment.values()).isEqualTo(4); // a, b, c, d
            }
        }
    }

    @Test
    void segmentsWithoutValuesHoldNothingAndClosedSegmentsAreDropped() throws Exception {
        try (var directory = new ByteBuffersDirectory()) {
            try (var writer = new IndexWriter(directory, new IndexWriterConfig())) {
                writer.addDocument(doc("a"));
                writer.commit();
                writer.addDocument(doc());
                writer.commit();
                writer.addDocument(doc("b"));
            }
            PageOrdinals ordinals = new PageOrdinals(FIELD);
            var reader = DirectoryReader.open(directory);
            ordinals.load(reader);
            ordinals.load(reader); // a second load reads nothing again

            assertThat(reader.leaves()).hasSize(3);
            assertThat(ordinals.segments()).isEqualTo(2);
            assertThat(reader.leaves().stream().map(ordinals::of).filter(segment -> segment == null))
                    .hasSize(1);

            reader.close();

            assertThat(ordinals.segments()).isZero();
        }
    }

    private static Document doc(String... values) {
        Document doc = new Document();
        for (String value : values) {
            doc.add(new SortedSetDocValuesField(FIELD, new BytesRef(value)));
        }
        return doc;
    }

    private static List<Integer> docValueOrds(LeafReader leaf, int doc) throws Exception {
        SortedSetDocValues values = DocValues.getSortedSet(leaf, FIELD);
        List<Integer> ords = new ArrayList<>();
        if (values.advanceExact(doc)) {
            for (int i = 0; i < values.docValueCount(); i++) {
                ords.add((int) values.nextOrd());
            }
        }
        return ords;
    }
}
