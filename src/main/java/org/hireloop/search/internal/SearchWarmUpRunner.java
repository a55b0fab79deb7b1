package org.hireloop.search.internal;

import java.time.Clock;
import org.hireloop.search.JobSearchEngine;
import org.hireloop.search.lucene.SearchWarmUp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Warms the search index up before the server reports itself ready ({@link SearchWarmUp}): Spring
 * Boot accepts traffic on {@code /actuator/health/readiness} only once every application runner
 * has returned. Commands (import, reindex, ...) do not warm up.
 */
@Component
@Order(100)
@ConditionalOnProperty(name = "hireloop.command", havingValue = "serve", matchIfMissing = true)
class SearchWarmUpRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchWarmUpRunner.class);

    private final JobSearchEngine engine;
    private final SearchSettings settings;
    private final Clock clock;

    SearchWarmUpRunner(@Lazy JobSearchEngine engine, SearchSettings settings, Clock clock) {
        this.engine = engine;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        long started = System.nanoTime();
        SearchWarmUp.Result result = new SearchWarmUp(engine, clock).run(settings.warmUp());
        if (result.searches() > 0) {
            log.info(
                    "Search warmed up: {} searches in {} rounds, {} ms",
                    result.searches(),
                    result.rounds(),
                    (System.nanoTime() - started) / 1_000_000);
        }
    }
}
