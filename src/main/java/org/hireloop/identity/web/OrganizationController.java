package org.hireloop.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.hireloop.identity.ApiPrincipal;
import org.hireloop.identity.Organization;
import org.hireloop.identity.Organizations;
import org.hireloop.platform.Action;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Organization")
class OrganizationController {

    record OrganizationResponse(String id, String slug, String name, String role) {}

    private final Organizations organizations;

    OrganizationController(Organizations organizations) {
        this.organizations = organizations;
    }

    @Action("organization.read")
    @GetMapping("/api/v1/organization")
    @Operation(summary = "The organization of the calling token, and the caller's role in it")
    OrganizationResponse current(@AuthenticationPrincipal ApiPrincipal caller) {
        Organization organization = organizations.get(caller.orgId());
        return new OrganizationResponse(
                organization.id().toString(),
                organization.slug(),
                organization.name(),
                caller.role().dbValue());
    }
}
