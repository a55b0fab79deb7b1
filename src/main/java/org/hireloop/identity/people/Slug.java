package org.hireloop.identity.people;

import java.util.Set;
import java.util.regex.Pattern;
import org.hireloop.platform.ProblemException;

/**
 * The name of an organization in addresses ({@code /api/v1/public/orgs/{slug}/jobs}): lower-case
 * letters, digits and inner hyphens, 2 to 63 characters, and none of the words the platform keeps
 * for itself. Once taken it is never given out again, even after the organization is deleted.
 */
public record Slug(String value) {

    private static final Pattern FORMAT = Pattern.compile("^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])$");

    static final Set<String> RESERVED = Set.of(
            "about",
            "account",
            "accounts",
            "admin",
            "administrator",
            "api",
            "app",
            "apps",
            "assets",
            "auth",
            "billing",
            "blog",
            "careers",
            "cdn",
            "dashboard",
            "demo-data",
            "dev",
            "docs",
            "help",
            "hireloop",
            "internal",
            "jobs",
            "login",
            "logout",
            "mail",
            "me",
            "new",
            "null",
            "oauth",
            "operator",
            "org",
            "orgs",
            "public",
            "root",
            "security",
            "settings",
            "signin",
            "signup",
            "sso",
            "static",
            "status",
            "support",
            "system",
            "test",
            "undefined",
            "www");

    public Slug {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new ProblemException.InvalidRequest(
                    "slug", "use 2 to 63 lower-case letters, digits and hyphens, not starting or ending with a hyphen");
        }
        if (RESERVED.contains(value)) {
            throw new ProblemException.InvalidRequest("slug", "'" + value + "' is reserved; choose another");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
