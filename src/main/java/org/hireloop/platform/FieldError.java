package org.hireloop.platform;

/** One field of a request that is wrong, and what is wrong with it, as a person can act on it. */
public record FieldError(String field, String message) {}
