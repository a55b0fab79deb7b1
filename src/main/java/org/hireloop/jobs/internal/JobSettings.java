package org.hireloop.jobs.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of job postings.
 *
 * @param demoData load the sample job descriptions into the bootstrap organization at start
 * @param defaultValidity how long a published job stays valid (schema.org validThrough) when it sets no date
 */
@ConfigurationProperties("hireloop.jobs")
public record JobSettings(boolean demoData, Duration defaultValidity) {}
