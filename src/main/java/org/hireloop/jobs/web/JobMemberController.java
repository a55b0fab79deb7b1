package org.hireloop.jobs.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.UUID;
import org.hireloop.identity.ApiPrincipal;
import org.hireloop.jobs.JobId;
import org.hireloop.jobs.JobMember;
import org.hireloop.jobs.JobMembers;
import org.hireloop.platform.Action;
import org.hireloop.platform.Page;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/jobs/{id}/members")
@Tag(name = "Job members", description = "The hiring managers assigned to a job")
class JobMemberController {

    record AssignRequest(@Nullable UUID userId) {}

    record JobMemberResponse(UUID jobId, UUID userId, String role, Instant createdAt) {
        static JobMemberResponse of(JobMember member) {
            return new JobMemberResponse(member.jobId().value(), member.userId(), member.role(), member.createdAt());
        }
    }

    private final JobMembers members;

    JobMemberController(JobMembers members) {
        this.members = members;
    }

    @Action("jobs.members.read")
    @GetMapping
    @Operation(summary = "List the people assigned to a job (all of them, in one page)")
    Page<JobMemberResponse> list(@AuthenticationPrincipal ApiPrincipal caller, @PathVariable UUID id) {
        return new Page<>(members.list(caller.orgId(), new JobId(id)), null).map(JobMemberResponse::of);
    }

    @Action("jobs.members.update")
    @PostMapping(consumes = "application/json")
    @Operation(
            summary = "Assign a hiring manager to a job",
            description = "The user must be a member of the organization (422 otherwise) whose role is"
                    + " hiring_manager (409 otherwise). The hiring manager then reads the job.")
    @ApiResponse(responseCode = "201", description = "Assigned")
    @ApiResponse(responseCode = "200", description = "Already assigned; nothing changed")
    ResponseEntity<JobMemberResponse> assign(
            @AuthenticationPrincipal ApiPrincipal caller, @PathVariable UUID id, @RequestBody AssignRequest request) {
        JobMembers.Assignment assignment = members.assign(caller.orgId(), new JobId(id), request.userId());
        return ResponseEntity.status(assignment.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(JobMemberResponse.of(assignment.member()));
    }

    @Action("jobs.members.update")
    @DeleteMapping("/{user_id}")
    @Operation(summary = "Remove a person from a job; the assignment has no version, so no If-Match")
    @ApiResponse(responseCode = "204", description = "Removed")
    ResponseEntity<Void> remove(
            @AuthenticationPrincipal ApiPrincipal caller, @PathVariable UUID id, @PathVariable("user_id") UUID userId) {
        members.remove(caller.orgId(), new JobId(id), userId);
        return ResponseEntity.noContent().build();
    }
}
