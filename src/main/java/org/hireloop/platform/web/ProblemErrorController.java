package org.hireloop.platform.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.hireloop.platform.ProblemWriter;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors that never reached a controller (the servlet container's own) answer as problems too,
 * without the default error page's internals.
 */
@RestController
@Hidden
class ProblemErrorController implements ErrorController {

    @RequestMapping("/error")
    ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value ? value : 500;
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String detail = status >= 500 ? "something failed on our side; quote the trace_id when you report it" : title;
        return ResponseEntity.status(status)
                .contentType(MediaType.parseMediaType(ProblemWriter.PROBLEM_JSON))
                .body(ProblemWriter.body(
                        status,
                        title.toLowerCase().replace(' ', '-'),
                        title,
                        detail,
                        uri == null ? "/error" : uri.toString(),
                        List.of()));
    }
}
