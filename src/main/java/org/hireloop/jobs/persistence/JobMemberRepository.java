package org.hireloop.jobs.persistence;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hireloop.jobs.JobId;
import org.hireloop.jobs.JobMember;
import org.hireloop.platform.OrgId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The people assigned to jobs, and the organization role of a would-be assignee. */
@Repository
public class JobMemberRepository {

    private final JdbcClient jdbc;

    JobMemberRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The members of a job, oldest assignment first. */
    public List<JobMember> list(OrgId org, JobId job) {
        return jdbc.sql("""
                        select job_id, user_id, role, created_at from job_members
                         where org_id = ? and job_id = ? order by created_at, user_id
                        """)
                .params(org.value(), job.value())
                .query((rs, row) -> new JobMember(
                        new JobId(rs.getObject("job_id", UUID.class)),
                        rs.getObject("user_id", UUID.class),
                        rs.getString("role"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    public Optional<JobMember> find(OrgId org, JobId job, UUID userId) {
        return jdbc.sql("""
                        select job_id, user_id, role, created_at from job_members
                         where org_id = ? and job_id = ? and user_id = ?
                        """)
                .params(org.value(), job.value(), userId)
                .query((rs, row) -> new JobMember(
                        new JobId(rs.getObject("job_id", UUID.class)),
                        rs.getObject("user_id", UUID.class),
                        rs.getString("role"),
                        rs.getTimestamp("created_at").toInstant()))
                .optional();
    }

    /** The ids of the jobs the user is assigned to (an index-only scan of job_members_by_user). */
    public List<JobId> jobsOf(OrgId org, UUID userId) {
        return jdbc.sql("select job_id from job_members where org_id = ? and user_id = ?")
                .params(org.value(), userId)
                .query((rs, row) -> new JobId(rs.getObject("job_id", UUID.class)))
                .list();
    }

    /** Stores the assignment unless it exists; true when it is new. */
    public boolean insert(OrgId org, JobMember member) {
        return jdbc.sql("""
                        insert into job_members (org_id, job_id, user_id, role, created_at)
                        values (?, ?, ?, ?, ?) on conflict do nothing
                        """)
                        .params(
                                org.value(),
                                member.jobId().value(),
                                member.userId(),
                                member.role(),
                                Timestamp.from(member.createdAt()))
                        .update()
                == 1;
    }

    public boolean delete(OrgId org, JobId job, UUID userId) {
        return jdbc.sql("delete from job_members where org_id = ? and job_id = ? and user_id = ?")
                        .params(org.value(), job.value(), userId)
                        .update()
                == 1;
    }
}
