package org.hireloop.identity;

import java.util.Optional;
import java.util.UUID;
import org.hireloop.platform.OrgId;

/** Looks organizations up for other modules (public job boards, exports). */
public interface Organizations {

    Optional<Organization> findBySlug(String slug);

    Organization get(OrgId id);

    /** The role the user holds in the organization, or empty when they are not a member. */
    Optional<Role> roleOf(OrgId org, UUID userId);

    /**
     * Creates an organization with its owner, as the operators' command line does (audited as the
     * operator); the owner's API token is not handed out: they sign in or an operator makes one.
     * For operators' tools such as the synthetic corpus loader. A taken slug is refused (409).
     */
    Organization create(String slug, String name, String ownerEmail, String ownerName);

    /** The organization created at first start (HIRELOOP_BOOTSTRAP_ORG), if it exists. */
    Optional<Organization> bootstrapOrganization();
}
