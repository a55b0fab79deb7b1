package org.hireloop.platform.web;

import java.time.Clock;
import org.hireloop.platform.AuditRecorder;
import org.hireloop.platform.ProblemWriter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

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

    /** The caller's organization for the whole request, right after authentication. */
    @Bean
    FilterRegistrationBean<TenantRequestFilter> tenantRequestFilter() {
        var registration = new FilterRegistrationBean<>(new TenantRequestFilter());
        registration.setOrder(-50);
        return registration;
    }

    /** Inside the idempotency filter, so a replayed answer is one that was committed. */
    @Bean
    FilterRegistrationBean<AuditedWriteFilter> auditedWriteFilter(
            PlatformTransactionManager transactions,
            AuditRecorder recorder,
            ProblemWriter problems,
            JsonMapper json,
            Clock clock,
            WebSettings settings) {
        var registration = new FilterRegistrationBean<>(
                new AuditedWriteFilter(new TransactionTemplate(transactions), recorder, problems, json, clock, (int)
                        settings.maxJsonBody().toBytes()));
        registration.setOrder(10);
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
