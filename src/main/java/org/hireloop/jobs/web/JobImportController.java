package org.hireloop.jobs.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.hireloop.identity.ApiPrincipal;
import org.hireloop.jobs.JobBoardFacts;
import org.hireloop.jobs.JobDescription;
import org.hireloop.jobs.JobDescriptionInvalid;
import org.hireloop.jobs.JobService;
import org.hireloop.platform.Action;
import org.hireloop.platform.ProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * Imports job descriptions in the text format as drafts: one as a text/plain body, or several as
 * multipart files, each accepted or refused on its own.
 */
@RestController
@RequestMapping("/api/v1/jobs/import")
@Tag(name = "Jobs")
class JobImportController {

    record Refused(String filename, int line, String detail) {}

    record Imported(String filename, JobResponse job) {}

    record ImportResult(List<Imported> imported, List<Refused> refused) {}

    private final JobService jobs;

    JobImportController(JobService jobs) {
        this.jobs = jobs;
    }

    @Action("jobs.import")
    @PostMapping(consumes = "text/plain")
    @Operation(summary = "Import one job description in the text format as a draft")
    ResponseEntity<JobResponse> importText(
            @AuthenticationPrincipal ApiPrincipal caller, @RequestBody(required = false) byte @Nullable [] body) {
        byte[] text = body == null ? new byte[0] : body;
        return JobController.created(jobs.importText(caller.orgId(), text, JobBoardFacts.NONE));
    }

    @Action("jobs.import")
    @PostMapping(consumes = "multipart/form-data")
    @Operation(summary = "Import several job descriptions (multipart files); each is accepted or refused on its own")
    ImportResult importFiles(@AuthenticationPrincipal ApiPrincipal caller, MultipartHttpServletRequest request)
            throws IOException {
        List<MultipartFile> files = new ArrayList<>();
        request.getMultiFileMap().values().forEach(files::addAll);
        if (files.isEmpty()) {
            throw new ProblemException.InvalidRequest("files", "send at least one file part");
        }
        List<Imported> imported = new ArrayList<>();
        List<Refused> refused = new ArrayList<>();
        for (MultipartFile file : files) {
            String name = file.getOriginalFilename() == null ? file.getName() : file.getOriginalFilename();
            // parse before storing: a refused file must not touch the request's transaction
            JobDescription description;
            try {
                description = jobs.parse(file.getBytes());
            } catch (JobDescriptionInvalid e) {
                refused.add(new Refused(name, e.line(), e.detail()));
                continue;
            }
            imported.add(
                    new Imported(name, JobResponse.of(jobs.create(caller.orgId(), description, JobBoardFacts.NONE))));
        }
        return new ImportResult(imported, refused);
    }
}
