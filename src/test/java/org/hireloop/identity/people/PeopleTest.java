package org.hireloop.identity.people;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.hireloop.IntegrationTest;
import org.hireloop.TestApi;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The application as {@link IntegrationTest} runs it, plus what people management needs: an
 * operator token, open sign-up and an SMTP server (GreenMail on {@link #SMTP_PORT}). Every people
 * test uses these same properties, so they share one cached context.
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
            "hireloop.operator-token=" + PeopleTest.OPERATOR_TOKEN,
            "hireloop.signup=open",
            "hireloop.mail.smtp-url=smtp://127.0.0.1:" + PeopleTest.SMTP_PORT,
            "hireloop.invitations.link-base-url=https://hireloop.test/"
        })
@Import(TestApi.Configuration.class)
@interface PeopleTest {
    String OPERATOR_TOKEN = "operator-secret-for-the-people-tests-0123456789";
    int SMTP_PORT = 39025;
}
