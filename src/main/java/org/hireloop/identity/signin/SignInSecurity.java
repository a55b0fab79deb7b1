package org.hireloop.identity.signin;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.hireloop.platform.ProblemWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.session.NullAuthenticatedSessionStrategy;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * What sign-in adds to the security rules: the session cookie filter and CSRF protection for the
 * requests a browser sends on its own, those carrying the session cookie. The CSRF token is a
 * cookie a script of the same origin can read (XSRF-TOKEN) and must echo in the X-XSRF-TOKEN
 * header; another site can neither read it nor set the header. Requests with a bearer token need
 * no CSRF token, nor does the anonymous public API (its writes take JSON only, which a cross-site
 * form cannot send).
 */
@Configuration(proxyBeanMethods = false)
public class SignInSecurity {

    public static final String CSRF_COOKIE = "XSRF-TOKEN";
    public static final String CSRF_HEADER = "X-XSRF-TOKEN";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Bean
    CsrfTokenRepository csrfTokenRepository() {
        CookieCsrfTokenRepository repository = CookieCsrfTokenRepository.withHttpOnlyFalse();
        repository.setCookieName(CSRF_COOKIE);
        repository.setHeaderName(CSRF_HEADER);
        repository.setCookiePath("/");
        repository.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return repository;
    }

    /** Adds the session filter (after the bearer token filter) and CSRF protection. */
    public static void configure(
            HttpSecurity http,
            Sessions sessions,
            SessionCookie cookie,
            CsrfTokenRepository csrfTokens,
            ProblemWriter problems)
            throws Exception {
        http.addFilterBefore(
                        new SessionAuthenticationFilter(sessions, cookie, problems),
                        AnonymousAuthenticationFilter.class)
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                        .requireCsrfProtectionMatcher(cookieAuthenticatedWrites())
                        // the token is renewed when a session starts (SessionCookie), not on every
                        // request that authenticates: that would void the token the page holds
                        .sessionAuthenticationStrategy(new NullAuthenticatedSessionStrategy()));
    }

    static RequestMatcher cookieAuthenticatedWrites() {
        return request -> !SAFE_METHODS.contains(request.getMethod())
                && SessionCookie.read(request).isPresent()
                && !hasBearerToken(request)
                && !request.getRequestURI().startsWith("/api/v1/public/");
    }

    private static boolean hasBearerToken(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
    }
}
