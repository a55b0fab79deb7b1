package org.hireloop.identity.internal;

import java.util.Optional;
import java.util.UUID;
import org.hireloop.identity.Organization;
import org.hireloop.identity.Organizations;
import org.hireloop.identity.Role;
import org.hireloop.platform.OrgId;
import org.hireloop.platform.ProblemException;
import org.springframework.stereotype.Service;

@Service
class OrganizationService implements Organizations {

    private final OrganizationRepository repository;
    private final IdentitySettings settings;

    OrganizationService(OrganizationRepository repository, IdentitySettings settings) {
        this.repository = repository;
        this.settings = settings;
    }

    @Override
    public Optional<Organization> findBySlug(String slug) {
        return repository.findBySlug(slug);
    }

    @Override
    public Organization get(OrgId id) {
        return repository
                .findById(id)
                .orElseThrow(() -> new ProblemException.ResourceNotFound("no organization " + id));
    }

    @Override
    public Optional<Role> roleOf(OrgId org, UUID userId) {
        return repository.roleOf(org, userId);
    }

    @Override
    public Optional<Organization> bootstrapOrganization() {
        return repository.findBySlug(settings.org());
    }
}
