package org.hireloop.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.hireloop.identity.ApiPrincipal;
import org.hireloop.identity.people.OrganizationProfile;
import org.hireloop.identity.people.OrganizationSettings;
import org.hireloop.platform.Action;
import org.hireloop.platform.EntityTag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Organization")
class OrganizationController {

    static final String MERGE_PATCH = "application/merge-patch+json";

    /**
     * @param retentionDays how long candidates' data is kept; null: until deleted
     * @param role the caller's role
     */
    record OrganizationResponse(
            String id,
            String slug,
            String name,
            @Nullable String logoUrl,
            String timeZone,
            @Nullable Integer retentionDays,
            boolean requireMfa,
            Instant createdAt,
            String role) {}

    private final OrganizationSettings organizations;

    OrganizationController(OrganizationSettings organizations) {
        this.organizations = organizations;
    }

    @Action("organization.read")
    @GetMapping("/api/v1/organization")
    @Operation(summary = "The organization of the caller, its settings, and the caller's role in it")
    ResponseEntity<OrganizationResponse> current(@AuthenticationPrincipal ApiPrincipal caller) {
        return respond(organizations.get(caller.orgId()), caller);
    }

    @Action("organization.update")
    @PatchMapping(value = "/api/v1/organization", consumes = MERGE_PATCH)
    @Operation(
            summary = "Change the organization's settings with a JSON merge patch; If-Match required",
            description = "name, logo_url (http or https), time_zone (IANA id such as Europe/Paris) and"
                    + " retention_days (1 to 36500, null: keep until deleted), require_mfa (true: members must"
                    + " sign in with a second factor).")
    ResponseEntity<OrganizationResponse> update(
            @AuthenticationPrincipal ApiPrincipal caller,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @RequestBody byte[] patch) {
        return respond(organizations.update(caller.orgId(), ifMatch, patch), caller);
    }

    private static ResponseEntity<OrganizationResponse> respond(OrganizationProfile o, ApiPrincipal caller) {
        return ResponseEntity.ok()
                .eTag(EntityTag.of(o.version()))
                .body(new OrganizationResponse(
                        o.id().toString(),
                        o.slug(),
                        o.name(),
                        o.logoUrl(),
                        o.timeZone(),
                        o.retentionDays(),
                        o.requireMfa(),
                        o.createdAt(),
                        caller.role().dbValue()));
    }
}
