package org.hireloop.identity.signin.oidc;

import org.hireloop.identity.signin.SignInSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;

/**
 * The one provider, read from its discovery document on first use rather than at start, so
 * Hireloop starts (and password sign-in works) while the provider is down; a failed read is
 * tried again on the next sign-in.
 */
final class LazyClientRegistrations implements ClientRegistrationRepository {

    private final SignInSettings.Oidc settings;
    private volatile @Nullable ClientRegistration registration;

    LazyClientRegistrations(SignInSettings.Oidc settings) {
        this.settings = settings;
    }

    @Override
    public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
        if (!OidcSignIn.REGISTRATION.equals(registrationId)) {
            return null;
        }
        ClientRegistration known = registration;
        if (known == null) {
            synchronized (this) {
                known = registration;
                if (known == null) {
                    known = ClientRegistrations.fromIssuerLocation(settings.issuer())
                            .registrationId(OidcSignIn.REGISTRATION)
                            .clientId(settings.clientId())
                            .clientSecret(settings.clientSecret())
                            .scope("openid", "email", "profile")
                            .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                            .build();
                    registration = known;
                }
            }
        }
        return known;
    }
}
