package org.hireloop;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A test of the whole application over real HTTP on the embedded PostgreSQL. Every such test uses
 * the same properties, so Spring caches one context and one database for the whole run.
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
            "hireloop.mail.directory=target/mail"
        })
@Import(TestApi.Configuration.class)
public @interface IntegrationTest {
    String BOOTSTRAP_TOKEN = "hl_test_bootstrap_token_0123456789abcdefghij";
}
