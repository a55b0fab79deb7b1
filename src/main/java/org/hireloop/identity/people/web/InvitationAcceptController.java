package org.hireloop.identity.people.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.hireloop.identity.people.InvitationService;
import org.hireloop.identity.people.InvitationService.Accepted;
import org.hireloop.identity.people.Origin;
import org.hireloop.identity.people.web.PeopleResponses.MemberBody;
import org.hireloop.identity.people.web.PeopleResponses.OrganizationBody;
import org.hireloop.identity.people.web.PeopleResponses.Welcome;
import org.hireloop.identity.web.TokenResponse;
import org.hireloop.platform.ProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Accepting an invitation: anonymous, the link's secret is the credential. */
@RestController
@Tag(name = "Invitations")
class InvitationAcceptController {

    record AcceptRequest(
            @Nullable String token,
            @Nullable String name,
            @Nullable String password) {}

    private final InvitationService invitations;

    InvitationAcceptController(InvitationService invitations) {
        this.invitations = invitations;
    }

    @PostMapping("/api/v1/public/invitations/accept")
    @Operation(
            summary = "Accept an invitation with the token of its link",
            description = "A new person gives a name and a password (at least 12 characters); someone whose"
                    + " email already has an account just joins. The answer holds a personal API token, shown"
                    + " this once. A used, expired or revoked invitation answers 410; an unknown or replaced"
                    + " link 404.")
    ResponseEntity<Welcome> accept(@RequestBody AcceptRequest request, HttpServletRequest http) {
        if (request.token() == null || request.token().isBlank()) {
            throw new ProblemException.InvalidRequest("token", "must be the token of the invitation link");
        }
        Accepted accepted = invitations.accept(
                request.token().strip(), request.name(), request.password(), Origin.of("anonymous", http));
        return ResponseEntity.created(URI.create("/api/v1/organization"))
                .body(new Welcome(
                        OrganizationBody.of(accepted.organization()),
                        MemberBody.of(accepted.member()),
                        TokenResponse.of(
                                accepted.token().token(), accepted.token().secret())));
    }
}
