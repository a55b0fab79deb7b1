package org.hireloop.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.hireloop.platform.ProblemWriter;

/** The 401 problem, with the WWW-Authenticate challenge RFC 6750 asks for. */
final class Unauthenticated {

    private Unauthenticated() {}

    static void write(ProblemWriter problems, HttpServletRequest request, HttpServletResponse response, String detail)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"hireloop\"");
        problems.write(
                response,
                401,
                ProblemWriter.body(
                        401, "unauthenticated", "Unauthenticated", detail, request.getRequestURI(), List.of()));
    }
}
