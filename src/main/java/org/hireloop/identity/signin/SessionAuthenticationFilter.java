package org.hireloop.identity.signin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hireloop.identity.ApiPrincipal;
import org.hireloop.platform.ProblemWriter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request by its session cookie, after the bearer token filter (a bearer token
 * wins). The public API stays anonymous. A session that may only enrol two-factor authentication
 * reaches the enrolment and session endpoints, nothing else.
 */
class SessionAuthenticationFilter extends OncePerRequestFilter {

    /** What a session of a member who must enrol two-factor authentication first may call. */
    static final Set<String> WHILE_ENROLLING = Set.of(
            "GET /api/v1/session", "DELETE /api/v1/session", "POST /api/v1/mfa/totp", "POST /api/v1/mfa/totp/confirm");

    private final Sessions sessions;
    private final SessionCookie cookie;
    private final ProblemWriter problems;

    SessionAuthenticationFilter(Sessions sessions, SessionCookie cookie, ProblemWriter problems) {
        this.sessions = sessions;
        this.cookie = cookie;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication existing = SecurityContextHolder.getContext().getAuthentication();
        Optional<String> secret = SessionCookie.read(request);
        if (existing != null || secret.isEmpty() || request.getRequestURI().startsWith("/api/v1/public/")) {
            chain.doFilter(request, response);
            return;
        }
        Optional<CurrentSession> session = sessions.authenticate(secret.get());
        if (session.isEmpty()) {
            cookie.clear(request, response);
            chain.doFilter(request, response);
            return;
        }
        if (session.get().enrolmentOnly()
                && !WHILE_ENROLLING.contains(request.getMethod() + " " + request.getRequestURI())) {
            problems.write(
                    response,
                    403,
                    ProblemWriter.body(
                            403,
                            "mfa-enrolment-required",
                            "Two-factor authentication required",
                            "your organization requires two-factor authentication: enrol with POST /api/v1/mfa/totp"
                                    + " and POST /api/v1/mfa/totp/confirm first",
                            request.getRequestURI(),
                            List.of()));
            return;
        }
        request.setAttribute(CurrentSession.REQUEST_ATTRIBUTE, session.get());
        SecurityContextHolder.getContext().setAuthentication(new SessionAuthentication(session.get()));
        chain.doFilter(request, response);
    }

    static final class SessionAuthentication extends AbstractAuthenticationToken {
        private final ApiPrincipal principal;

        SessionAuthentication(CurrentSession session) {
            super(List.of(new SimpleGrantedAuthority("ROLE_" + session.role().name())));
            this.principal = session.principal();
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public ApiPrincipal getPrincipal() {
            return principal;
        }
    }
}
