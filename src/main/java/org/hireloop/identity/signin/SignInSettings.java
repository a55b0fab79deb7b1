package org.hireloop.identity.signin;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How people sign in.
 *
 * @param sessionIdleTimeout a session unused this long ends
 * @param sessionLifetime a session ends this long after sign-in, however much it is used
 * @param cookieSecure when the session cookie is marked {@code Secure}: {@code auto} (when the
 *     request came over TLS, as seen through {@code server.forward-headers-strategy}), {@code always}
 *     or {@code never}
 * @param passwordResetValidity how long a password reset link works
 * @param publicUrl the address people reach Hireloop at, for links in emails (never taken from the
 *     request's Host header, which a caller chooses)
 * @param oidc OpenID Connect sign-in; off when its issuer is empty
 */
@ConfigurationProperties("hireloop.sign-in")
public record SignInSettings(
        Duration sessionIdleTimeout,
        Duration sessionLifetime,
        CookieSecure cookieSecure,
        Duration passwordResetValidity,
        String publicUrl,
        Oidc oidc) {

    public enum CookieSecure {
        AUTO,
        ALWAYS,
        NEVER
    }

    /**
     * One OpenID Connect provider.
     *
     * @param issuer the provider's issuer URL (its discovery document is read on first use)
     * @param clientId Hireloop's client id at the provider
     * @param clientSecret Hireloop's client secret at the provider
     */
    public record Oidc(String issuer, String clientId, String clientSecret) {
        public boolean enabled() {
            return issuer != null && !issuer.isBlank();
        }
    }

    public String publicUrl() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }
}
