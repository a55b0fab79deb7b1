package org.hireloop.identity;

/**
 * What an API token may do at most, whatever its member's role allows: read only, read and write,
 * or also administer (people, tokens, settings, audit). Sessions of signed-in people carry all.
 */
public enum Scope {
    READ,
    WRITE,
    ADMIN;

    public String dbValue() {
        return name().toLowerCase();
    }

    public static Scope fromDb(String value) {
        return valueOf(value.toUpperCase());
    }
}
