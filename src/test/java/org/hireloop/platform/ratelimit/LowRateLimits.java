package org.hireloop.platform.ratelimit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.hireloop.IntegrationTest;
import org.hireloop.TestApi;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application over real HTTP on the embedded PostgreSQL (the database of
 * {@link IntegrationTest}), with limits small and short enough to exhaust and wait out in a test.
 * Every class with this annotation shares one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "hireloop.database.embedded-data-dir=target/embedded-postgres",
            "hireloop.database.embedded-clean=true",
            "hireloop.bootstrap.token=" + IntegrationTest.BOOTSTRAP_TOKEN,
            "hireloop.bootstrap.password=correct horse battery staple",
            "hireloop.mail.directory=target/mail",
            "hireloop.rate-limits.limits.public.capacity=" + LowRateLimits.PUBLIC_CAPACITY,
            "hireloop.rate-limits.limits.public.period=2s",
            "hireloop.rate-limits.limits.api.capacity=" + LowRateLimits.API_CAPACITY,
            "hireloop.rate-limits.limits.api.period=1m",
            "hireloop.rate-limits.limits.sign-in-account.capacity=2",
            "hireloop.rate-limits.limits.sign-in-account.period=2s",
            "hireloop.rate-limits.limits.sign-in-account.max-lockout=8s"
        })
@Import(TestApi.Configuration.class)
@interface LowRateLimits {
    int PUBLIC_CAPACITY = 3;
    int API_CAPACITY = 3;
}
