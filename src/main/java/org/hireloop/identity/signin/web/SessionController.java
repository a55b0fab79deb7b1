package org.hireloop.identity.signin.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.hireloop.identity.ApiPrincipal;
import org.hireloop.identity.Organizations;
import org.hireloop.identity.signin.CurrentSession;
import org.hireloop.identity.signin.SessionCookie;
import org.hireloop.identity.signin.Sessions;
import org.hireloop.identity.signin.SignIn;
import org.hireloop.identity.signin.SignInProblems;
import org.hireloop.identity.signin.TwoFactor;
import org.hireloop.platform.Action;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Sign-in", description = "Sessions of people using the web interface (a cookie, with CSRF protection)")
class SessionController {

    record SignInRequest(
            @Nullable @Size(max = 63) String organization,
            @NotBlank @Size(max = 320) String email,
            @NotBlank @Size(max = 1024) String password,
            @Nullable @Size(max = 20) String totpCode,
            @Nullable @Size(max = 40) String recoveryCode) {
        @Override
        public String toString() {
            return "SignInRequest[...]";
        }
    }

    record SessionResponse(
            String credential,
            UUID userId,
            UUID organizationId,
            String organization,
            String role,
            @Nullable Instant expiresAt,
            boolean mfaEnabled,
            boolean mfaEnrolmentRequired) {}

    private final SignIn signIn;
    private final Sessions sessions;
    private final SessionCookie cookie;
    private final Organizations organizations;
    private final TwoFactor twoFactor;

    SessionController(
            SignIn signIn, Sessions sessions, SessionCookie cookie, Organizations organizations, TwoFactor twoFactor) {
        this.signIn = signIn;
        this.sessions = sessions;
        this.cookie = cookie;
        this.organizations = organizations;
        this.twoFactor = twoFactor;
    }

    @PostMapping("/api/v1/public/session")
    @Operation(
            summary = "Sign in with a password (and a two-factor code when the account uses one)",
            description = "Sets the session cookie and a fresh XSRF-TOKEN cookie, whose value cookie-authenticated"
                    + " writes must send in the X-XSRF-TOKEN header. Any failure before the password is known to be"
                    + " right answers 401 sign-in-failed.")
    ResponseEntity<SessionResponse> signIn(
            @Valid @RequestBody SignInRequest body, HttpServletRequest request, HttpServletResponse response) {
        SignIn.SignedIn signedIn = signIn.signIn(
                new SignIn.Credentials(
                        body.organization(), body.email(), body.password(), body.totpCode(), body.recoveryCode()),
                request.getRemoteAddr());
        SessionCookie.read(request).flatMap(sessions::authenticate).ifPresent(sessions::end);
        cookie.write(request, response, signedIn.session());
        boolean mfa = twoFactor.isEnabled(signedIn.userId());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new SessionResponse(
                        "session",
                        signedIn.userId(),
                        signedIn.orgId().value(),
                        signedIn.slug(),
                        signedIn.role().dbValue(),
                        signedIn.session().expiresAt(),
                        mfa,
                        !mfa && organizationRequiresMfa(signedIn)));
    }

    @Action("session.read")
    @GetMapping("/api/v1/session")
    @Operation(summary = "Who is calling: the signed-in person (or the API token's member) and the organization")
    SessionResponse current(
            @AuthenticationPrincipal ApiPrincipal caller, HttpServletRequest request, HttpServletResponse response) {
        var session = CurrentSession.of(request);
        session.ifPresent(s -> cookie.ensureCsrfToken(request, response));
        return new SessionResponse(
                session.isPresent() ? "session" : "token",
                caller.userId(),
                caller.orgId().value(),
                organizations.get(caller.orgId()).slug(),
                caller.role().dbValue(),
                session.map(CurrentSession::expiresAt).orElse(null),
                twoFactor.isEnabled(caller.userId()),
                session.map(CurrentSession::enrolmentOnly).orElse(false));
    }

    @Action("session.delete")
    @DeleteMapping("/api/v1/session")
    @Operation(summary = "Sign out: ends this session (needs the X-XSRF-TOKEN header)")
    ResponseEntity<Void> signOut(HttpServletRequest request, HttpServletResponse response) {
        CurrentSession session =
                CurrentSession.of(request).orElseThrow(() -> new SignInProblems.SessionRequired("signing out"));
        sessions.end(session);
        cookie.clear(request, response);
        return ResponseEntity.noContent().build();
    }

    private boolean organizationRequiresMfa(SignIn.SignedIn signedIn) {
        return sessions.authenticate(signedIn.session().secret())
                .map(CurrentSession::enrolmentOnly)
                .orElse(false);
    }
}
