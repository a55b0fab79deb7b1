package org.hireloop.identity.signin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * A real OpenID Connect provider (Spring Authorization Server) in the test JVM, on a port of its
 * own, with three people: one whose email it vouches for, one whose email it does not, and one
 * whose email no Hireloop user has. Their emails are set by the test.
 */
final class OidcProvider {

    static final String CLIENT_ID = "hireloop";
    static final String CLIENT_SECRET = "hireloop client secret";
    static final String PASSWORD = "provider password";

    /** username -> email and whether the provider says it is verified. */
    static final Map<String, Claims> people = new ConcurrentHashMap<>();

    record Claims(String email, boolean verified) {}

    private static @Nullable ConfigurableApplicationContext running;
    private static int port;
    static volatile int hireloopPort;

    private OidcProvider() {}

    static synchronized String start() {
        if (running == null) {
            port = freePort();
            running = new SpringApplicationBuilder(Provider.class)
                    .properties(
                            "spring.config.name=oidc-provider",
                            "server.port=" + port,
                            "spring.security.oauth2.authorizationserver.issuer=" + issuer(),
                            "springdoc.api-docs.enabled=false",
                            "springdoc.swagger-ui.enabled=false",
                            "spring.modulith.events.enabled=false",
                            "spring.autoconfigure.exclude="
                                    + String.join(
                                            ",",
                                            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
                                            "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
                                            "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
                                            "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
                                            "org.springframework.boot.jdbc.autoconfigure.DataSourceInitializationAutoConfiguration",
                                            "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
                                            "org.springframework.modulith.events.config.EventPublicationAutoConfiguration",
                                            "org.springframework.modulith.events.jdbc.JdbcEventPublicationAutoConfiguration",
                                            "org.springframework.modulith.events.config.EventExternalizationAutoConfiguration",
                                            "org.springframework.modulith.core.config.ApplicationModuleInitializerRuntimeVerification",
                                            "org.springframework.modulith.moments.autoconfigure.MomentsAutoConfiguration"))
                    .run();
        }
        return issuer();
    }

    static String issuer() {
        return "http://localhost:" + port;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Not a {@code @Configuration}: Hireloop's component scan, which sees the test classes too,
     * must not find it, nor may {@code @SpringBootTest} take it for the application.
     */
    @EnableAutoConfiguration
    static class Provider {

        @Bean
        UserDetailsService people() {
            return new InMemoryUserDetailsManager(
                    User.withUsername("verified")
                            .password("{noop}" + PASSWORD)
                            .roles("USER")
                            .build(),
                    User.withUsername("unverified")
                            .password("{noop}" + PASSWORD)
                            .roles("USER")
                            .build(),
                    User.withUsername("stranger")
                            .password("{noop}" + PASSWORD)
                            .roles("USER")
                            .build());
        }

        /** Hireloop's registration; its redirect URI names Hireloop's port, known once it runs. */
        @Bean
        RegisteredClientRepository clients() {
            return new RegisteredClientRepository() {
                private final String id = UUID.randomUUID().toString();

                @Override
                public void save(RegisteredClient client) {}

                @Override
                public RegisteredClient findById(String id) {
                    return this.id.equals(id) ? client() : null;
                }

                @Override
                public RegisteredClient findByClientId(String clientId) {
                    return CLIENT_ID.equals(clientId) ? client() : null;
                }

                private RegisteredClient client() {
                    return RegisteredClient.withId(id)
                            .clientId(CLIENT_ID)
                            .clientSecret("{noop}" + CLIENT_SECRET)
                            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                            .redirectUri("http://localhost:" + hireloopPort + "/login/oauth2/code/oidc")
                            .scope(OidcScopes.OPENID)
                            .scope(OidcScopes.EMAIL)
                            .scope(OidcScopes.PROFILE)
                            .clientSettings(ClientSettings.builder()
                                    .requireAuthorizationConsent(false)
                                    .build())
                            .build();
                }
            };
        }

        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> emailClaims() {
            return context -> {
                if ("id_token".equals(context.getTokenType().getValue())) {
                    Claims claims = people.get(context.getPrincipal().getName());
                    if (claims != null) {
                        context.getClaims().claim("email", claims.email()).claim("email_verified", claims.verified());
                    }
                }
            };
        }
    }
}
