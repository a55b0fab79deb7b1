package org.hireloop.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.hireloop.SharedFixtures;
import org.junit.jupiter.api.Test;

/** The indexing analysis remembers stems, and its terms are exactly those of the search analysis. */
class RememberedStemsTests {

    private final Analyzer searching = TextAnalysis.stemmed();
    private final Analyzer indexing = TextAnalysis.stemmedForIndexing();

    @Test
    void indexesTheTermsASearchAnalyzesTheJobDescriptionsInto() throws IOException {
        List<String> texts = new ArrayList<>(List.of(
                SharedFixtures.memberOfTechnicalStaffText(),
                resource("data-engineer.txt"),
                resource("data-engineer-markdown-crlf.txt")));
        // twice: the second time every word comes from the table
        texts.addAll(List.copyOf(texts));
        for (String text : texts) {
            List<String> expected = terms(searching, text);
            assertThat(expected).hasSizeGreaterThan(100);
            assertThat(terms(indexing, text)).isEqualTo(expected);
        }
    }

    @Test
    void possessivesCaseOtherScriptsAndNumbersComeOutAsTheFiltersMakeThem() throws IOException {
        String text = "Kubernetes's KUBERNETES kubernetes O’Reilly’s team's TEAM'S Running RUNS runner "
                + "İstanbul ÄRZTE Ärzte Σίσυφος ΣΊΣΥΦΟΣ 東京 エンジニア 𝐃𝐞𝐯 𐐀𐐁 C++ C# .NET node.js "
                + "3.14 2026 x86_64 e-mail co-operation naïve CAFÉ café 😀 's ' s";
        // each word twice, in one text: the second occurrence is remembered
        String twice = text + " " + text;
        assertThat(terms(indexing, twice)).isEqualTo(terms(searching, twice));
        assertThat(terms(indexing, "Kubernetes's RUNNING")).containsExactly("kubernet", "run");
    }

    @Test
    void startsTheTableAfreshWhenFullAndStillStemsAsTheFiltersDo() throws IOException {
        StringBuilder text = new StringBuilder();
        // more distinct words than the table holds, each a stemmable plural
        for (int i = 0; i < RememberedStems.MAX_WORDS + 5_000; i++) {
            text.append("Word")
                    .append(Integer.toString(i, 26).replaceAll("[0-9]", "x"))
                    .append("ings ");
        }
        text.append("engineers Engineering ENGINEERS");
        String all = text.toString();
        List<String> expected = terms(searching, all);
        assertThat(expected).hasSize(RememberedStems.MAX_WORDS + 5_003);
        assertThat(terms(indexing, all)).isEqualTo(expected);
        assertThat(terms(indexing, "engineers")).containsExactly("engin");
    }

    /** Each term with its position increment, as indexing reads them. */
    private static List<String> terms(Analyzer analyzer, String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(JobFields.BODY, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(
                        increment.getPositionIncrement() == 1
                                ? term.toString()
                                : term + "+" + increment.getPositionIncrement());
            }
            stream.end();
        }
        return terms;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = RememberedStemsTests.class.getResourceAsStream("/job-descriptions/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
