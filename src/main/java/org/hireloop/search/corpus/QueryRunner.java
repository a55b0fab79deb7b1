package org.hireloop.search.corpus;

import java.util.List;

/**
 * Runs judged queries against a real search: the relevance command and test need one bean of it.
 * An implementation indexes the corpus ({@link #index}) the way the application indexes jobs
 * (parsing each text, building its document with the skills taxonomy), then answers each query
 * with the keys ({@link GeneratedJob#key()}) of the jobs it found, best first, at least {@value
 * RelevanceEvaluation#RECALL_DEPTH} of them when there are that many.
 */
public interface QueryRunner {

    /** Replaces whatever the search held with these jobs. */
    void index(List<GeneratedJob> corpus);

    /** The query text and filters of {@code query}, as a public cross-organization search. */
    List<String> run(JudgedQuery query);
}
