package org.hireloop.identity.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Runs the bootstrap before anything else uses the database's organizations. A generated token is
 * printed once to the console, not logged: logs are shipped and kept, a secret must not be.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BootstrapRunner implements ApplicationRunner {

    private final IdentityBootstrap bootstrap;
    private final IdentitySettings settings;

    BootstrapRunner(IdentityBootstrap bootstrap, IdentitySettings settings) {
        this.bootstrap = bootstrap;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        bootstrap
                .bootstrap()
                .ifPresent(secret -> System.out.printf("""

                ================================================================================
                 Hireloop created the organization '%s' and an owner API token for %s.
                 It is shown this once; keep it somewhere safe:

                   %s

                 Try: curl -H 'Authorization: Bearer %s' http://localhost:8080/api/v1/jobs
                ================================================================================

                """, settings.org(), settings.email(), secret, secret));
    }
}
