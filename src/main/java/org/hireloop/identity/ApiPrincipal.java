package org.hireloop.identity;

import java.util.UUID;
import org.hireloop.platform.OrgId;
import org.hireloop.platform.TenantPrincipal;

/** A caller authenticated by an API token: the member it acts for, in one organization. */
public record ApiPrincipal(OrgId orgId, UUID userId, UUID tokenId, Role role) implements TenantPrincipal {

    @Override
    public String subject() {
        return "token:" + tokenId;
    }
}
