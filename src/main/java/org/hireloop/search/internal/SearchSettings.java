package org.hireloop.search.internal;

import java.time.Duration;
import java.util.Map;
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
 */
@ConfigurationProperties("hireloop.search")
public record SearchSettings(
        String indexDir, Duration pollInterval, String baseCurrency, Map<String, Double> currencyRates) {

    public SearchSettings {
        indexDir = indexDir == null || indexDir.isBlank() ? "./data/search" : indexDir;
        pollInterval = pollInterval == null ? Duration.ofMillis(250) : pollInterval;
        baseCurrency = baseCurrency == null || baseCurrency.isBlank() ? "USD" : baseCurrency;
        currencyRates = currencyRates == null ? Map.of() : Map.copyOf(currencyRates);
    }

    public boolean inMemory() {
        return indexDir.equals("memory");
    }
}
