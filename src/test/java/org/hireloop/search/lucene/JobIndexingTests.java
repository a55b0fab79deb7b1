package org.hireloop.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hireloop.search.lucene.EngineFixture.*;
import static org.hireloop.search.lucene.TestJob.*;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;

/** What a job's Lucene document holds beyond its own text. */
class JobIndexingTests {

    @Test
    void everySearchedFieldHasALengthAlsoWhenTheJobHasNoTextForIt() throws Exception {
        TestJob bare = job("Welder");
        bare.roleDefinition = "   "; // and no responsibilities or competencies

        Document doc = new JobIndexing(JobIndexing.facetsConfig()).toDocument(bare.build());

        for (String field : JobFields.SEARCHED) {
            assertThat(doc.getFields(field)).as(field).isNotEmpty();
        }
        assertThat(doc.getFields(JobFields.BODY))
                .extracting(IndexableField::stringValue)
                .contains(JobFields.NO_TEXT);
        assertThat(doc.getFields(JobFields.TITLE)).hasSize(1);
        assertThat(tokens(doc.getField(JobFields.TITLE))).containsExactly("welder");
    }

    /** The terms a field indexes: the searched fields carry their analyzed tokens, not their text. */
    private static List<String> tokens(IndexableField field) throws Exception {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = field.tokenStream(TextAnalysis.stemmed(), null)) {
            // the term as indexing reads it: the searched fields set its bytes, not characters
            TermToBytesRefAttribute term = stream.addAttribute(TermToBytesRefAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.getBytesRef().utf8ToString());
            }
            stream.end();
        }
        return tokens;
    }

    @Test
    void theTermOfMissingTextIsNoWordOfAnyQuery() {
        String nul = JobFields.NO_TEXT;
        try (var engine = engineWith(job("Welder"), job("Nurse").tags("Care"))) {
            // as blank as no query at all: every job, none preferred
            assertThat(engine.search(request(nul)).total()).isEqualTo(2);
            assertThat(engine.search(request("\"" + nul + "\"")).total()).isEqualTo(2);
            // excluding it excludes nothing
            assertThat(titles(engine.search(request("welder -" + nul)))).containsExactly("Welder");
            assertThat(titles(engine.search(request(nul + "*")))).containsExactlyInAnyOrder("Welder", "Nurse");
        }
    }
}
