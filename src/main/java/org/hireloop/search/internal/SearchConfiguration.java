package org.hireloop.search.internal;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.hireloop.identity.Organizations;
import org.hireloop.jobs.JobChangeFeed;
import org.hireloop.jobs.JobEvents;
import org.hireloop.search.JobSearchEngine;
import org.hireloop.search.SkillTaxonomy;
import org.hireloop.search.indexing.CurrencyRates;
import org.hireloop.search.indexing.JobDocuments;
import org.hireloop.search.indexing.JobTermsContributor;
import org.hireloop.search.indexing.SearchIndexer;
import org.hireloop.search.lucene.LuceneJobSearchEngine;
import org.hireloop.search.lucene.QueryCacheMetrics;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** Wires the search index: the embedded Lucene engine, the documents it holds, and the indexer that follows the jobs. */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    /** Opened on first use: commands that never search must not take the lock of a running server's index. */
    @Bean(destroyMethod = "close")
    @Lazy
    JobSearchEngine jobSearchEngine(SearchSettings settings) {
        LuceneJobSearchEngine.Options options = new LuceneJobSearchEngine.Options(
                settings.summaryCache(),
                settings.searchThreads(),
                settings.exactCount(),
                LuceneJobSearchEngine.Options.SAMPLE_DOCS);
        return settings.inMemory()
                ? LuceneJobSearchEngine.inMemory(options)
                : new LuceneJobSearchEngine(Path.of(settings.indexDir()), options);
    }

    /** The query cache's hits, misses, evictions and heap (hireloop_search_query_cache_*). */
    @Bean
    QueryCacheMetrics searchQueryCacheMetrics() {
        return new QueryCacheMetrics();
    }

    @Bean
    CurrencyRates currencyRates(SearchSettings settings) {
        return new CurrencyRates(settings.baseCurrency(), settings.currencyRates());
    }

    @Bean
    JobDocuments jobDocuments(
            SkillTaxonomy taxonomy, CurrencyRates rates, ObjectProvider<JobTermsContributor> contributors) {
        return new JobDocuments(taxonomy, rates, contributors.orderedStream().toList());
    }

    @Bean
    SearchIndexer searchIndexer(
            @Lazy JobSearchEngine engine,
            JobChangeFeed feed,
            Organizations organizations,
            JobDocuments documents,
            SkillTaxonomy taxonomy,
            SearchSettings settings,
            MeterRegistry meters) {
        return new SearchIndexer(engine, feed, organizations, documents, taxonomy, settings.pollInterval(), meters);
    }

    /** The server follows the feed; commands (import, reindex, ...) do not. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "hireloop.command", havingValue = "serve", matchIfMissing = true)
    static class Following {

        private final SearchIndexer indexer;
        private final JobChangeFeed feed;
        private final Clock clock;

        Following(SearchIndexer indexer, JobChangeFeed feed, Clock clock) {
            this.indexer = indexer;
            this.feed = feed;
            this.clock = clock;
        }

        // Every replica may run it: forgetting the same tombstones twice is harmless.
        @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
        void forgetOldDeletions() {
            feed.forgetOldDeletions(clock.instant().minus(Duration.ofDays(1)));
        }

        @EventListener(ApplicationReadyEvent.class)
        void start() {
            indexer.start();
        }

        @EventListener(org.springframework.context.event.ContextClosedEvent.class)
        void stop() {
            indexer.stop();
        }

        // A job of this replica changed: index it now instead of at the next poll.
        @TransactionalEventListener(
                phase = TransactionPhase.AFTER_COMMIT,
                classes = {
                    JobEvents.JobCreated.class,
                    JobEvents.JobChanged.class,
                    JobEvents.JobStatusChanged.class,
                    JobEvents.JobDeleted.class,
                    JobEvents.JobsImported.class
                })
        void jobChanged(Object event) {
            indexer.wake();
        }
    }
}
