package org.hireloop.search.internal;

import org.hireloop.search.indexing.SearchIndexer;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The operators' full rebuild: {@code java -jar hireloop.jar reindex} replaces this machine's
 * search index with every job of the database and exits. Run it with the server of that index
 * stopped (the index is locked while a server writes it); a server also rebuilds by itself when its
 * index is missing or comes from another database.
 */
@Component
@ConditionalOnProperty(name = "hireloop.command", havingValue = "reindex")
class ReindexCommand implements ApplicationRunner, ExitCodeGenerator {

    private final SearchIndexer indexer;

    ReindexCommand(SearchIndexer indexer) {
        this.indexer = indexer;
    }

    @Override
    public void run(ApplicationArguments args) {
        long started = System.nanoTime();
        int jobs = indexer.rebuild();
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf(
                "reindexed %d jobs in %d ms (%.0f jobs/s)%n", jobs, millis, jobs * 1000.0 / Math.max(1, millis));
    }

    @Override
    public int getExitCode() {
        return 0;
    }
}
