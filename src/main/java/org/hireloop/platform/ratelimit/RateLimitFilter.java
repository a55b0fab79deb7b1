package org.hireloop.platform.ratelimit;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import org.hireloop.platform.ProblemWriter;
import org.hireloop.platform.TenantPrincipal;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits the API: the public endpoints per client address ({@code request.getRemoteAddr()}: set
 * {@code server.forward-headers-strategy} behind a trusted proxy), every other call per API
 * token. Runs after Spring Security, which has refused anonymous calls outside the public API by
 * then. A refused request gets 429 with {@code Retry-After}. If the buckets cannot be reached, the
 * request passes: the limits protect the service, they must not take it down.
 */
final class RateLimitFilter extends OncePerRequestFilter {

    static final String PUBLIC = "public";
    static final String API = "api";
    private static final String PUBLIC_PATH = "/api/v1/public/";
    private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);

    private final RateLimiter limiter;
    private final RateLimitSettings settings;
    private final ProblemWriter problems;
    private final MeterRegistry meters;
    private final AtomicLong lastFailureLogged = new AtomicLong();

    RateLimitFilter(RateLimiter limiter, RateLimitSettings settings, ProblemWriter problems, MeterRegistry meters) {
        this.limiter = limiter;
        this.settings = settings;
        this.problems = problems;
        this.meters = meters;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Target target = targetOf(request);
        Consumption consumption = target == null ? null : consume(target);
        if (target == null || consumption == null || consumption.allowed()) {
            chain.doFilter(request, response);
            return;
        }
        meters.counter("hireloop.rate.limit.refused", "limit", target.limit()).increment();
        log.debug(
                "Refused {} {}: over the {} rate limit", request.getMethod(), request.getRequestURI(), target.limit());
        String what =
                target.what() + " (at most " + settings.limit(target.limit()).describe() + ")";
        problems.write(request, response, new RateLimited(what, consumption.retryAfterSeconds()));
    }

    private @Nullable Target targetOf(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith(PUBLIC_PATH)) {
            return new Target(
                    PUBLIC, ClientAddress.of(request), "too many requests to the public API from your address");
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof TenantPrincipal principal) {
            return new Target(API, principal.subject(), "too many requests with this API token");
        }
        return null;
    }

    private @Nullable Consumption consume(Target target) {
        try {
            return limiter.tryConsume(target.limit(), target.key());
        } catch (RuntimeException e) {
            long now = System.currentTimeMillis();
            long last = lastFailureLogged.get();
            if (now - last > 60_000 && lastFailureLogged.compareAndSet(last, now)) {
                log.warn("Rate limits are not applied: their buckets cannot be reached ({})", e.toString());
            }
            return null;
        }
    }

    /** The limit to apply, the key of its bucket, and what is limited, as the caller reads it. */
    private record Target(String limit, String key, String what) {}
}
