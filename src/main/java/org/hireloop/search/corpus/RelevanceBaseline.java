package org.hireloop.search.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The recorded search quality the relevance check must not fall below: {@value #RESOURCE}, with
 * {@code ndcg_at_10} and {@code recall_at_50} (means over the judged queries). Record new figures
 * there when a change improves them, with the command that measured them.
 */
public record RelevanceBaseline(double ndcg, double recall) {

    public static final String RESOURCE = "search/relevance/baseline.properties";

    public static RelevanceBaseline shipped() {
        try (InputStream in = RelevanceBaseline.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no " + RESOURCE + " on the class path");
            }
            Properties properties = new Properties();
            properties.load(in);
            return new RelevanceBaseline(
                    Double.parseDouble(properties.getProperty("ndcg_at_10", "0")),
                    Double.parseDouble(properties.getProperty("recall_at_50", "0")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
