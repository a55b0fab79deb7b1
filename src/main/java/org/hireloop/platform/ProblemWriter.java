package org.hireloop.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes RFC 9457 problems, the one shape of every error this API answers: from controllers
 * (through the web layer's exception handler) and from filters and security entry points, which
 * run before any controller.
 */
@Component
public class ProblemWriter {

    public static final String PROBLEM_JSON = "application/problem+json";
    public static final String TRACE_ID = "trace_id";
    private static final String TYPE_PREFIX = "urn:hireloop:problem:";

    private final JsonMapper json;

    ProblemWriter(JsonMapper json) {
        this.json = json;
    }

    /** The problem body: type, title, status, detail, instance, trace_id and field errors. */
    public static Map<String, Object> body(
            int status, String type, String title, String detail, String instance, List<FieldError> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_PREFIX + type);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.put("instance", instance);
        body.put(TRACE_ID, currentTraceId());
        if (!errors.isEmpty()) {
            body.put(
                    "errors",
                    errors.stream()
                            .map(e -> {
                                Map<String, String> error = new LinkedHashMap<>();
                                error.put("field", e.field());
                                error.put("message", e.message());
                                return error;
                            })
                            .toList());
        }
        return body;
    }

    public static Map<String, Object> body(ProblemException problem, String instance) {
        return body(problem.status(), problem.type(), problem.title(), problem.detail(), instance, problem.errors());
    }

    public void write(HttpServletRequest request, HttpServletResponse response, ProblemException problem)
            throws IOException {
        problem.headers().forEach(response::setHeader);
        write(response, problem.status(), body(problem, request.getRequestURI()));
    }

    public void write(HttpServletResponse response, int status, Map<String, Object> body) throws IOException {
        response.setStatus(status);
        response.setContentType(PROBLEM_JSON);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), body);
    }

    private static @Nullable String currentTraceId() {
        return MDC.get(TRACE_ID);
    }
}
