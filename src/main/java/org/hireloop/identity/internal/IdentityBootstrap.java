package org.hireloop.identity.internal;

import java.time.Clock;
import java.util.UUID;
import org.hireloop.identity.Organization;
import org.hireloop.identity.Role;
import org.hireloop.platform.IdGenerator;
import org.hireloop.platform.OrgId;
import org.hireloop.platform.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * First start: when the database holds no organization, creates the bootstrap organization, its
 * owner and an owner API token. It never touches existing data, and an advisory lock keeps two
 * replicas starting together from both creating one.
 */
@Component
@Order(0)
class IdentityBootstrap {

    private static final Logger log = LoggerFactory.getLogger(IdentityBootstrap.class);

    private final OrganizationRepository organizations;
    private final TokenService tokens;
    private final IdentitySettings settings;
    private final IdGenerator ids;
    private final Clock clock;
    private final PasswordEncoder passwords;

    IdentityBootstrap(
            OrganizationRepository organizations,
            TokenService tokens,
            IdentitySettings settings,
            IdGenerator ids,
            Clock clock,
            PasswordEncoder passwords) {
        this.organizations = organizations;
        this.tokens = tokens;
        this.settings = settings;
        this.ids = ids;
        this.clock = clock;
        this.passwords = passwords;
    }

    /** Answers the token secret when it generated one the operator has not seen yet. */
    @Transactional
    public java.util.Optional<String> bootstrap() {
        organizations.lockBootstrap();
        if (organizations.anyExists()) {
            return java.util.Optional.empty();
        }
        String configured = settings.token();
        if (configured != null && !configured.isBlank() && configured.length() < 32) {
            throw new IllegalStateException("HIRELOOP_BOOTSTRAP_TOKEN must have at least 32 characters");
        }
        var now = clock.instant();
        Organization organization = new Organization(new OrgId(ids.newId()), settings.org(), settings.orgName());
        organizations.insertOrganization(organization, now);
        UUID owner = organizations.findUserByEmail(settings.email()).orElseGet(() -> {
            UUID id = ids.newId();
            String password = settings.password();
            organizations.insertUser(
                    id,
                    settings.email(),
                    "Owner",
                    password == null || password.isBlank() ? null : passwords.encode(password),
                    now);
            return id;
        });
        boolean generated = configured == null || configured.isBlank();
        var token = TenantContext.callAs(organization.id(), () -> {
            organizations.insertMembership(organization.id(), owner, Role.OWNER, now);
            return generated
                    ? tokens.create(organization.id(), owner, "bootstrap owner token")
                    : tokens.create(organization.id(), owner, "bootstrap owner token", configured);
        });
        log.info(
                "Created the bootstrap organization '{}' and its owner API token {}",
                organization.slug(),
                token.token().prefix() + "...");
        return generated ? java.util.Optional.of(token.secret()) : java.util.Optional.empty();
    }
}
