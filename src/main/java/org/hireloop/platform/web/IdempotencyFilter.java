package org.hireloop.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.UUID;
import org.hireloop.platform.ProblemException;
import org.hireloop.platform.ProblemWriter;
import org.hireloop.platform.TenantPrincipal;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on POST: the first answer (below 500) to a key is stored with a hash of
 * the request and replayed for the same key and request within the TTL; the same key with another
 * request is refused with 422, and a key whose first request is still running with 409. Keys are
 * scoped to the caller, so two clients cannot collide.
 */
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    private static final UUID ANONYMOUS_ORG = new UUID(0, 0);

    private final IdempotencyStore store;
    private final ProblemWriter problems;
    private final WebSettings settings;

    IdempotencyFilter(IdempotencyStore store, ProblemWriter problems, WebSettings settings) {
        this.store = store;
        this.problems = problems;
        this.settings = settings;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER).trim();
        if (key.isEmpty() || key.length() > 255) {
            problems.write(
                    request,
                    response,
                    new ProblemException.InvalidRequest(HEADER, "must be between 1 and 255 characters"));
            return;
        }
        HttpServletRequest readable = isMultipart(request) ? request : new CachedBodyRequest(request);
        byte[] hash = hash(readable);
        IdempotencyStore.Scope scope = scopeOf(key);
        if (store.claim(scope, hash, settings.idempotencyTtl())) {
            runAndStore(readable, response, chain, scope);
            return;
        }
        var stored = store.find(scope);
        if (stored.isEmpty()) { // expired and removed between the two statements: run it anew
            runAndStore(readable, response, chain, scope);
        } else if (!Arrays.equals(stored.get().requestHash(), hash)) {
            problems.write(
                    request,
                    response,
                    new ProblemException.UnprocessableContent(
                            "idempotency-key-reused",
                            "this Idempotency-Key was used with another request; use a new key for a new request",
                            java.util.List.of()));
        } else if (!stored.get().completed()) {
            problems.write(
                    request,
                    response,
                    new ProblemException.StateConflict(
                            "idempotency-key-in-progress",
                            "the first request with this Idempotency-Key is still running; retry later"));
        } else {
            replay(stored.get(), response);
        }
    }

    private void runAndStore(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain, IdempotencyStore.Scope scope)
            throws ServletException, IOException {
        ContentCachingResponseWrapper caching = new ContentCachingResponseWrapper(response);
        boolean stored = false;
        try {
            chain.doFilter(request, caching);
            if (caching.getStatus() < 500) {
                store.complete(
                        scope,
                        caching.getStatus(),
                        caching.getContentType(),
                        caching.getHeader(HttpHeaders.LOCATION),
                        caching.getHeader(HttpHeaders.ETAG),
                        caching.getContentAsByteArray());
                stored = true;
            }
        } finally {
            if (!stored) {
                store.release(scope);
            }
            caching.copyBodyToResponse();
        }
    }

    private static void replay(IdempotencyStore.StoredKey stored, HttpServletResponse response) throws IOException {
        response.setStatus(stored.status());
        response.setHeader(REPLAYED, "true");
        if (stored.contentType() != null) {
            response.setContentType(stored.contentType());
        }
        if (stored.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, stored.location());
        }
        if (stored.etag() != null) {
            response.setHeader(HttpHeaders.ETAG, stored.etag());
        }
        if (stored.body() != null) {
            response.getOutputStream().write(stored.body());
        }
    }

    private static IdempotencyStore.Scope scopeOf(String key) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof TenantPrincipal principal) {
            return new IdempotencyStore.Scope(principal.orgId().value(), principal.subject(), key);
        }
        return new IdempotencyStore.Scope(ANONYMOUS_ORG, "anonymous", key);
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase().startsWith("multipart/");
    }

    /** The same method, path, query, content type and body give the same hash. */
    private static byte[] hash(HttpServletRequest request) throws IOException, ServletException {
        MessageDigest digest = sha256();
        digest.update((request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString() + "\n")
                .getBytes(StandardCharsets.UTF_8));
        if (isMultipart(request)) {
            for (Part part : request.getParts()) {
                digest.update(
                        (part.getName() + "\0" + part.getSubmittedFileName() + "\0").getBytes(StandardCharsets.UTF_8));
                try (InputStream in = part.getInputStream()) {
                    digest.update(in.readAllBytes());
                }
            }
        } else {
            digest.update(String.valueOf(request.getContentType()).getBytes(StandardCharsets.UTF_8));
            digest.update(((CachedBodyRequest) request).body);
        }
        return digest.digest();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** A request whose body was read once, for the hash, and can be read again by the handler. */
    private static final class CachedBodyRequest extends HttpServletRequestWrapper {
        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request) throws IOException {
            super(request);
            this.body = request.getInputStream().readAllBytes();
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already in memory");
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
