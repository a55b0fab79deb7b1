package org.hireloop.identity.people.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.util.UUID;
import org.hireloop.identity.ApiPrincipal;
import org.hireloop.identity.Role;
import org.hireloop.identity.people.Invitation;
import org.hireloop.identity.people.InvitationService;
import org.hireloop.identity.people.web.PeopleResponses.InvitationBody;
import org.hireloop.platform.Action;
import org.hireloop.platform.EntityTag;
import org.hireloop.platform.Page;
import org.hireloop.platform.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/invitations")
@Tag(name = "Invitations", description = "Invitations by email with a single-use link that expires")
class InvitationController {

    record InviteRequest(@Nullable String email, @Nullable String role) {}

    private final InvitationService invitations;
    private final Clock clock;

    InvitationController(InvitationService invitations, Clock clock) {
        this.invitations = invitations;
        this.clock = clock;
    }

    @Action("invitations.create")
    @PostMapping
    @Operation(
            summary = "Invite someone by email to join with a role",
            description = "Sends an email with a single-use link to /invitations/{token} on HIRELOOP_PUBLIC_URL."
                    + " Only owners invite owners.")
    ResponseEntity<InvitationBody> invite(
            @AuthenticationPrincipal ApiPrincipal caller, @RequestBody InviteRequest request) {
        Invitation invitation = invitations.invite(
                caller,
                request.email() == null ? "" : request.email(),
                Role.parse("role", request.role() == null ? "" : request.role()));
        return ResponseEntity.created(URI.create("/api/v1/invitations/" + invitation.id()))
                .eTag(EntityTag.of(invitation.version()))
                .body(InvitationBody.of(invitation, clock.instant()));
    }

    @Action("invitations.read")
    @GetMapping
    @Operation(summary = "List the organization's invitations, pending or not")
    Page<InvitationBody> list(
            @AuthenticationPrincipal ApiPrincipal caller,
            @RequestParam(required = false) @Nullable Integer limit,
            @RequestParam(required = false) @Nullable String cursor) {
        var now = clock.instant();
        return invitations.list(caller.orgId(), PageRequest.of(limit, cursor)).map(i -> InvitationBody.of(i, now));
    }

    @Action("invitations.resend")
    @PostMapping("/{id}/resend")
    @Operation(summary = "Send the invitation again with a new link and expiry; the previous link stops working")
    ResponseEntity<InvitationBody> resend(@AuthenticationPrincipal ApiPrincipal caller, @PathVariable UUID id) {
        Invitation invitation = invitations.resend(caller, id);
        return ResponseEntity.ok()
                .eTag(EntityTag.of(invitation.version()))
                .body(InvitationBody.of(invitation, clock.instant()));
    }

    @Action("invitations.revoke")
    @DeleteMapping("/{id}")
    @Operation(summary = "Revoke a pending invitation (If-Match required); its link stops working")
    ResponseEntity<Void> revoke(
            @AuthenticationPrincipal ApiPrincipal caller,
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
        invitations.revoke(caller.orgId(), id, ifMatch);
        return ResponseEntity.noContent().build();
    }
}
