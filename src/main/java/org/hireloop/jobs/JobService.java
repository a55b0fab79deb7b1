package org.hireloop.jobs;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hireloop.jobs.format.JobDescriptionParser;
import org.hireloop.jobs.persistence.JobRepository;
import org.hireloop.platform.EntityTag;
import org.hireloop.platform.IdGenerator;
import org.hireloop.platform.OrgId;
import org.hireloop.platform.Page;
import org.hireloop.platform.PageRequest;
import org.hireloop.platform.ProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The job postings of an organization: create (from JSON or the text format), read, list,
 * change, move through the life cycle, delete drafts. Every method takes the organization first
 * and touches nothing outside it; each write is one transaction.
 */
@Service
public class JobService {

    private final JobRepository jobs;
    private final JobDescriptionParser parser;
    private final IdGenerator ids;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    JobService(JobRepository jobs, IdGenerator ids, Clock clock, ApplicationEventPublisher events) {
        this.jobs = jobs;
        this.parser = new JobDescriptionParser();
        this.ids = ids;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    public Job create(OrgId org, JobDescription description, JobBoardFacts facts) {
        Instant now = clock.instant();
        Job job = new Job(new JobId(ids.newId()), org, JobStatus.DRAFT, description, facts, now, now, null, 1);
        jobs.insert(job);
        events.publishEvent(new JobEvents.JobCreated(org, job.id()));
        return job;
    }

    /**
     * Imports one job description in the text format as a draft. A file that is not a job
     * description is refused with the line and what was expected there; nothing is stored.
     */
    @Transactional
    public Job importText(OrgId org, byte[] text, JobBoardFacts facts) {
        return create(org, parse(text), facts);
    }

    /**
     * The bulk path of operators' loads: parses every text (one refused text refuses the whole
     * batch, and nothing is stored), then inserts them all as published jobs in one transaction,
     * with one {@link JobEvents.JobsImported} event. The caller runs it as the organization
     * ({@code TenantContext.callAs}), one call per batch of a few hundred jobs.
     */
    @Transactional
    public List<JobId> importPublished(OrgId org, List<JobImport> batch) {
        List<JobDescription> descriptions = new ArrayList<>(batch.size());
        for (JobImport item : batch) {
            descriptions.add(parse(item.text()));
        }
        Instant now = clock.instant();
        List<Job> created = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            created.add(new Job(
                    new JobId(ids.newId()),
                    org,
                    JobStatus.PUBLISHED,
                    descriptions.get(i),
                    batch.get(i).facts(),
                    now,
                    now,
                    now,
                    1));
        }
        jobs.insertAll(created);
        List<JobId> jobIds = created.stream().map(Job::id).toList();
        events.publishEvent(new JobEvents.JobsImported(org, jobIds));
        return jobIds;
    }

    /** Parses without storing: the import's validation, reusable by batch imports. */
    public JobDescription parse(byte[] text) {
        try {
            return parser.parse(text);
        } catch (org.hireloop.jobs.format.JobDescriptionParseException e) {
            throw new JobDescriptionInvalid(e);
        }
    }

    private JobDescription parse(String text) {
        try {
            return parser.parse(text);
        } catch (org.hireloop.jobs.format.JobDescriptionParseException e) {
            throw new JobDescriptionInvalid(e);
        }
    }

    @Transactional(readOnly = true)
    public Job get(OrgId org, JobId id) {
        return get(org, id, JobViewer.ALL);
    }

    /** A job as this viewer sees it: a job they may not see does not exist for them (404). */
    @Transactional(readOnly = true)
    public Job get(OrgId org, JobId id, JobViewer viewer) {
        return jobs.find(org, id, viewer).orElseThrow(() -> new JobNotFound(id));
    }

    /** A job as the public board shows it: only published ones exist there. */
    @Transactional(readOnly = true)
    public Job getPublished(OrgId org, JobId id) {
        return jobs.find(org, id)
                .filter(job -> job.status() == JobStatus.PUBLISHED)
                .orElseThrow(() -> new JobNotFound(id));
    }

    @Transactional(readOnly = true)
    public Page<Job> list(OrgId org, @Nullable JobStatus status, @Nullable String tag, PageRequest page) {
        return list(org, JobViewer.ALL, status, tag, page);
    }

    /** The jobs this viewer may see, newest first. */
    @Transactional(readOnly = true)
    public Page<Job> list(
            OrgId org, JobViewer viewer, @Nullable JobStatus status, @Nullable String tag, PageRequest page) {
        var fetched = jobs.list(org, viewer, new JobRepository.Filter(status, tag), page.fetchSize(), page.after());
        return Page.of(fetched, page, job -> job.id().value());
    }

    /** Replaces the content of a job whose current ETag the caller names in If-Match. */
    @Transactional
    public Job update(OrgId org, JobId id, @Nullable String ifMatch, JobDescription description, JobBoardFacts facts) {
        Job current = get(org, id);
        EntityTag.requireMatch(ifMatch, current.version());
        Job changed = current.withContent(description, facts, clock.instant());
        save(changed, current.version());
        events.publishEvent(new JobEvents.JobChanged(org, id, changed.version()));
        return changed;
    }

    /** Publishes, closes, reopens or archives. If-Match is optional here: a POST need not carry it. */
    @Transactional
    public Job moveTo(OrgId org, JobId id, JobStatus target, @Nullable String ifMatch) {
        Job current = get(org, id);
        if (ifMatch != null) {
            EntityTag.requireMatch(ifMatch, current.version());
        }
        Job moved = current.moveTo(target, clock.instant());
        save(moved, current.version());
        events.publishEvent(new JobEvents.JobStatusChanged(org, id, current.status(), target));
        return moved;
    }

    @Transactional
    public void delete(OrgId org, JobId id, @Nullable String ifMatch) {
        Job current = get(org, id);
        EntityTag.requireMatch(ifMatch, current.version());
        current.requireDeletable();
        if (!jobs.delete(org, id, current.version())) {
            throw new ProblemException.PreconditionFailed("the job changed meanwhile; read it again");
        }
        events.publishEvent(new JobEvents.JobDeleted(org, id));
    }

    private void save(Job changed, long expectedVersion) {
        if (!jobs.update(changed, expectedVersion)) {
            throw new ProblemException.PreconditionFailed("the job changed meanwhile; read it again");
        }
    }
}
