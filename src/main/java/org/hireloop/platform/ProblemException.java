package org.hireloop.platform;

import java.util.List;
import java.util.Map;

/**
 * A failure the caller can act on. Modules name their failures as facts by extending one of the
 * subclasses ({@link ResourceNotFound}, {@link StateConflict}, ...); the web layer turns every
 * one of them into an RFC 9457 problem in one place.
 */
public abstract class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<FieldError> errors;

    protected ProblemException(int status, String type, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public int status() {
        return status;
    }

    /** Short slug naming the kind of problem, for example "not-found". */
    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String detail() {
        String message = getMessage();
        return message == null ? title : message;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** Headers the answer carries besides the problem body, for example Retry-After. */
    public Map<String, String> headers() {
        return Map.of();
    }

    /** The thing asked for does not exist, or belongs to another organization. */
    public static class ResourceNotFound extends ProblemException {
        public ResourceNotFound(String detail) {
            super(404, "not-found", "Not found", detail, List.of());
        }
    }

    /** The request is valid but the resource's current state does not allow it. */
    public static class StateConflict extends ProblemException {
        public StateConflict(String type, String detail) {
            super(409, type, "Conflict", detail, List.of());
        }
    }

    /** The request itself is malformed: a parameter or field has a wrong value. */
    public static class InvalidRequest extends ProblemException {
        public InvalidRequest(String detail, List<FieldError> errors) {
            super(400, "invalid-request", "Invalid request", detail, errors);
        }

        public InvalidRequest(String field, String message) {
            this(field + ": " + message, List.of(new FieldError(field, message)));
        }
    }

    /** The request is well formed but its content cannot be processed (a malformed document). */
    public static class UnprocessableContent extends ProblemException {
        public UnprocessableContent(String type, String detail, List<FieldError> errors) {
            super(422, type, "Unprocessable content", detail, errors);
        }
    }

    /** The If-Match header names a version that is not the current one. */
    public static class PreconditionFailed extends ProblemException {
        public PreconditionFailed(String detail) {
            super(412, "precondition-failed", "Precondition failed", detail, List.of());
        }
    }

    /** A conditional request was required but came without If-Match. */
    public static class PreconditionRequired extends ProblemException {
        public PreconditionRequired(String detail) {
            super(428, "precondition-required", "Precondition required", detail, List.of());
        }
    }
}
