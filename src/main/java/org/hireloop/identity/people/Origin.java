package org.hireloop.identity.people;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

/**
 * Who asks, for the audit log of changes made without an organization's credential (operators,
 * sign-up, accepting an invitation, the command line): never a name or an email.
 *
 * @param actorType "operator" (the operator API and the command line) or "anonymous"
 */
public record Origin(
        String actorType,
        @Nullable String address,
        @Nullable String userAgent) {

    public static Origin of(String actorType, HttpServletRequest request) {
        return new Origin(actorType, request.getRemoteAddr(), request.getHeader("User-Agent"));
    }

    public static Origin commandLine() {
        return new Origin("operator", null, null);
    }
}
