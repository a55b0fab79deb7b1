package org.hireloop.jobs;

import java.util.UUID;
import org.hireloop.identity.ApiPrincipal;
import org.hireloop.identity.Role;
import org.jspecify.annotations.Nullable;

/**
 * Who reads an organization's jobs, and so which of them they see. This is the one place that
 * decides it: a hiring manager sees only the jobs they are assigned to (an organization's token
 * with the hiring_manager role is assigned to none, so it sees none); everyone else the permission
 * table lets read jobs sees all of them. The repository turns a restricted viewer into its query.
 */
public record JobViewer(boolean assignedOnly, @Nullable UUID userId) {

    /** Every job of the organization: the recruiting roles, the public board, commands. */
    public static final JobViewer ALL = new JobViewer(false, null);

    /** What this caller sees. */
    public static JobViewer of(ApiPrincipal caller) {
        return caller.role() == Role.HIRING_MANAGER ? new JobViewer(true, caller.userId()) : ALL;
    }
}
