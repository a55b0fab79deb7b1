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

    /** The organization created at first start (HIRELOOP_BOOTSTRAP_ORG), if it exists. */
    Optional<Organization> bootstrapOrganization();
}
