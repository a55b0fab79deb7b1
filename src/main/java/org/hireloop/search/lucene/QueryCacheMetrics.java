package org.hireloop.search.lucene;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.BaseUnits;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.function.ToDoubleFunction;
import org.apache.lucene.search.LRUQueryCache;

/**
 * The query cache's figures as metrics, so that operators see whether the filters of the searches
 * people run stay cached: hits against misses, evictions, and how much of the heap the cache holds
 * against its limit. A cache too small for a board's searches shows as evictions and misses that
 * keep pace with hits; a caching policy that declines the searches' filters, as misses with the
 * memory far below its limit (docs/operations.md). Either made the benchmark's quoted searches
 * two to three times slower at 1,000,000 jobs.
 */
public final class QueryCacheMetrics implements MeterBinder {

    private static final String PREFIX = "hireloop.search.query.cache.";

    private final LRUQueryCache cache;
    private final long maxBytes;

    /** The metrics of the cache every searcher of the engine shares ({@link JobSearcher#QUERY_CACHE}). */
    public QueryCacheMetrics() {
        this(JobSearcher.QUERY_CACHE, JobSearcher.queryCacheBytes());
    }

    QueryCacheMetrics(LRUQueryCache cache, long maxBytes) {
        this.cache = cache;
        this.maxBytes = maxBytes;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        counter(registry, "hits", LRUQueryCache::getHitCount, "Filter lookups answered from the query cache");
        counter(registry, "misses", LRUQueryCache::getMissCount, "Filter lookups the query cache could not answer");
        counter(registry, "evictions", LRUQueryCache::getEvictionCount, "Cached sets of jobs dropped to make room");
        Gauge.builder(PREFIX + "entries", cache, LRUQueryCache::getCacheSize)
                .description("Sets of jobs (one per filter and index segment) in the query cache")
                .register(registry);
        Gauge.builder(PREFIX + "memory", cache, LRUQueryCache::ramBytesUsed)
                .description("Heap the query cache holds")
                .baseUnit(BaseUnits.BYTES)
                .register(registry);
        Gauge.builder(PREFIX + "memory.max", () -> maxBytes)
                .description("Heap the query cache may hold: a sixteenth of the maximum heap, at most 512 MB")
                .baseUnit(BaseUnits.BYTES)
                .register(registry);
    }

    private void counter(
            MeterRegistry registry, String name, ToDoubleFunction<LRUQueryCache> count, String description) {
        FunctionCounter.builder(PREFIX + name, cache, count)
                .description(description)
                .register(registry);
    }
}
