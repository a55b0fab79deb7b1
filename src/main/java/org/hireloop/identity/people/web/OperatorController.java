package org.hireloop.identity.people.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.hireloop.identity.people.NewPerson;
import org.hireloop.identity.people.OrganizationProvisioning;
import org.hireloop.identity.people.OrganizationProvisioning.CreatedOrganization;
import org.hireloop.identity.people.OrganizationProvisioning.NewOrganization;
import org.hireloop.identity.people.Origin;
import org.hireloop.identity.people.Slug;
import org.hireloop.identity.people.web.PeopleResponses.MemberBody;
import org.hireloop.identity.people.web.PeopleResponses.OrganizationBody;
import org.hireloop.identity.people.web.PeopleResponses.Welcome;
import org.hireloop.identity.web.TokenResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The operator API, for whoever runs the deployment: authenticated by HIRELOOP_OPERATOR_TOKEN
 * (not by an organization's token), absent (404) when that is not set.
 */
@RestController
@Tag(name = "Operator", description = "Organizations, for the operator of the deployment (HIRELOOP_OPERATOR_TOKEN)")
class OperatorController {

    record CreateOrganizationRequest(
            @Nullable String slug,
            @Nullable String name,
            @Nullable String ownerEmail,
            @Nullable String ownerName) {}

    private final OrganizationProvisioning provisioning;

    OperatorController(OrganizationProvisioning provisioning) {
        this.provisioning = provisioning;
    }

    @PostMapping("/api/v1/operator/orgs")
    @Operation(
            summary = "Create an organization and its owner; the answer holds the owner's API token, shown this once",
            description = "An owner email that already has a user makes that user the owner.",
            security = @SecurityRequirement(name = "operator"))
    ResponseEntity<Welcome> create(@RequestBody CreateOrganizationRequest request, HttpServletRequest http) {
        CreatedOrganization created = provisioning.create(
                new NewOrganization(
                        new Slug(request.slug()),
                        request.name() == null ? "" : request.name(),
                        new NewPerson(
                                request.ownerEmail() == null ? "" : request.ownerEmail(),
                                request.ownerName() == null ? "" : request.ownerName(),
                                null,
                                null),
                        null,
                        false),
                Origin.of("operator", http));
        return ResponseEntity.created(URI.create(
                        "/api/v1/operator/orgs/" + created.organization().slug()))
                .body(welcome(created));
    }

    @DeleteMapping("/api/v1/operator/orgs/{slug}")
    @Operation(
            summary = "Delete an organization: its tokens stop working, its board disappears, its slug stays taken",
            security = @SecurityRequirement(name = "operator"))
    ResponseEntity<Void> delete(@PathVariable String slug, HttpServletRequest http) {
        provisioning.delete(new Slug(slug), Origin.of("operator", http));
        return ResponseEntity.noContent().build();
    }

    static Welcome welcome(CreatedOrganization created) {
        return new Welcome(
                OrganizationBody.of(created.organization()),
                MemberBody.of(created.owner()),
                TokenResponse.of(created.token().token(), created.token().secret()));
    }
}
