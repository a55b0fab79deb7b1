package org.hireloop.identity;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.hireloop.platform.ProblemException;

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

    /** The scopes a request names (read, write, admin); 400 naming the field otherwise. */
    public static Set<Scope> parse(String field, Collection<String> values) {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (String value : values) {
            Scope scope = switch (value) {
                case "read" -> READ;
                case "write" -> WRITE;
                case "admin" -> ADMIN;
                default -> throw new ProblemException.InvalidRequest(field, "must name read, write or admin");
            };
            scopes.add(scope);
        }
        return scopes;
    }
}
