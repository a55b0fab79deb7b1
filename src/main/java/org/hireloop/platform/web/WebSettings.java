package org.hireloop.platform.web;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The API's limits and conventions.
 *
 * @param maxJsonBody largest request body that is not a file upload (413 above it)
 * @param maxUploadBody largest multipart upload (413 above it)
 * @param idempotencyTtl how long an Idempotency-Key and its first answer are kept
 * @param publicBaseUrl the address people reach Hireloop at, for links in exports and the start message
 */
@ConfigurationProperties("hireloop.web")
record WebSettings(
        DataSize maxJsonBody,
        DataSize maxUploadBody,
        Duration idempotencyTtl,
        @Nullable String publicBaseUrl) {}
