package org.hireloop.identity.signin.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.hireloop.identity.signin.CurrentSession;
import org.hireloop.identity.signin.SignInProblems;
import org.hireloop.identity.signin.TwoFactor;
import org.hireloop.platform.Action;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Two-factor authentication", description = "TOTP for password sign-in, with recovery codes")
class MfaController {

    record CodeRequest(@NotBlank @Size(max = 20) String code) {}

    record EnrolmentResponse(String secret, String otpauthUri) {}

    record RecoveryCodesResponse(List<String> recoveryCodes) {}

    private final TwoFactor twoFactor;

    MfaController(TwoFactor twoFactor) {
        this.twoFactor = twoFactor;
    }

    @Action("mfa.enrol")
    @PostMapping("/api/v1/mfa/totp")
    @Operation(summary = "Start TOTP enrolment: a secret (and otpauth:// URI) for your authenticator app")
    EnrolmentResponse enrol(HttpServletRequest request) {
        TwoFactor.Enrolment enrolment = twoFactor.enrol(
                session(request, "enrolling two-factor authentication").userId());
        return new EnrolmentResponse(enrolment.secret(), enrolment.otpauthUri());
    }

    @Action("mfa.enrol")
    @PostMapping("/api/v1/mfa/totp/confirm")
    @Operation(summary = "Turn TOTP on with a first code; answers 10 single-use recovery codes, shown this once")
    RecoveryCodesResponse confirm(@Valid @RequestBody CodeRequest body, HttpServletRequest request) {
        return new RecoveryCodesResponse(twoFactor.confirm(
                session(request, "enrolling two-factor authentication").userId(), body.code()));
    }

    @Action("mfa.disable")
    @DeleteMapping("/api/v1/mfa/totp")
    @Operation(summary = "Turn TOTP off, with a current code from the authenticator app")
    ResponseEntity<Void> disable(@Valid @RequestBody CodeRequest body, HttpServletRequest request) {
        twoFactor.disable(
                session(request, "turning two-factor authentication off").userId(), body.code());
        return ResponseEntity.noContent().build();
    }

    private static CurrentSession session(HttpServletRequest request, String what) {
        return CurrentSession.of(request).orElseThrow(() -> new SignInProblems.SessionRequired(what));
    }
}
