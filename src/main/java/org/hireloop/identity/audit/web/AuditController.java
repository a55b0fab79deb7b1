package org.hireloop.identity.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.hireloop.identity.ApiPrincipal;
import org.hireloop.identity.audit.AuditEntry;
import org.hireloop.identity.audit.AuditFilter;
import org.hireloop.identity.audit.AuditLog;
import org.hireloop.platform.Action;
import org.hireloop.platform.Page;
import org.hireloop.platform.PageRequest;
import org.hireloop.platform.ProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(
        name = "Audit log",
        description =
                "The organization's tamper-evident record of changes: owners and admins read it," + " owners verify it")
class AuditController {

    /**
     * Who may do what with the audit log, until the central permission table takes these actions
     * over: {@code audit.read} for owners and admins, {@code audit.verify} for owners only.
     */
    private static final int MAX_FILTER_LENGTH = 1024;

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @Action("audit.read")
    @GetMapping
    @Operation(summary = "List audit entries, newest first, filtered by action, actor, target and time")
    Page<AuditEntryResponse> list(
            @AuthenticationPrincipal ApiPrincipal caller,
            @RequestParam(required = false) @Nullable String action,
            @RequestParam(name = "actor_type", required = false) @Nullable String actorType,
            @RequestParam(name = "actor_id", required = false) @Nullable String actorId,
            @RequestParam(name = "target_type", required = false) @Nullable String targetType,
            @RequestParam(name = "target_id", required = false) @Nullable String targetId,
            @Parameter(description = "entries at or after this time (RFC 3339)")
                    @RequestParam(required = false)
                    @Nullable
                    String from,
            @Parameter(description = "entries before this time (RFC 3339)") @RequestParam(required = false) @Nullable
                    String to,
            @RequestParam(required = false) @Nullable Integer limit,
            @RequestParam(required = false) @Nullable String cursor) {
        AuditFilter filter = filter(action, actorType, actorId, targetType, targetId, from, to);
        return audit.list(caller.orgId(), filter, PageRequest.of(limit, cursor)).map(AuditEntryResponse::of);
    }

    @Action("audit.read")
    @GetMapping("/{id}")
    @Operation(summary = "Read one audit entry")
    ResponseEntity<AuditEntryResponse> get(@AuthenticationPrincipal ApiPrincipal caller, @PathVariable UUID id) {
        AuditEntry entry = audit.get(caller.orgId(), id);
        return ResponseEntity.ok().eTag('"' + entry.hash().hex() + '"').body(AuditEntryResponse.of(entry));
    }

    @Action("audit.read")
    @GetMapping("/export.csv")
    @Operation(summary = "Export the audit entries matching the filters as CSV (RFC 4180), newest first")
    @ApiResponse(
            responseCode = "200",
            description = "A header line, then one line per entry; cells a spreadsheet would run as a formula"
                    + " start with a single quote",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    void export(
            @AuthenticationPrincipal ApiPrincipal caller,
            @RequestParam(required = false) @Nullable String action,
            @RequestParam(name = "actor_type", required = false) @Nullable String actorType,
            @RequestParam(name = "actor_id", required = false) @Nullable String actorId,
            @RequestParam(name = "target_type", required = false) @Nullable String targetType,
            @RequestParam(name = "target_id", required = false) @Nullable String targetId,
            @Parameter(description = "entries at or after this time (RFC 3339)")
                    @RequestParam(required = false)
                    @Nullable
                    String from,
            @Parameter(description = "entries before this time (RFC 3339)") @RequestParam(required = false) @Nullable
                    String to,
            HttpServletResponse response)
            throws IOException {
        AuditFilter filter = filter(action, actorType, actorId, targetType, targetId, from, to);
        response.setContentType("text/csv; charset=utf-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit.csv\"");
        Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        out.write(AuditCsv.HEADER);
        audit.forEach(caller.orgId(), filter, entry -> write(out, AuditCsv.row(entry)));
        out.flush();
    }

    @Action("audit.verify")
    @PostMapping("/verify")
    @Operation(
            summary = "Verify the organization's audit chain",
            description = "Recomputes every entry's hash in seq order and reports the first entry where the"
                    + " chain breaks (a missing entry, or one whose content or link was changed)")
    VerificationResponse verify(@AuthenticationPrincipal ApiPrincipal caller) {
        return VerificationResponse.of(audit.verify(caller.orgId()));
    }

    private static AuditFilter filter(
            @Nullable String action,
            @Nullable String actorType,
            @Nullable String actorId,
            @Nullable String targetType,
            @Nullable String targetId,
            @Nullable String from,
            @Nullable String to) {
        return new AuditFilter(
                text("action", action),
                text("actor_type", actorType),
                text("actor_id", actorId),
                text("target_type", targetType),
                text("target_id", targetId),
                time("from", from),
                time("to", to));
    }

    private static @Nullable String text(String name, @Nullable String value) {
        if (value != null && value.length() > MAX_FILTER_LENGTH) {
            throw new ProblemException.InvalidRequest(name, "must be at most " + MAX_FILTER_LENGTH + " characters");
        }
        return value == null || value.isEmpty() ? null : value;
    }

    private static @Nullable Instant time(String name, @Nullable String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new ProblemException.InvalidRequest(
                    name, "must be an RFC 3339 time such as 2026-01-31T09:00:00Z (write + as %2B)");
        }
    }

    private static void write(Writer out, String line) {
        try {
            out.write(line);
        } catch (IOException e) {
            throw new UncheckedIOException("the client stopped reading the export", e);
        }
    }
}
