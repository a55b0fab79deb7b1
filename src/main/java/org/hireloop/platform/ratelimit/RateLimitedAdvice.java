package org.hireloop.platform.ratelimit;

import jakarta.servlet.http.HttpServletRequest;
import org.hireloop.platform.ProblemWriter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A {@link RateLimited} thrown by a controller (sign-in, password reset) becomes the same problem
 * as any other, plus the {@code Retry-After} header that the general problem handler does not
 * know about. Ordered before it, so this handler wins for this one exception.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RateLimitedAdvice {

    @ExceptionHandler(RateLimited.class)
    ResponseEntity<Object> rateLimited(RateLimited problem, HttpServletRequest request) {
        return ResponseEntity.status(problem.status())
                .header(HttpHeaders.RETRY_AFTER, Long.toString(problem.retryAfterSeconds()))
                .contentType(MediaType.parseMediaType(ProblemWriter.PROBLEM_JSON))
                .body(ProblemWriter.body(problem, request.getRequestURI()));
    }
}
