package org.hireloop.search.corpus;

/**
 * A generated organization: its board's slug ("acme-robotics"), display name, industry (a tag
 * of its jobs) and the country most of its jobs are in.
 */
public record GeneratedOrganization(int index, String slug, String name, String industry, String homeCountry) {}
