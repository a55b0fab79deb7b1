package org.hireloop.identity.people;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import org.hireloop.platform.ProblemWriter;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates the operator API with {@code Authorization: Bearer <HIRELOOP_OPERATOR_TOKEN>},
 * compared in constant time (over hashes, so not even the length leaks). Without a configured
 * token the operator API does not exist: 404. Organizations' API tokens mean nothing here.
 */
class OperatorTokenFilter extends OncePerRequestFilter {

    static final String OPERATOR = "operator";

    private final byte @Nullable [] expected;
    private final ProblemWriter problems;

    OperatorTokenFilter(@Nullable String operatorToken, ProblemWriter problems) {
        this.expected = operatorToken == null || operatorToken.isBlank() ? null : sha256(operatorToken);
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (expected == null) {
            problems.write(
                    response,
                    404,
                    ProblemWriter.body(
                            404, "not-found", "Not found", "no such resource", request.getRequestURI(), List.of()));
            return;
        }
        String header = request.getHeader("Authorization");
        if (header != null
                && header.regionMatches(true, 0, "Bearer ", 0, 7)
                && MessageDigest.isEqual(expected, sha256(header.substring(7).trim()))) {
            SecurityContextHolder.getContext()
                    .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                            OPERATOR, null, List.of(new SimpleGrantedAuthority("ROLE_OPERATOR"))));
        }
        chain.doFilter(request, response);
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
