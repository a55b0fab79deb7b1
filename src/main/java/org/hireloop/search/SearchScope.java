package org.hireloop.search;

import java.util.Set;
import java.util.UUID;
import org.hireloop.platform.OrgId;

/**
 * Which jobs a search may see. Every query the engine runs is limited by its scope before any
 * other clause: the public scopes see published jobs only, an organization's members see all of
 * that organization's jobs (a hiring manager only those assigned to them) and never another's.
 */
public sealed interface SearchScope {

    /** The cross-organization board: published jobs of every organization. */
    record AllPublished() implements SearchScope {}

    /** One organization's public board: its published jobs. */
    record OrgPublished(OrgId org) implements SearchScope {}

    /** A member's search: every job of their organization, in every status. */
    record OrgPrivate(OrgId org) implements SearchScope {}

    /**
     * A member's search limited to some of their organization's jobs, in every status: a hiring
     * manager's, who sees only the jobs assigned to them. No ids, no jobs.
     */
    record OrgAssigned(OrgId org, Set<UUID> jobs) implements SearchScope {
        public OrgAssigned {
            jobs = Set.copyOf(jobs);
        }
    }

    SearchScope ALL_PUBLISHED = new AllPublished();
}
