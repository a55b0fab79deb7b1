package org.hireloop.jobs.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hireloop.identity.Organization;
import org.hireloop.identity.Organizations;
import org.hireloop.jobs.JobBoardFacts;
import org.hireloop.jobs.JobDescriptionInvalid;
import org.hireloop.jobs.JobService;
import org.hireloop.platform.TenantContext;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The operators' import: {@code java -jar hireloop.jar import [--org=SLUG] FILE...} imports each
 * file as a draft of the organization (the bootstrap one by default), prints one line per file,
 * and exits non-zero when any file was refused.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "hireloop.command", havingValue = "import")
class ImportCommand implements ApplicationRunner, ExitCodeGenerator {

    private final Organizations organizations;
    private final JobService jobs;
    private int exitCode;

    ImportCommand(Organizations organizations, JobService jobs) {
        this.organizations = organizations;
        this.jobs = jobs;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> files = args.getNonOptionArgs().stream().skip(1).toList();
        List<String> slugs = args.getOptionValues("org");
        Organization organization = (slugs == null || slugs.isEmpty()
                        ? organizations.bootstrapOrganization()
                        : organizations.findBySlug(slugs.get(0)))
                .orElseThrow(() -> new IllegalArgumentException("no such organization: " + slugs));
        if (files.isEmpty()) {
            System.err.println("usage: hireloop import [--org=SLUG] FILE...");
            exitCode = 2;
            return;
        }
        int refused = 0;
        for (String file : files) {
            boolean imported = TenantContext.callAs(organization.id(), () -> importOne(organization, Path.of(file)));
            refused += imported ? 0 : 1;
        }
        System.out.printf("%d imported, %d refused into '%s'%n", files.size() - refused, refused, organization.slug());
        exitCode = refused == 0 ? 0 : 1;
    }

    private boolean importOne(Organization organization, Path file) {
        try {
            var job = jobs.importText(organization.id(), Files.readAllBytes(file), JobBoardFacts.NONE);
            System.out.printf(
                    "imported %s as draft %s (%s)%n",
                    file, job.id(), job.description().title());
            return true;
        } catch (JobDescriptionInvalid e) {
            System.out.printf("refused  %s: %s%n", file, e.detail());
        } catch (IOException e) {
            System.out.printf("refused  %s: cannot read it (%s)%n", file, e.getMessage());
        }
        return false;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
