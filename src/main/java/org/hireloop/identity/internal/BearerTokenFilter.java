package org.hireloop.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.hireloop.identity.ApiPrincipal;
import org.hireloop.platform.ProblemWriter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <token>}. A request without the header goes on
 * anonymous (the security rules refuse it outside the public API); a header with an unknown,
 * expired or revoked token is refused at once with 401, even on public endpoints, so a client learns that its
 * token is wrong.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private final TokenService tokens;
    private final ProblemWriter problems;

    BearerTokenFilter(TokenService tokens, ProblemWriter problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        var principal = tokens.authenticate(header.substring(7).trim(), request.getRemoteAddr());
        if (principal.isEmpty()) {
            Unauthenticated.write(problems, request, response, "the API token is unknown, expired or revoked");
            return;
        }
        SecurityContextHolder.getContext().setAuthentication(new TokenAuthentication(principal.get()));
        chain.doFilter(request, response);
    }

    static final class TokenAuthentication extends AbstractAuthenticationToken {
        private final ApiPrincipal principal;

        TokenAuthentication(ApiPrincipal principal) {
            super(List.of(new SimpleGrantedAuthority("ROLE_" + principal.role().name())));
            this.principal = principal;
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
