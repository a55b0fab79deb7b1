package org.hireloop.identity.internal;

import java.util.Optional;
import java.util.UUID;
import org.hireloop.identity.Organization;
import org.hireloop.identity.Organizations;
import org.hireloop.identity.Role;
import org.hireloop.identity.people.NewPerson;
import org.hireloop.identity.people.OrganizationProfile;
import org.hireloop.identity.people.OrganizationProvisioning;
import org.hireloop.identity.people.OrganizationProvisioning.NewOrganization;
import org.hireloop.identity.people.Origin;
import org.hireloop.identity.people.Slug;
import org.hireloop.platform.OrgId;
import org.hireloop.platform.ProblemException;
import org.springframework.stereotype.Service;

@Service
class OrganizationService implements Organizations {

    private final OrganizationRepository repository;
    private final IdentitySettings settings;
    private final OrganizationProvisioning provisioning;

    OrganizationService(
            OrganizationRepository repository, IdentitySettings settings, OrganizationProvisioning provisioning) {
        this.repository = repository;
        this.settings = settings;
        this.provisioning = provisioning;
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
    public Organization create(String slug, String name, String ownerEmail, String ownerName) {
        OrganizationProfile created = provisioning
                .create(
                        new NewOrganization(
                                new Slug(slug), name, new NewPerson(ownerEmail, ownerName, null, null), null, false),
                        Origin.commandLine())
                .organization();
        return new Organization(created.id(), created.slug(), created.name());
    }

    @Override
    public Optional<Organization> bootstrapOrganization() {
        return repository.findBySlug(settings.org());
    }
}
