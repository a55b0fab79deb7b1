package org.hireloop.platform;

import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns Jackson's refusal of a request body into a 400 that names the field, whether the body
 * came through a message converter or through a merge patch.
 */
public final class JsonProblems {

    private JsonProblems() {}

    public static ProblemException.InvalidRequest invalidBody(JacksonException e) {
        String field = pathOf(e);
        String message;
        if (e instanceof UnrecognizedPropertyException) {
            message = "is not a known field";
        } else if (e.getCause() instanceof NullPointerException missing
                && missing.getMessage() != null
                && missing.getMessage().matches("[a-zA-Z]+")) {
            // a record's compact constructor named the required component it did not get
            field = (field.equals("body") ? "" : field + ".") + FieldError.apiName(missing.getMessage());
            message = "is required";
        } else if (e.getCause() instanceof IllegalArgumentException rule && rule.getMessage() != null) {
            message = "is invalid: " + rule.getMessage();
        } else if (e.getPath().isEmpty()) {
            return new ProblemException.InvalidRequest(
                    "the request body is not valid JSON of the expected shape",
                    List.of(new FieldError("body", "is malformed")));
        } else {
            message = "has the wrong type or format";
        }
        return new ProblemException.InvalidRequest(field + " " + message, List.of(new FieldError(field, message)));
    }

    /** The JSON path of the refused field, as "salary.min" or "tags[2]". */
    static String pathOf(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}
