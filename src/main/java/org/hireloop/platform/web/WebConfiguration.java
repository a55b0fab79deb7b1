package org.hireloop.platform.web;

import org.hireloop.platform.ProblemWriter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Registers the filters that must run after authentication, and the clean-up of expired keys. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class WebConfiguration {

    /** After Spring Security (order -100), so the key is scoped to the authenticated caller. */
    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(
            IdempotencyStore store, ProblemWriter problems, WebSettings settings) {
        var registration = new FilterRegistrationBean<>(new IdempotencyFilter(store, problems, settings));
        registration.setOrder(0);
        registration.addUrlPatterns("/api/*");
        return registration;
    }

    @Bean
    ExpiredIdempotencyKeys expiredIdempotencyKeys(IdempotencyStore store) {
        return new ExpiredIdempotencyKeys(store);
    }

    static final class ExpiredIdempotencyKeys {
        private final IdempotencyStore store;

        ExpiredIdempotencyKeys(IdempotencyStore store) {
            this.store = store;
        }

        @Scheduled(fixedDelayString = "PT15M", initialDelayString = "PT1M")
        void deleteExpired() {
            store.deleteExpired();
        }
    }
}
