package org.hireloop.identity.signin.oidc;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.client.web.AuthorizationRequestRepository;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;

/**
 * OpenID Connect sign-ins in flight, between the redirect to the provider and its answer, in
 * PostgreSQL instead of a servlet session: any replica can finish what another started. Keyed by
 * a hash of the state parameter, single use, ten minutes at most. The organization the person
 * asked for at the start travels with it.
 */
final class JdbcAuthorizationRequests implements AuthorizationRequestRepository<OAuth2AuthorizationRequest> {

    static final String ORGANIZATION_PARAMETER = "organization";
    private static final String ORGANIZATION_ATTRIBUTE = JdbcAuthorizationRequests.class.getName() + ".organization";
    private static final Duration VALIDITY = Duration.ofMinutes(10);

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcAuthorizationRequests(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    static @Nullable String organization(HttpServletRequest request) {
        return request.getAttribute(ORGANIZATION_ATTRIBUTE) instanceof String slug ? slug : null;
    }

    @Override
    public @Nullable OAuth2AuthorizationRequest loadAuthorizationRequest(HttpServletRequest request) {
        String state = request.getParameter(OAuth2ParameterNames.STATE);
        if (state == null) {
            return null;
        }
        return jdbc.sql("select request from oidc_requests where state_hash = ? and expires_at > ?")
                .params(hash(state), Timestamp.from(clock.instant()))
                .query((rs, i) -> read(rs.getBytes(1)))
                .optional()
                .orElse(null);
    }

    @Override
    public void saveAuthorizationRequest(
            @Nullable OAuth2AuthorizationRequest authorizationRequest,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (authorizationRequest == null) {
            removeAuthorizationRequest(request, response);
            return;
        }
        Instant now = clock.instant();
        jdbc.sql("delete from oidc_requests where expires_at < ?")
                .param(Timestamp.from(now))
                .update();
        String organization = request.getParameter(ORGANIZATION_PARAMETER);
        jdbc.sql("insert into oidc_requests (state_hash, organization, request, expires_at) values (?, ?, ?, ?)")
                .params(
                        hash(authorizationRequest.getState()),
                        organization == null || organization.length() > 63 ? null : organization,
                        write(authorizationRequest),
                        Timestamp.from(now.plus(VALIDITY)))
                .update();
    }

    @Override
    public @Nullable OAuth2AuthorizationRequest removeAuthorizationRequest(
            HttpServletRequest request, HttpServletResponse response) {
        String state = request.getParameter(OAuth2ParameterNames.STATE);
        if (state == null) {
            return null;
        }
        return jdbc.sql(
                        "delete from oidc_requests where state_hash = ? and expires_at > ? returning organization, request")
                .params(hash(state), Timestamp.from(clock.instant()))
                .query((rs, i) -> {
                    String organization = rs.getString(1);
                    if (organization != null) {
                        request.setAttribute(ORGANIZATION_ATTRIBUTE, organization);
                    }
                    return read(rs.getBytes(2));
                })
                .optional()
                .orElse(null);
    }

    private static byte[] hash(String state) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(state.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static byte[] write(OAuth2AuthorizationRequest request) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Only what Hireloop wrote is read back, and only the classes an authorization request holds. */
    private static OAuth2AuthorizationRequest read(byte[] data) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(data))) {
            in.setObjectInputFilter(ObjectInputFilter.Config.createFilter(
                    "org.springframework.security.oauth2.core.**;java.util.**;java.lang.**;maxdepth=10;!*"));
            return (OAuth2AuthorizationRequest) in.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("an OpenID Connect request of another version", e);
        }
    }
}
