package org.hireloop.identity.people;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How organizations and people come in.
 *
 * @param operatorToken the bearer token of the operator API ({@code /api/v1/operator/**}); empty
 *     turns that API off (it answers 404)
 * @param signup {@code open} lets anyone create an organization through {@code
 *     /api/v1/public/signup}; {@code closed} (the default) answers 404 there
 * @param invitations invitation links
 */
@ConfigurationProperties("hireloop")
public record PeopleSettings(
        @Nullable String operatorToken,
        @DefaultValue("closed") Signup signup,
        @DefaultValue Invitations invitations) {

    public enum Signup {
        OPEN,
        CLOSED
    }

    /**
     * @param validity how long an invitation link works
     * @param linkBaseUrl where people reach Hireloop (HIRELOOP_PUBLIC_URL); empty: http://localhost:8080
     */
    public record Invitations(
            @DefaultValue("7d") Duration validity, @Nullable String linkBaseUrl) {

        /** The address of the page that accepts an invitation with this secret. */
        String link(String secret) {
            String base = linkBaseUrl == null || linkBaseUrl.isBlank() ? "http://localhost:8080" : linkBaseUrl.strip();
            return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/invitations/" + secret;
        }
    }

    public boolean operatorApiEnabled() {
        return operatorToken != null && !operatorToken.isBlank();
    }
}
