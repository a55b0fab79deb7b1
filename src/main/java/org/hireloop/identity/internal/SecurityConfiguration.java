package org.hireloop.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import org.hireloop.identity.signin.HttpSettings;
import org.hireloop.identity.signin.SessionCookie;
import org.hireloop.identity.signin.Sessions;
import org.hireloop.identity.signin.SignInSecurity;
import org.hireloop.identity.signin.oidc.OidcSignIn;
import org.hireloop.platform.ProblemWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Who may call what. Anonymous callers reach only the public API (which holds sign-in), health,
 * metrics, the API documentation and the OpenID Connect redirects; everything else needs a bearer
 * token or a session cookie. Nothing keeps server state in the servlet session: sessions of people
 * live in PostgreSQL (docs/sign-in.md), and cookie-authenticated writes need a CSRF token, while
 * bearer-token requests, which a browser never sends on its own, need none.
 *
 * <p>Every answer carries the hardening headers: a Content-Security-Policy that allows nothing
 * for the API (the Swagger UI gets its own scripts and styles), nosniff, no referrer, no framing,
 * and HSTS over TLS. Cross-origin calls are allowed only to the public API, from the configured
 * origins, without credentials.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String[] PUBLIC = {
        "/api/v1/public/**",
        "/actuator/health",
        "/actuator/health/**",
        "/actuator/prometheus",
        "/actuator/info",
        "/v3/api-docs",
        "/v3/api-docs/**",
        "/docs",
        "/docs/**",
        "/swagger-ui/**",
        "/oauth2/authorization/**",
        "/login/oauth2/code/**",
        "/error",
        "/"
    };

    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    static final String DOCS_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none';"
            + " base-uri 'none'; form-action 'self'";

    /** Only when serving HTTP: commands such as {@code import} run without a web server. */
    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain apiSecurity(
            HttpSecurity http,
            TokenService tokens,
            Sessions sessions,
            SessionCookie sessionCookie,
            CsrfTokenRepository csrfTokens,
            HttpSettings settings,
            ObjectProvider<OidcSignIn> oidc,
            ProblemWriter problems)
            throws Exception {
        http.httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(rules ->
                        rules.requestMatchers(PUBLIC).permitAll().anyRequest().authenticated())
                .addFilterBefore(new BearerTokenFilter(tokens, problems), AnonymousAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(
                                (request, response, failure) -> Unauthenticated.write(
                                        problems,
                                        request,
                                        response,
                                        "send Authorization: Bearer <API token>, or sign in"))
                        .accessDeniedHandler((request, response, failure) ->
                                problems.write(response, 403, forbidden(request, failure instanceof CsrfException))))
                .cors(cors -> cors.configurationSource(cors(settings)))
                .headers(headers -> headers.contentTypeOptions(c -> {})
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .httpStrictTransportSecurity(
                                h -> h.maxAgeInSeconds(settings.hstsMaxAge().toSeconds())
                                        .includeSubDomains(true))
                        .addHeaderWriter(contentSecurityPolicy()));
        SignInSecurity.configure(http, sessions, sessionCookie, csrfTokens, problems);
        OidcSignIn signIn = oidc.getIfAvailable();
        if (signIn != null) {
            signIn.configure(http);
        }
        return http.build();
    }

    private static java.util.Map<String, Object> forbidden(HttpServletRequest request, boolean csrf) {
        return ProblemWriter.body(
                403,
                csrf ? "csrf" : "forbidden",
                "Forbidden",
                csrf
                        ? "a write with the session cookie needs the X-XSRF-TOKEN header holding the value of the"
                                + " XSRF-TOKEN cookie"
                        : "your role does not allow this action",
                request.getRequestURI(),
                List.of());
    }

    /** The API allows nothing to load or frame it; the Swagger UI at /docs runs its own files. */
    static HeaderWriter contentSecurityPolicy() {
        return (request, response) -> {
            if (response.containsHeader("Content-Security-Policy")) {
                return;
            }
            String path = request.getRequestURI();
            boolean docs = path.equals("/docs") || path.startsWith("/docs/") || path.startsWith("/swagger-ui/");
            response.setHeader("Content-Security-Policy", docs ? DOCS_POLICY : API_POLICY);
        };
    }

    static UrlBasedCorsConfigurationSource cors(HttpSettings settings) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        if (!settings.corsOrigins().isEmpty()) {
            CorsConfiguration publicApi = new CorsConfiguration();
            publicApi.setAllowedOrigins(settings.corsOrigins());
            publicApi.setAllowedMethods(List.of("GET", "HEAD", "POST"));
            publicApi.setAllowedHeaders(List.of("Content-Type", "Accept", "Idempotency-Key", "traceparent"));
            publicApi.setExposedHeaders(List.of("ETag", "Location", "Retry-After", "X-Trace-Id"));
            publicApi.setAllowCredentials(false);
            publicApi.setMaxAge(Duration.ofHours(1));
            source.registerCorsConfiguration("/api/v1/public/**", publicApi);
        }
        return source;
    }

    /** Argon2id with OWASP's parameters: 19 MiB of memory, 2 iterations, parallelism 1. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
    }
}
