package org.hireloop.identity.people.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.hireloop.identity.people.NewPerson;
import org.hireloop.identity.people.OrganizationProvisioning;
import org.hireloop.identity.people.Origin;
import org.hireloop.identity.people.PeopleSettings;
import org.hireloop.identity.people.Slug;
import org.hireloop.identity.people.web.PeopleResponses.Welcome;
import org.hireloop.platform.ProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Self-service sign-up, only where the operator opened it (HIRELOOP_SIGNUP=open); 404 otherwise. */
@RestController
@Tag(name = "Sign-up")
class SignupController {

    record SignupRequest(
            @Nullable String slug,
            @Nullable String organizationName,
            @Nullable String email,
            @Nullable String name,
            @Nullable String password) {}

    private final OrganizationProvisioning provisioning;
    private final PeopleSettings settings;

    SignupController(OrganizationProvisioning provisioning, PeopleSettings settings) {
        this.provisioning = provisioning;
        this.settings = settings;
    }

    @PostMapping("/api/v1/public/signup")
    @Operation(
            summary = "Create an organization and become its owner (when sign-up is open)",
            description = "The password needs at least 12 characters. The answer holds your API token, shown"
                    + " this once. Answers 404 when the deployment does not allow sign-up.")
    ResponseEntity<Welcome> signup(@RequestBody SignupRequest request, HttpServletRequest http) {
        if (settings.signup() != PeopleSettings.Signup.OPEN) {
            throw new ProblemException.ResourceNotFound("sign-up is closed on this deployment");
        }
        var created = provisioning.signup(
                new Slug(request.slug()),
                request.organizationName(),
                new NewPerson(
                        request.email() == null ? "" : request.email(),
                        request.name() == null ? "" : request.name(),
                        null,
                        null),
                request.password(),
                Origin.of("anonymous", http));
        return ResponseEntity.created(URI.create("/api/v1/organization")).body(OperatorController.welcome(created));
    }
}
