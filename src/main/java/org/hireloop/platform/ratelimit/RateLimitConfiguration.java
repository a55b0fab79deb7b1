package org.hireloop.platform.ratelimit;

import io.micrometer.core.instrument.MeterRegistry;
import javax.sql.DataSource;
import org.hireloop.platform.ProblemWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The bucket store (Redis when {@code HIRELOOP_REDIS_URL} is set, PostgreSQL otherwise), the
 * limiter, the API filter and the clean-up of expired buckets.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RateLimitConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RateLimitConfiguration.class);

    @Bean
    BucketStore rateLimitBuckets(RateLimitSettings settings, DataSource dataSource) {
        BucketStore store = settings.redis()
                ? BucketStore.redis(settings.redisUrl(), settings.redisKeyPrefix())
                : BucketStore.postgres(dataSource);
        log.info("Rate limits are kept in {}", store.description());
        return store;
    }

    @Bean
    RateLimiter rateLimiter(BucketStore store, RateLimitSettings settings) {
        return new BucketRateLimiter(store, settings);
    }

    /**
     * After Spring Security (order -100), so the API token is known, and before the idempotency
     * filter (order 0), so a refused request claims no key. Health, metrics and the API docs are
     * outside /api/ and never limited.
     */
    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    FilterRegistrationBean<RateLimitFilter> rateLimitFilter(
            RateLimiter limiter, RateLimitSettings settings, ProblemWriter problems, MeterRegistry meters) {
        var registration = new FilterRegistrationBean<>(new RateLimitFilter(limiter, settings, problems, meters));
        registration.setOrder(-50);
        registration.addUrlPatterns("/api/*");
        return registration;
    }

    @Bean
    ExpiredBuckets expiredRateLimitBuckets(BucketStore store) {
        return new ExpiredBuckets(store);
    }

    static final class ExpiredBuckets {
        private final BucketStore store;

        ExpiredBuckets(BucketStore store) {
            this.store = store;
        }

        @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT1M")
        void deleteExpired() {
            int removed = store.removeExpired();
            if (removed > 0) {
                log.debug("Removed {} expired rate-limit buckets", removed);
            }
        }
    }
}
