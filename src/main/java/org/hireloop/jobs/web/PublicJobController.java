package org.hireloop.jobs.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.hireloop.identity.Organization;
import org.hireloop.identity.Organizations;
import org.hireloop.jobs.JobId;
import org.hireloop.jobs.JobService;
import org.hireloop.jobs.JobStatus;
import org.hireloop.platform.OrgId;
import org.hireloop.platform.Page;
import org.hireloop.platform.PageRequest;
import org.hireloop.platform.ProblemException;
import org.hireloop.platform.TenantContext;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** One organization's public job board: its published jobs, for anyone. */
@RestController
@RequestMapping("/api/v1/public/orgs/{orgSlug}/jobs")
@Tag(name = "Public job board", description = "Anonymous: published jobs only")
class PublicJobController {

    private final Organizations organizations;
    private final JobService jobs;
    private final JobExports exports;

    PublicJobController(Organizations organizations, JobService jobs, JobExports exports) {
        this.organizations = organizations;
        this.jobs = jobs;
        this.exports = exports;
    }

    @GetMapping
    @Operation(summary = "List an organization's published jobs, newest first")
    Page<JobResponse> list(
            @PathVariable("orgSlug") String orgSlug,
            @RequestParam(required = false) @Nullable String tag,
            @RequestParam(required = false) @Nullable Integer limit,
            @RequestParam(required = false) @Nullable String cursor) {
        Organization organization = organization(orgSlug);
        PageRequest page = PageRequest.of(limit, cursor);
        return TenantContext.callAs(
                organization.id(),
                () -> jobs.list(organization.id(), JobStatus.PUBLISHED, tag, page)
                        .map(JobResponse::of));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a published job as JSON, text, Markdown or JSON-LD")
    @ApiResponse(
            responseCode = "200",
            description = "The job",
            content = {
                @Content(mediaType = "application/json", schema = @Schema(implementation = JobResponse.class)),
                @Content(mediaType = "text/plain"),
                @Content(mediaType = "text/markdown"),
                @Content(mediaType = "application/ld+json")
            })
    ResponseEntity<?> get(
            @PathVariable("orgSlug") String orgSlug,
            @PathVariable UUID id,
            @Parameter(schema = @Schema(allowableValues = {"json", "text", "markdown", "jsonld"}))
                    @RequestParam(required = false)
                    @Nullable
                    String format,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) @Nullable String accept) {
        OrgId org = organization(orgSlug).id();
        return TenantContext.callAs(org, () -> exports.render(jobs.getPublished(org, new JobId(id)), format, accept));
    }

    private Organization organization(String slug) {
        return organizations
                .findBySlug(slug)
                .orElseThrow(() -> new ProblemException.ResourceNotFound("no job board " + slug));
    }
}
