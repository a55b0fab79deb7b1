package org.hireloop.identity.signin;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;
import org.hireloop.IntegrationTest;
import org.hireloop.TestApi;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application over real HTTP on the embedded PostgreSQL (the database of
 * {@link IntegrationTest}), with what sign-in needs beside it: a real SMTP server (GreenMail), a
 * real OpenID Connect provider (Spring Authorization Server) in this JVM, a CORS origin, and
 * forwarded headers trusted as behind a TLS proxy, so that each test {@link Browser} comes from an
 * address of its own and the sign-in limits per address apply to it alone. Every class with this
 * annotation shares one context.
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
            "hireloop.sign-in.public-url=https://hireloop.example.org",
            "hireloop.sign-in.oidc.client-id=" + OidcProvider.CLIENT_ID,
            "hireloop.sign-in.oidc.client-secret=" + OidcProvider.CLIENT_SECRET,
            "hireloop.http.cors-origins=https://careers.example.org, https://jobs.example.org",
            "server.forward-headers-strategy=native"
        })
@ContextConfiguration(initializers = SignInIntegrationTest.Services.class)
@Import(TestApi.Configuration.class)
@interface SignInIntegrationTest {

    /** Starts the SMTP server and the OpenID Connect provider once, and points Hireloop at them. */
    final class Services implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        static final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            synchronized (smtp) {
                if (!smtp.isRunning()) {
                    smtp.start();
                    Runtime.getRuntime().addShutdownHook(new Thread(smtp::stop));
                }
            }
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "sign-in services",
                            Map.of(
                                    "hireloop.mail.smtp-url",
                                    "smtp://127.0.0.1:" + smtp.getSmtp().getPort(),
                                    "hireloop.sign-in.oidc.issuer",
                                    OidcProvider.start())));
        }
    }
}
