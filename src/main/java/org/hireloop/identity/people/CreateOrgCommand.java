package org.hireloop.identity.people;

import java.util.List;
import org.hireloop.identity.people.OrganizationProvisioning.CreatedOrganization;
import org.hireloop.identity.people.OrganizationProvisioning.NewOrganization;
import org.hireloop.platform.ProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The operators' organization creation: {@code java -jar hireloop.jar create-org --slug=acme
 * --name="Acme Inc" --owner-email=ada@acme.test --owner-name="Ada Lovelace"} creates the
 * organization and its owner and prints the owner's API token once (on the console, never in the
 * logs). Exit code 0 when created, 1 when refused, 2 on a usage mistake.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "hireloop.command", havingValue = "create-org")
class CreateOrgCommand implements ApplicationRunner, ExitCodeGenerator {

    static final String USAGE =
            "usage: hireloop create-org --slug=SLUG --name=NAME --owner-email=EMAIL --owner-name=NAME";

    private final OrganizationProvisioning provisioning;
    private int exitCode;

    CreateOrgCommand(OrganizationProvisioning provisioning) {
        this.provisioning = provisioning;
    }

    @Override
    public void run(ApplicationArguments args) {
        String slug = option(args, "slug");
        String name = option(args, "name");
        String email = option(args, "owner-email");
        String ownerName = option(args, "owner-name");
        if (slug == null || name == null || email == null || ownerName == null) {
            System.err.println(USAGE);
            exitCode = 2;
            return;
        }
        try {
            CreatedOrganization created = provisioning.create(
                    new NewOrganization(new Slug(slug), name, new NewPerson(email, ownerName, null, null), null, false),
                    Origin.commandLine());
            System.out.printf(
                    """
                    Created the organization '%s' (%s) and its owner.
                    The owner's API token is shown this once; hand it over safely:

                      %s
                    """,
                    created.organization().slug(),
                    created.organization().id(),
                    created.token().secret());
            exitCode = 0;
        } catch (ProblemException e) {
            System.err.println("refused: " + e.detail());
            exitCode = 1;
        }
    }

    private static @Nullable String option(ApplicationArguments args, String name) {
        List<String> values = args.getOptionValues(name);
        return values == null || values.isEmpty() || values.get(0).isBlank() ? null : values.get(0);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
