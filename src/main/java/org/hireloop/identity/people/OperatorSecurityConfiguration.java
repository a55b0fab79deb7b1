package org.hireloop.identity.people;

import java.util.List;
import org.hireloop.platform.ProblemWriter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * The operator API ({@code /api/v1/operator/**}) has its own security rules, before the API's:
 * only the operator token opens it, and nothing of an organization's credentials applies there.
 */
@Configuration(proxyBeanMethods = false)
class OperatorSecurityConfiguration {

    @Bean
    @Order(1)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain operatorSecurity(HttpSecurity http, PeopleSettings settings, ProblemWriter problems)
            throws Exception {
        http.securityMatcher("/api/v1/operator/**")
                .csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(rules -> rules.anyRequest().hasRole("OPERATOR"))
                .addFilterBefore(
                        new OperatorTokenFilter(settings.operatorToken(), problems),
                        AnonymousAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, failure) -> {
                            response.setHeader("WWW-Authenticate", "Bearer realm=\"hireloop-operator\"");
                            problems.write(
                                    response,
                                    401,
                                    ProblemWriter.body(
                                            401,
                                            "unauthenticated",
                                            "Unauthenticated",
                                            "send Authorization: Bearer <HIRELOOP_OPERATOR_TOKEN>",
                                            request.getRequestURI(),
                                            List.of()));
                        })
                        .accessDeniedHandler((request, response, denied) -> problems.write(
                                response,
                                401,
                                ProblemWriter.body(
                                        401,
                                        "unauthenticated",
                                        "Unauthenticated",
                                        "send Authorization: Bearer <HIRELOOP_OPERATOR_TOKEN>",
                                        request.getRequestURI(),
                                        List.of()))))
                .headers(headers -> headers.contentTypeOptions(c -> {}).frameOptions(f -> f.deny()));
        return http.build();
    }
}
