package org.hireloop.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Map;
import org.hireloop.platform.FieldError;
import org.hireloop.platform.JsonProblems;
import org.hireloop.platform.ProblemException;
import org.hireloop.platform.ProblemWriter;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * The one place where exceptions become RFC 9457 problems. A client mistake gets a 4xx that
 * names what is wrong; anything else is a 500 that says nothing of the internals and is logged
 * with its trace id.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<Object> problem(ProblemException problem, HttpServletRequest request) {
        HttpHeaders headers = new HttpHeaders();
        problem.headers().forEach(headers::set);
        return ResponseEntity.status(problem.status())
                .headers(headers)
                .contentType(MediaType.parseMediaType(ProblemWriter.PROBLEM_JSON))
                .body(ProblemWriter.body(problem, request.getRequestURI()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        String name = e.getName();
        return invalid(request, List.of(new FieldError(name, "is not a valid " + describe(e.getRequiredType()))));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException e, HttpServletRequest request) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(
                        FieldError.apiName(lastNode(v.getPropertyPath().toString())), v.getMessage()))
                .toList();
        return invalid(request, errors);
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            MaxUploadSizeExceededException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        long limit = e.getMaxUploadSize() > 0 ? e.getMaxUploadSize() : 10 << 20;
        return problem(new BodyTooLarge(limit), servletRequest(request));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> accessDenied(AccessDeniedException e, HttpServletRequest request) {
        return respond(
                403,
                ProblemWriter.body(
                        403,
                        "forbidden",
                        "Forbidden",
                        e.getMessage() == null ? "your role does not allow this action" : e.getMessage(),
                        request.getRequestURI(),
                        List.of()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected failure of {} {}", request.getMethod(), request.getRequestURI(), e);
        return respond(
                500,
                ProblemWriter.body(
                        500,
                        "internal",
                        "Internal error",
                        "something failed on our side; quote the trace_id when you report it",
                        request.getRequestURI(),
                        List.of()));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldError(FieldError.apiName(f.getField()), f.getDefaultMessage()))
                .toList();
        return invalid(servletRequest(request), errors);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(err -> new FieldError(
                                FieldError.apiName(r.getMethodParameter().getParameterName()),
                                err.getDefaultMessage())))
                .toList();
        return invalid(servletRequest(request), errors);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        HttpServletRequest servlet = servletRequest(request);
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLarge.Signal tooLarge) {
                return problem(new BodyTooLarge(tooLarge.limit), servlet);
            }
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson) {
                return problem(JsonProblems.invalidBody(jackson), servlet);
            }
        }
        return respond(
                400,
                ProblemWriter.body(
                        400,
                        "malformed-body",
                        "Malformed body",
                        "the request body is not valid JSON of the expected shape",
                        servlet.getRequestURI(),
                        List.of()));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, @Nullable Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = body instanceof ProblemDetail problem && problem.getDetail() != null
                ? problem.getDetail()
                : e.getMessage();
        String title =
                body instanceof ProblemDetail problem && problem.getTitle() != null ? problem.getTitle() : "Error";
        Map<String, Object> problemBody = ProblemWriter.body(
                status.value(),
                slug(title),
                title,
                detail == null ? title : detail,
                servletRequest(request).getRequestURI(),
                List.of());
        return ResponseEntity.status(status)
                .headers(withoutContentType(headers))
                .contentType(MediaType.parseMediaType(ProblemWriter.PROBLEM_JSON))
                .body(problemBody);
    }

    private static HttpHeaders withoutContentType(HttpHeaders headers) {
        HttpHeaders copy = new HttpHeaders();
        copy.putAll(headers);
        copy.remove(HttpHeaders.CONTENT_TYPE);
        return copy;
    }

    private ResponseEntity<Object> invalid(HttpServletRequest request, List<FieldError> errors) {
        String detail = errors.stream()
                .map(e -> e.field() + " " + e.message())
                .reduce((a, b) -> a + "; " + b)
                .orElse("the request is invalid");
        return respond(
                400,
                ProblemWriter.body(400, "invalid-request", "Invalid request", detail, request.getRequestURI(), errors));
    }

    private static ResponseEntity<Object> respond(int status, Map<String, Object> body) {
        return ResponseEntity.status(status)
                .contentType(MediaType.parseMediaType(ProblemWriter.PROBLEM_JSON))
                .body(body);
    }

    private static HttpServletRequest servletRequest(WebRequest request) {
        return ((ServletWebRequest) request).getRequest();
    }

    private static String describe(@Nullable Class<?> type) {
        if (type == null) {
            return "value";
        }
        return switch (type.getSimpleName()) {
            case "UUID" -> "id (a UUID)";
            case "Integer", "int", "Long", "long" -> "whole number";
            default ->
                type.isEnum()
                        ? "value: one of "
                                + List.of(type.getEnumConstants()).toString().toLowerCase()
                        : type.getSimpleName();
        };
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    private static String slug(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
