package org.hireloop.identity.signin.oidc;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hireloop.identity.signin.SessionCookie;
import org.hireloop.identity.signin.SignIn;
import org.hireloop.identity.signin.SignInSettings;
import org.hireloop.platform.ProblemException;
import org.hireloop.platform.ProblemWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * OpenID Connect sign-in, on when {@code HIRELOOP_OIDC_ISSUER} is set. A person starts at
 * {@code /oauth2/authorization/oidc?organization=SLUG} (the organization may be left out by members
 * of only one), signs in at the provider, and comes back to {@code /login/oauth2/code/oidc}, where
 * Hireloop maps them to an existing user by an email the provider says is verified, and to a
 * membership, and starts a session like a password sign-in does. Nobody is created here: people
 * join through invitations. The state of a sign-in in flight is in PostgreSQL, so any replica can
 * finish it.
 */
@Component
@ConditionalOnExpression("'${hireloop.sign-in.oidc.issuer:}' != ''")
public class OidcSignIn {

    static final String REGISTRATION = "oidc";
    private static final Logger log = LoggerFactory.getLogger(OidcSignIn.class);

    private final LazyClientRegistrations registrations;
    private final JdbcAuthorizationRequests authorizationRequests;
    private final SignIn signIn;
    private final SessionCookie cookie;
    private final VerifiedEmails emails;
    private final ProblemWriter problems;

    OidcSignIn(
            SignInSettings settings,
            JdbcClient jdbc,
            SignIn signIn,
            SessionCookie cookie,
            ProblemWriter problems,
            java.time.Clock clock) {
        this.registrations = new LazyClientRegistrations(settings.oidc());
        this.authorizationRequests = new JdbcAuthorizationRequests(jdbc, clock);
        this.signIn = signIn;
        this.cookie = cookie;
        this.emails = new VerifiedEmails(jdbc);
        this.problems = problems;
    }

    public void configure(HttpSecurity http) throws Exception {
        http.oauth2Login(login -> login.clientRegistrationRepository(registrations)
                .loginPage("/oauth2/authorization/" + REGISTRATION)
                .authorizationEndpoint(a -> a.authorizationRequestRepository(authorizationRequests))
                .authorizedClientRepository(new NothingKept())
                .successHandler(this::signedInAtProvider)
                .failureHandler(this::failedAtProvider));
    }

    private void signedInAtProvider(HttpServletRequest request, HttpServletResponse response, Authentication auth)
            throws IOException {
        Optional<UUID> user = auth.getPrincipal() instanceof OidcUser oidc
                        && Boolean.TRUE.equals(oidc.getEmailVerified())
                        && oidc.getEmail() != null
                ? emails.userWith(oidc.getEmail())
                : Optional.empty();
        Optional<SignIn.SignedIn> signedIn;
        try {
            signedIn = user.flatMap(id -> signIn.signInVerified(id, JdbcAuthorizationRequests.organization(request)));
        } catch (ProblemException e) {
            problems.write(request, response, e);
            return;
        }
        if (signedIn.isEmpty()) {
            log.info("OpenID Connect sign-in refused: no verified email of a member");
            refuse(request, response, "the identity provider named no verified email of a member of this organization");
            return;
        }
        cookie.write(request, response, signedIn.get().session());
        response.sendRedirect("/");
    }

    private void failedAtProvider(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        log.info("OpenID Connect sign-in failed: {}", e.getClass().getSimpleName());
        refuse(request, response, "the sign-in at the identity provider did not succeed; start again");
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String detail) throws IOException {
        problems.write(
                response,
                401,
                ProblemWriter.body(
                        401, "sign-in-failed", "Sign-in failed", detail, request.getRequestURI(), List.of()));
    }

    /** The provider's tokens are not needed after sign-in, so none is kept. */
    private static final class NothingKept implements OAuth2AuthorizedClientRepository {
        @Override
        public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(
                String registrationId, Authentication principal, HttpServletRequest request) {
            return null;
        }

        @Override
        public void saveAuthorizedClient(
                OAuth2AuthorizedClient client,
                Authentication principal,
                HttpServletRequest request,
                HttpServletResponse response) {}

        @Override
        public void removeAuthorizedClient(
                String registrationId,
                Authentication principal,
                HttpServletRequest request,
                HttpServletResponse response) {}
    }
}
