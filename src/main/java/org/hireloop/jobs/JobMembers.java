package org.hireloop.jobs;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hireloop.identity.Organizations;
import org.hireloop.identity.Role;
import org.hireloop.jobs.persistence.JobMemberRepository;
import org.hireloop.jobs.persistence.JobRepository;
import org.hireloop.platform.OrgId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people assigned to a job. Only the organization's hiring managers can be assigned; an
 * assignment is what lets a hiring manager see the job (see {@link JobViewer}).
 */
@Service
public class JobMembers {

    /** An assignment and whether this call made it (false: it existed already). */
    public record Assignment(JobMember member, boolean created) {}

    private final JobRepository jobs;
    private final JobMemberRepository members;
    private final Clock clock;
    private final Organizations organizations;

    JobMembers(JobRepository jobs, JobMemberRepository members, Clock clock, Organizations organizations) {
        this.organizations = organizations;
        this.jobs = jobs;
        this.members = members;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<JobMember> list(OrgId org, JobId job) {
        requireJob(org, job);
        return members.list(org, job);
    }

    /**
     * The jobs the user is assigned to: what a hiring manager may see (see {@link JobViewer}), for
     * a module that must restrict something else to them, such as search.
     */
    @Transactional(readOnly = true)
    public Set<JobId> jobsAssignedTo(OrgId org, UUID userId) {
        return Set.copyOf(members.jobsOf(org, userId));
    }

    /**
     * Assigns a hiring manager of the organization to the job: 422 for someone who is not a member,
     * 409 for a member of another role. Assigning twice changes nothing.
     */
    @Transactional
    public Assignment assign(OrgId org, JobId job, @Nullable UUID userId) {
        requireJob(org, job);
        if (userId == null) {
            throw JobMemberRefused.missing();
        }
        Role role = organizations.roleOf(org, userId).orElseThrow(() -> JobMemberRefused.notAMember(userId));
        if (role != Role.HIRING_MANAGER) {
            throw new JobMemberRoleConflict(userId, role.dbValue());
        }
        JobMember member = new JobMember(job, userId, JobMember.HIRING_MANAGER, clock.instant());
        if (members.insert(org, member)) {
            return new Assignment(member, true);
        }
        return new Assignment(members.find(org, job, userId).orElseThrow(), false);
    }

    @Transactional
    public void remove(OrgId org, JobId job, UUID userId) {
        requireJob(org, job);
        if (!members.delete(org, job, userId)) {
            throw new JobMemberNotFound(job, userId);
        }
    }

    private void requireJob(OrgId org, JobId job) {
        if (jobs.find(org, job).isEmpty()) {
            throw new JobNotFound(job);
        }
    }
}
