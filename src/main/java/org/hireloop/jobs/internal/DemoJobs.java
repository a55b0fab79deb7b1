package org.hireloop.jobs.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.hireloop.identity.Organization;
import org.hireloop.identity.Organizations;
import org.hireloop.jobs.EmploymentType;
import org.hireloop.jobs.JobBoardFacts;
import org.hireloop.jobs.JobId;
import org.hireloop.jobs.JobService;
import org.hireloop.jobs.JobStatus;
import org.hireloop.jobs.Location;
import org.hireloop.platform.PageRequest;
import org.hireloop.platform.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * With {@code HIRELOOP_DEMO_DATA=true}, publishes the sample job descriptions shipped in
 * {@code demo/} on the bootstrap organization's board, once: only while it has no jobs at all.
 */
@Component
@Order(10)
class DemoJobs implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoJobs.class);

    private final JobSettings settings;
    private final Organizations organizations;
    private final JobService jobs;

    DemoJobs(JobSettings settings, Organizations organizations, JobService jobs) {
        this.settings = settings;
        this.organizations = organizations;
        this.jobs = jobs;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.demoData()) {
            return;
        }
        organizations.bootstrapOrganization().ifPresent(this::publishSamples);
    }

    /** Publishes the samples on the organization's board, unless it has jobs already. */
    void publishSamples(Organization organization) {
        TenantContext.runAs(organization.id(), () -> {
            if (!jobs.list(organization.id(), null, null, PageRequest.of(1, null))
                    .data()
                    .isEmpty()) {
                return;
            }
            Resource[] samples = samples();
            JobBoardFacts facts = new JobBoardFacts(
                    EmploymentType.FULL_TIME, new Location(Location.Workplace.HYBRID, "US", "Austin"), null, null);
            for (Resource sample : samples) {
                JobId id =
                        jobs.importText(organization.id(), read(sample), facts).id();
                jobs.moveTo(organization.id(), id, JobStatus.PUBLISHED, null);
            }
            log.info("Published {} sample jobs on the board of '{}'", samples.length, organization.slug());
        });
    }

    private static Resource[] samples() {
        try {
            return new PathMatchingResourcePatternResolver().getResources("classpath:demo/*.txt");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Resource resource) {
        try (var in = resource.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
