package org.hireloop.jobs.web;

import org.hireloop.identity.Organizations;
import org.hireloop.jobs.Job;
import org.hireloop.jobs.format.JobDescriptionMarkdownRenderer;
import org.hireloop.jobs.format.JobDescriptionTextRenderer;
import org.hireloop.jobs.internal.JobSettings;
import org.hireloop.platform.EntityTag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Answers a job in the representation the caller asked for, with its ETag. */
@Component
class JobExports {

    private final JobDescriptionTextRenderer text = new JobDescriptionTextRenderer();
    private final JobDescriptionMarkdownRenderer markdown = new JobDescriptionMarkdownRenderer();
    private final Organizations organizations;
    private final JobSettings settings;

    JobExports(Organizations organizations, JobSettings settings) {
        this.organizations = organizations;
        this.settings = settings;
    }

    ResponseEntity<?> render(Job job, @Nullable String format, @Nullable String accept) {
        JobFormat chosen = JobFormat.choose(format, accept);
        Object body = switch (chosen) {
            case JSON -> JobResponse.of(job);
            case TEXT -> text.render(job.description());
            case MARKDOWN -> markdown.render(job.description());
            case JSONLD -> JobPostingJsonLd.of(job, organizations.get(job.orgId()), settings.defaultValidity());
        };
        return ResponseEntity.ok()
                .eTag(EntityTag.of(job.version()))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .contentType(chosen.mediaType())
                .body(body);
    }
}
