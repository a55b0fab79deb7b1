package org.hireloop.identity.signin.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hireloop.identity.signin.CurrentSession;
import org.hireloop.identity.signin.Passwords;
import org.hireloop.identity.signin.SessionCookie;
import org.hireloop.identity.signin.SignInProblems;
import org.hireloop.platform.Action;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Sign-in")
class PasswordController {

    record ChangePasswordRequest(
            @NotBlank @Size(max = 1024) String currentPassword,
            @NotNull @Size(max = 1024) String newPassword) {
        @Override
        public String toString() {
            return "ChangePasswordRequest[...]";
        }
    }

    record ResetRequest(@NotBlank @Size(max = 320) String email) {}

    record ResetConfirmation(
            @NotBlank @Size(max = 100) String token,
            @NotNull @Size(max = 1024) String newPassword) {
        @Override
        public String toString() {
            return "ResetConfirmation[...]";
        }
    }

    private final Passwords passwords;
    private final SessionCookie cookie;

    PasswordController(Passwords passwords, SessionCookie cookie) {
        this.passwords = passwords;
        this.cookie = cookie;
    }

    @Action("password.change")
    @PostMapping("/api/v1/password")
    @Operation(
            summary = "Change your password; every session of yours ends and this one is renewed",
            description = "At least 12 characters, not a common password. Needs a session, not an API token.")
    ResponseEntity<Void> change(
            @Valid @RequestBody ChangePasswordRequest body, HttpServletRequest request, HttpServletResponse response) {
        CurrentSession session = CurrentSession.of(request)
                .orElseThrow(() -> new SignInProblems.SessionRequired("changing the password"));
        var renewed = passwords.change(session, body.currentPassword(), body.newPassword());
        cookie.write(request, response, renewed);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/public/password-reset")
    @Operation(
            summary = "Ask for a password reset link by email",
            description = "Always answers 202, whether or not the email has an account; the link works once, for an"
                    + " hour.")
    ResponseEntity<Void> requestReset(@Valid @RequestBody ResetRequest body, HttpServletRequest request) {
        passwords.requestReset(body.email(), request.getRemoteAddr());
        return ResponseEntity.accepted().build();
    }

    @PostMapping("/api/v1/public/password-reset/confirm")
    @Operation(summary = "Set a new password with the token of a reset link; every session of the account ends")
    ResponseEntity<Void> confirmReset(@Valid @RequestBody ResetConfirmation body) {
        passwords.confirmReset(body.token(), body.newPassword());
        return ResponseEntity.noContent().build();
    }
}
