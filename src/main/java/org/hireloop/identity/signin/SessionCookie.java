package org.hireloop.identity.signin;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.stereotype.Component;

/**
 * The session cookie: HttpOnly (no script reads it), SameSite=Lax (not sent on cross-site
 * writes), Secure over TLS, and gone when the session's lifetime ends. Starting a session also
 * renews the CSRF token, so a token planted before sign-in is worthless after it.
 */
@Component
public class SessionCookie {

    public static final String NAME = "hireloop_session";

    private final SignInSettings settings;
    private final CsrfTokenRepository csrfTokens;
    private final Clock clock;

    SessionCookie(SignInSettings settings, CsrfTokenRepository csrfTokens, Clock clock) {
        this.settings = settings;
        this.csrfTokens = csrfTokens;
        this.clock = clock;
    }

    public static Optional<String> read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (NAME.equals(cookie.getName()) && !cookie.getValue().isBlank()) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    public void write(HttpServletRequest request, HttpServletResponse response, Sessions.NewSession session) {
        Duration left = Duration.between(clock.instant(), session.expiresAt());
        response.addHeader(HttpHeaders.SET_COOKIE, cookie(request, session.secret(), left));
        csrfTokens.saveToken(csrfTokens.generateToken(request), request, response);
    }

    public void clear(HttpServletRequest request, HttpServletResponse response) {
        response.addHeader(HttpHeaders.SET_COOKIE, cookie(request, "", Duration.ZERO));
    }

    /** Makes sure the browser has a CSRF token to echo in X-XSRF-TOKEN. */
    public void ensureCsrfToken(HttpServletRequest request, HttpServletResponse response) {
        if (csrfTokens.loadToken(request) == null) {
            CsrfToken token = csrfTokens.generateToken(request);
            csrfTokens.saveToken(token, request, response);
        }
    }

    private String cookie(HttpServletRequest request, String value, Duration maxAge) {
        return ResponseCookie.from(NAME, value)
                .httpOnly(true)
                .secure(secure(request))
                .sameSite("Lax")
                .path("/")
                .maxAge(maxAge)
                .build()
                .toString();
    }

    private boolean secure(HttpServletRequest request) {
        return switch (settings.cookieSecure()) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> request.isSecure();
        };
    }
}
