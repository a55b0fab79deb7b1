package org.hireloop.jobs.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.hireloop.identity.ApiPrincipal;
import org.hireloop.jobs.Job;
import org.hireloop.jobs.JobId;
import org.hireloop.jobs.JobService;
import org.hireloop.jobs.JobStatus;
import org.hireloop.jobs.JobViewer;
import org.hireloop.platform.Action;
import org.hireloop.platform.EntityTag;
import org.hireloop.platform.Page;
import org.hireloop.platform.PageRequest;
import org.hireloop.platform.ProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/jobs")
@Tag(name = "Jobs", description = "Job postings of the caller's organization")
class JobController {

    static final String MERGE_PATCH = "application/merge-patch+json";

    private final JobService jobs;
    private final JobExports exports;
    private final MergePatch mergePatch;

    JobController(JobService jobs, JobExports exports, MergePatch mergePatch) {
        this.jobs = jobs;
        this.exports = exports;
        this.mergePatch = mergePatch;
    }

    @Action("jobs.create")
    @PostMapping(consumes = "application/json")
    @Operation(summary = "Create a draft job from JSON")
    @ApiResponse(responseCode = "201", description = "Created; Location and ETag name it")
    ResponseEntity<JobResponse> create(
            @AuthenticationPrincipal ApiPrincipal caller, @Valid @RequestBody JobRequest request) {
        Job job = jobs.create(caller.orgId(), request.description(), request.facts());
        return created(job);
    }

    @Action("jobs.read")
    @GetMapping
    @Operation(summary = "List jobs, newest first, filtered by status and tag")
    Page<JobResponse> list(
            @AuthenticationPrincipal ApiPrincipal caller,
            @Parameter(schema = @Schema(allowableValues = {"draft", "published", "closed", "archived"}))
                    @RequestParam(required = false)
                    @Nullable
                    String status,
            @RequestParam(required = false) @Nullable String tag,
            @RequestParam(required = false) @Nullable Integer limit,
            @RequestParam(required = false) @Nullable String cursor) {
        return jobs.list(caller.orgId(), JobViewer.of(caller), status(status), tag, PageRequest.of(limit, cursor))
                .map(JobResponse::of);
    }

    @Action("jobs.read")
    @GetMapping("/{id}")
    @Operation(summary = "Read a job as JSON, text, Markdown or JSON-LD (Accept or ?format=)")
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
            @AuthenticationPrincipal ApiPrincipal caller,
            @PathVariable UUID id,
            @Parameter(schema = @Schema(allowableValues = {"json", "text", "markdown", "jsonld"}))
                    @RequestParam(required = false)
                    @Nullable
                    String format,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) @Nullable String accept) {
        return exports.render(jobs.get(caller.orgId(), new JobId(id), JobViewer.of(caller)), format, accept);
    }

    @Action("jobs.update")
    @PatchMapping(value = "/{id}", consumes = MERGE_PATCH)
    @Operation(summary = "Change a job with a JSON merge patch (RFC 7386); If-Match required")
    ResponseEntity<JobResponse> patch(
            @AuthenticationPrincipal ApiPrincipal caller,
            @PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @RequestBody byte[] patch) {
        Job current = jobs.get(caller.orgId(), new JobId(id)); // 404 before 428: existence first
        EntityTag.requiredVersion(ifMatch);
        JobRequest changed = mergePatch.apply(JobRequest.of(current), patch, JobRequest.class);
        Job job = jobs.update(caller.orgId(), current.id(), ifMatch, changed.description(), changed.facts());
        return ResponseEntity.ok().eTag(EntityTag.of(job.version())).body(JobResponse.of(job));
    }

    @Action("jobs.publish")
    @PostMapping("/{id}/publish")
    @Operation(summary = "Publish a draft or reopen a closed job")
    ResponseEntity<JobResponse> publish(
            @AuthenticationPrincipal ApiPrincipal caller,
            @PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        return moved(jobs.moveTo(caller.orgId(), new JobId(id), JobStatus.PUBLISHED, ifMatch));
    }

    @Action("jobs.close")
    @PostMapping("/{id}/close")
    @Operation(summary = "Close a published job: it leaves the public board")
    ResponseEntity<JobResponse> close(
            @AuthenticationPrincipal ApiPrincipal caller,
            @PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        return moved(jobs.moveTo(caller.orgId(), new JobId(id), JobStatus.CLOSED, ifMatch));
    }

    @Action("jobs.archive")
    @PostMapping("/{id}/archive")
    @Operation(summary = "Archive a job: kept for the record, never changed again")
    ResponseEntity<JobResponse> archive(
            @AuthenticationPrincipal ApiPrincipal caller,
            @PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        return moved(jobs.moveTo(caller.orgId(), new JobId(id), JobStatus.ARCHIVED, ifMatch));
    }

    @Action("jobs.delete")
    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a draft; If-Match required")
    @ApiResponse(responseCode = "204", description = "Deleted")
    ResponseEntity<Void> delete(
            @AuthenticationPrincipal ApiPrincipal caller,
            @PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        jobs.delete(caller.orgId(), new JobId(id), ifMatch);
        return ResponseEntity.noContent().build();
    }

    static ResponseEntity<JobResponse> created(Job job) {
        return ResponseEntity.created(URI.create("/api/v1/jobs/" + job.id()))
                .eTag(EntityTag.of(job.version()))
                .body(JobResponse.of(job));
    }

    private static ResponseEntity<JobResponse> moved(Job job) {
        return ResponseEntity.ok().eTag(EntityTag.of(job.version())).body(JobResponse.of(job));
    }

    static @Nullable JobStatus status(@Nullable String status) {
        if (status == null) {
            return null;
        }
        try {
            return JobStatus.fromApi(status);
        } catch (IllegalArgumentException e) {
            throw new ProblemException.InvalidRequest("status", "must be one of draft, published, closed, archived");
        }
    }
}
