package org.hireloop.identity.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hireloop.identity.Organization;
import org.hireloop.identity.Organizations;
import org.hireloop.platform.TenantContext;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The operators' check of the audit chains: {@code java -jar hireloop.jar verify-audit [--org=SLUG]}
 * verifies one organization, or all of them without {@code --org}, prints one line per
 * organization, and exits 1 when a chain is broken (2 when an organization does not exist).
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "hireloop.command", havingValue = "verify-audit")
class VerifyAuditCommand implements ApplicationRunner, ExitCodeGenerator {

    static final int BROKEN = 1;
    static final int USAGE = 2;

    private final Organizations organizations;
    private final AuditRepository repository;
    private final AuditLog audit;
    private int exitCode;

    VerifyAuditCommand(Organizations organizations, AuditRepository repository, AuditLog audit) {
        this.organizations = organizations;
        this.repository = repository;
        this.audit = audit;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> slugs = Optional.ofNullable(args.getOptionValues("org")).orElse(List.of());
        List<Organization> chosen = slugs.isEmpty() ? repository.allOrganizations() : bySlug(slugs);
        if (exitCode == USAGE) {
            return;
        }
        int broken = 0;
        for (Organization organization : chosen) {
            broken += TenantContext.callAs(organization.id(), () -> check(organization)) ? 0 : 1;
        }
        System.out.printf("%d organizations checked, %d with a broken audit chain%n", chosen.size(), broken);
        exitCode = broken == 0 ? 0 : BROKEN;
    }

    private List<Organization> bySlug(List<String> slugs) {
        List<Organization> found = new ArrayList<>();
        for (String slug : slugs) {
            organizations.findBySlug(slug).ifPresentOrElse(found::add, () -> {
                System.err.printf("no organization '%s'%n", slug);
                exitCode = USAGE;
            });
        }
        return found;
    }

    private boolean check(Organization organization) {
        ChainVerification result = audit.verify(organization.id());
        if (result.valid()) {
            System.out.printf(
                    "ok      %s: %d entries, last seq %s, last hash %s%n",
                    organization.slug(),
                    result.entriesChecked(),
                    result.lastSeq() == null ? "-" : result.lastSeq(),
                    result.lastHash() == null ? "-" : result.lastHash().hex());
        } else {
            System.out.printf(
                    "BROKEN  %s: first broken entry seq %d (id %s); entries up to seq %s verify%n",
                    organization.slug(), result.firstBrokenSeq(), result.firstBrokenId(), lastGood(result));
        }
        return result.valid();
    }

    private static String lastGood(ChainVerification result) {
        return result.lastSeq() == null ? "none" : String.valueOf(result.lastSeq());
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
