package org.hireloop.jobs.web;

import java.util.List;
import org.hireloop.platform.ProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * The representations of a job: JSON (default), the text format, Markdown and schema.org
 * JSON-LD, chosen by {@code ?format=} or else by the Accept header.
 */
enum JobFormat {
    JSON("json", MediaType.APPLICATION_JSON),
    TEXT("text", new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8)),
    MARKDOWN("markdown", new MediaType("text", "markdown", java.nio.charset.StandardCharsets.UTF_8)),
    JSONLD("jsonld", new MediaType("application", "ld+json"));

    private final String parameter;
    private final MediaType mediaType;

    JobFormat(String parameter, MediaType mediaType) {
        this.parameter = parameter;
        this.mediaType = mediaType;
    }

    MediaType mediaType() {
        return mediaType;
    }

    static JobFormat choose(@Nullable String format, @Nullable String accept) {
        if (format != null) {
            for (JobFormat candidate : values()) {
                if (candidate.parameter.equalsIgnoreCase(format)) {
                    return candidate;
                }
            }
            throw new ProblemException.InvalidRequest("format", "must be one of json, text, markdown, jsonld");
        }
        if (accept == null || accept.isBlank()) {
            return JSON;
        }
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            throw new ProblemException.InvalidRequest("Accept", "is not a valid media type list");
        }
        accepted = new java.util.ArrayList<>(accepted);
        accepted.sort(
                java.util.Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        for (MediaType wanted : accepted) {
            for (JobFormat candidate : values()) {
                if (wanted.includes(candidate.mediaType) && wanted.getQualityValue() > 0) {
                    return candidate;
                }
            }
        }
        throw new NotAcceptable(accept);
    }

    static final class NotAcceptable extends ProblemException {
        NotAcceptable(String accept) {
            super(
                    406,
                    "not-acceptable",
                    "Not acceptable",
                    "cannot answer " + accept
                            + "; a job is available as application/json, text/plain, text/markdown and application/ld+json",
                    List.of());
        }
    }
}
