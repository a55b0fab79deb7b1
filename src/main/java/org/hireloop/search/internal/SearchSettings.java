package org.hireloop.search.internal;

import java.time.Duration;
import java.util.Map;
import org.hireloop.search.lucene.LuceneJobSearchEngine;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of search.
 *
 * @param indexDir where this replica keeps its Lucene index; {@code memory} keeps it in memory
 *     (tests), rebuilt from the database at every start
 * @param pollInterval how often the indexer reads the change feed when nothing woke it earlier;
 *     changes made through another replica become searchable within this interval plus indexing
 * @param baseCurrency the currency salary filters compare in
 * @param currencyRates units of the base currency for one unit of each other currency
 * @param summaryCache whether the engine keeps each search's total and facets per index generation
 *     (on unless {@code false}); off, every search counts everything, as benchmarks against a plain
 *     Lucene index want
 * @param searchThreads threads one search may use (the number of cores unless set)
 * @param exactCount matches a search counts exactly; above, its total and facets are estimated
 *     from a sample of the index and flagged {@code total_exact: false} (10,000 unless set)
 * @param warmUp how long a starting server may search its index before it reports itself ready
 *     ({@link org.hireloop.search.lucene.SearchWarmUp}); 0 turns the warm-up off (30 s unless set)
 */
@ConfigurationProperties("hireloop.search")
public record SearchSettings(
        String indexDir,
        Duration pollInterval,
        String baseCurrency,
        Map<String, Double> currencyRates,
        Boolean summaryCache,
        Integer searchThreads,
        Integer exactCount,
        Duration warmUp) {

    public SearchSettings {
        summaryCache = summaryCache == null || summaryCache;
        searchThreads = searchThreads == null || searchThreads < 1
                ? Runtime.getRuntime().availableProcessors()
                : searchThreads;
        exactCount = exactCount == null || exactCount < 0 ? LuceneJobSearchEngine.Options.EXACT_COUNT : exactCount;
        indexDir = indexDir == null || indexDir.isBlank() ? "./data/search" : indexDir;
        pollInterval = pollInterval == null ? Duration.ofMillis(250) : pollInterval;
        warmUp = warmUp == null || warmUp.isNegative() ? Duration.ofSeconds(30) : warmUp;
        baseCurrency = baseCurrency == null || baseCurrency.isBlank() ? "USD" : baseCurrency;
        currencyRates = currencyRates == null ? Map.of() : Map.copyOf(currencyRates);
    }

    public boolean inMemory() {
        return indexDir.equals("memory");
    }
}
