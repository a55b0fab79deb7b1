package org.hireloop.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hireloop.platform.Action;
import org.hireloop.platform.AuditEvent;
import org.hireloop.platform.AuditRecorder;
import org.hireloop.platform.ProblemWriter;
import org.hireloop.platform.TenantPrincipal;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ContentCachingRequestWrapper;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every authenticated write request is one transaction, and leaves exactly one audit entry in it:
 * the change and its record are committed together or not at all. A request answered with an
 * error rolls back. The answer is held back until the commit, so a client never sees a success
 * that was not stored.
 */
class AuditedWriteFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AuditedWriteFilter.class);

    private final TransactionTemplate transactions;
    private final AuditRecorder recorder;
    private final ProblemWriter problems;
    private final JsonMapper json;
    private final Clock clock;
    private final int maxBody;

    AuditedWriteFilter(
            TransactionTemplate transactions,
            AuditRecorder recorder,
            ProblemWriter problems,
            JsonMapper json,
            Clock clock,
            int maxBody) {
        this.transactions = transactions;
        this.recorder = recorder;
        this.problems = problems;
        this.json = json;
        this.clock = clock;
        this.maxBody = maxBody;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return switch (request.getMethod()) {
            case "POST", "PUT", "PATCH", "DELETE" -> principal() == null;
            default -> true;
        };
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException {
        ContentCachingRequestWrapper cachingRequest = new ContentCachingRequestWrapper(request, maxBody);
        ContentCachingResponseWrapper cachingResponse = new ContentCachingResponseWrapper(response);
        try {
            transactions.executeWithoutResult(status -> {
                run(chain, cachingRequest, cachingResponse);
                if (cachingResponse.getStatus() >= 400) {
                    status.setRollbackOnly();
                } else {
                    recorder.record(event(cachingRequest, cachingResponse));
                }
            });
        } catch (RuntimeException e) {
            log.error("A write request failed at commit: {} {}", request.getMethod(), request.getRequestURI(), e);
            cachingResponse.resetBuffer();
            cachingResponse.setHeader(HttpHeaders.LOCATION, null);
            cachingResponse.setHeader(HttpHeaders.ETAG, null);
            problems.write(
                    cachingResponse,
                    500,
                    ProblemWriter.body(
                            500,
                            "internal",
                            "Internal error",
                            "the change could not be stored; nothing was changed. Quote the trace_id when you report it",
                            request.getRequestURI(),
                            List.of()));
        }
        cachingResponse.copyBodyToResponse();
    }

    private static void run(FilterChain chain, HttpServletRequest request, HttpServletResponse response) {
        try {
            chain.doFilter(request, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ServletException e) {
            throw new IllegalStateException(e);
        }
    }

    private AuditEvent event(ContentCachingRequestWrapper request, ContentCachingResponseWrapper response) {
        TenantPrincipal caller = principal();
        String action = request.getAttribute(Action.REQUEST_ATTRIBUTE) instanceof String named
                ? named
                : request.getMethod().toLowerCase() + " " + request.getRequestURI();
        String subject = caller.subject();
        int colon = subject.indexOf(':');
        return new AuditEvent(
                caller.orgId(),
                colon < 0 ? subject : subject.substring(0, colon),
                colon < 0 ? null : subject.substring(colon + 1),
                action,
                action.contains(".") ? action.substring(0, action.indexOf('.')) : null,
                targetId(request, response),
                request.getRemoteAddr(),
                request.getHeader(HttpHeaders.USER_AGENT),
                clock.instant(),
                changedFields(request));
    }

    /** The {id} of the path, or for a create the id at the end of the Location it answered. */
    private static @Nullable String targetId(HttpServletRequest request, HttpServletResponse response) {
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables
                && variables.get("id") instanceof String id) {
            return id;
        }
        String location = response.getHeader(HttpHeaders.LOCATION);
        return location == null ? null : location.substring(location.lastIndexOf('/') + 1);
    }

    /** The names of the top-level fields a JSON body set: never their values. */
    private List<String> changedFields(ContentCachingRequestWrapper request) {
        String type = request.getContentType();
        byte[] body = request.getContentAsByteArray();
        if (type == null || !type.contains("json") || body.length == 0) {
            return List.of();
        }
        try {
            JsonNode tree = json.readTree(body);
            return tree != null && tree.isObject() ? new ArrayList<>(tree.propertyNames()) : List.of();
        } catch (JacksonException e) {
            return List.of();
        }
    }

    private static TenantPrincipal principal() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof TenantPrincipal principal
                ? principal
                : null;
    }
}
