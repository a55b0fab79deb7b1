package org.hireloop.jobs.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import org.hireloop.platform.FieldError;
import org.hireloop.platform.JsonProblems;
import org.hireloop.platform.ProblemException;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON merge patch (RFC 7386): the patch's members replace the document's, {@code null} removes
 * one, objects merge recursively. The result is read back into the request type, so unknown
 * fields and wrong types are refused as in a create, and validated the same way.
 */
@Component
class MergePatch {

    private final JsonMapper json;
    private final Validator validator;

    MergePatch(JsonMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    <T> T apply(T current, byte[] patch, Class<T> type) {
        JsonNode patchNode;
        try {
            patchNode = json.readTree(patch);
        } catch (JacksonException e) {
            throw new ProblemException.InvalidRequest("body", "is not valid JSON");
        }
        if (patchNode == null || !patchNode.isObject()) {
            throw new ProblemException.InvalidRequest("body", "a merge patch of a job must be a JSON object");
        }
        JsonNode merged = merge(json.valueToTree(current), patchNode);
        T result;
        try {
            result = json.treeToValue(merged, type);
        } catch (JacksonException e) {
            throw JsonProblems.invalidBody(e); // the same answer a create gets for the same mistake
        }
        Set<ConstraintViolation<T>> violations = validator.validate(result);
        if (!violations.isEmpty()) {
            List<FieldError> errors = violations.stream()
                    .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                    .toList();
            throw new ProblemException.InvalidRequest("the patched job is invalid", errors);
        }
        return result;
    }

    static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject()
                ? ((ObjectNode) target).deepCopy()
                : JsonMapper.shared().createObjectNode();
        for (var entry : patch.properties()) {
            if (entry.getValue().isNull()) {
                result.remove(entry.getKey());
            } else {
                result.set(entry.getKey(), merge(result.get(entry.getKey()), entry.getValue()));
            }
        }
        return result;
    }
}
