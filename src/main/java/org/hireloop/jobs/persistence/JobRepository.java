package org.hireloop.jobs.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hireloop.jobs.EmploymentType;
import org.hireloop.jobs.Job;
import org.hireloop.jobs.JobBoardFacts;
import org.hireloop.jobs.JobChangeFeed;
import org.hireloop.jobs.JobDescription;
import org.hireloop.jobs.JobId;
import org.hireloop.jobs.JobStatus;
import org.hireloop.jobs.JobViewer;
import org.hireloop.jobs.Location;
import org.hireloop.jobs.Salary;
import org.hireloop.platform.OrgId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Jobs in PostgreSQL. Every statement names {@code org_id}, the first column of the primary key
 * and of the list index, so each query stays within one organization (and one shard on Citus).
 */
@Repository
public class JobRepository {

    /** The nested parts of a job description, stored as one jsonb value. */
    record Content(
            JobDescription.CareerProgression career,
            JobDescription.Responsibilities responsibilities,
            JobDescription.Skills skills,
            JobDescription.Education education,
            JobDescription.Experience experience) {}

    /** What a list may filter on; null means no filter. */
    public record Filter(
            @Nullable JobStatus status, @Nullable String tag) {}

    private static final String COLUMNS = """
            org_id, id, status, title, salary_min, salary_max, salary_currency, salary_period, tags,
            role_definition, content, employment_type, workplace, country, city, department, valid_through,
            created_at, updated_at, published_at, version""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JobRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void insert(Job job) {
        jdbc.sql("insert into jobs (" + COLUMNS
                        + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(values(job))
                .update();
    }

    /** Rows per multi-row insert: 21 parameters each stay well below PostgreSQL's 65,535. */
    private static final int INSERT_CHUNK = 500;

    /** Inserts many jobs with multi-row statements: the bulk import's path. */
    public void insertAll(List<Job> jobs) {
        String row = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        for (int from = 0; from < jobs.size(); from += INSERT_CHUNK) {
            List<Job> chunk = jobs.subList(from, Math.min(jobs.size(), from + INSERT_CHUNK));
            StringBuilder sql = new StringBuilder("insert into jobs (" + COLUMNS + ") values ");
            List<Object> params = new java.util.ArrayList<>(chunk.size() * 21);
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? row : ", " + row);
                params.addAll(Arrays.asList(values(chunk.get(i))));
            }
            jdbc.sql(sql.toString()).params(params).update();
        }
    }

    /** Writes a changed job if nobody changed it since {@code expectedVersion}; false otherwise. */
    public boolean update(Job job, long expectedVersion) {
        Object[] values = values(job);
        Object[] params = new Object[values.length - 2 + 3];
        System.arraycopy(values, 2, params, 0, values.length - 2);
        params[params.length - 3] = job.orgId().value();
        params[params.length - 2] = job.id().value();
        params[params.length - 1] = expectedVersion;
        return jdbc.sql("""
                        update jobs set status = ?, title = ?, salary_min = ?, salary_max = ?, salary_currency = ?,
                               salary_period = ?, tags = ?, role_definition = ?, content = ?::jsonb,
                               employment_type = ?, workplace = ?, country = ?, city = ?, department = ?,
                               valid_through = ?, created_at = ?, updated_at = ?, published_at = ?, version = ?
                         where org_id = ? and id = ? and version = ?
                        """).params(params).update() == 1;
    }

    public Optional<Job> find(OrgId org, JobId id) {
        return find(org, id, JobViewer.ALL);
    }

    /** The job if the viewer may see it. */
    public Optional<Job> find(OrgId org, JobId id, JobViewer viewer) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from jobs where org_id = ? and id = ?");
        List<Object> params = new java.util.ArrayList<>(List.of(org.value(), id.value()));
        visibleTo(viewer, sql, params);
        return jdbc.sql(sql.toString()).params(params).query(this::job).optional();
    }

    /** Newest first, {@code limit} rows after the cursor id, of the jobs the viewer may see. */
    public List<Job> list(OrgId org, JobViewer viewer, Filter filter, int limit, @Nullable UUID after) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from jobs where org_id = ?");
        List<Object> params = new java.util.ArrayList<>(List.of(org.value()));
        visibleTo(viewer, sql, params);
        if (filter.status() != null) {
            sql.append(" and status = ?");
            params.add(filter.status().apiValue());
        }
        if (filter.tag() != null) {
            sql.append(" and tags @> array[?]::text[]");
            params.add(filter.tag());
        }
        if (after != null) {
            sql.append(" and id < ?");
            params.add(after);
        }
        sql.append(" order by id desc limit ?");
        params.add(limit);
        return jdbc.sql(sql.toString()).params(params).query(this::job).list();
    }

    /** The viewer's restriction as SQL: a hiring manager's jobs are those assigned to them. */
    private static void visibleTo(JobViewer viewer, StringBuilder sql, List<Object> params) {
        if (!viewer.assignedOnly()) {
            return;
        }
        if (viewer.userId() == null) {
            sql.append(" and false");
            return;
        }
        sql.append(" and exists (select 1 from job_members m"
                + " where m.org_id = jobs.org_id and m.job_id = jobs.id and m.user_id = ?)");
        params.add(viewer.userId());
    }

    public boolean delete(OrgId org, JobId id, long expectedVersion) {
        return jdbc.sql("delete from jobs where org_id = ? and id = ? and version = ?")
                        .params(org.value(), id.value(), expectedVersion)
                        .update()
                == 1;
    }

    /** The change feed's horizon: the oldest transaction still running (see JobChangeFeed). */
    public long changeHorizon() {
        return jdbc.sql("select hireloop_job_feed_horizon()::text")
                .query(Long.class)
                .single();
    }

    public List<JobChangeFeed.Change> changes(long position, JobChangeFeed.@Nullable Change after, int max) {
        UUID nil = new UUID(0, 0);
        return jdbc.sql("select c.*, c.change_xid::text as change_position"
                        + " from hireloop_job_changes(?::text::xid8, ?, ?, ?) c")
                .params(
                        after == null ? Long.toString(position) : Long.toString(after.position()),
                        after == null ? nil : after.job().orgId().value(),
                        after == null ? nil : after.job().id().value(),
                        max)
                .query((rs, row) ->
                        new JobChangeFeed.Change(job(rs, row), Long.parseLong(rs.getString("change_position"))))
                .list();
    }

    public List<JobChangeFeed.Deleted> tombstones(long position) {
        return jdbc.sql("select org_id, id from hireloop_job_tombstones(?::text::xid8)")
                .param(Long.toString(position))
                .query((rs, row) ->
                        new JobChangeFeed.Deleted(rs.getObject("org_id", UUID.class), rs.getObject("id", UUID.class)))
                .list();
    }

    public List<Job> all(@Nullable Job after, int max) {
        return jdbc.sql("select * from hireloop_all_jobs(?, ?, ?)")
                .params(
                        after == null ? "" : after.description().title(),
                        after == null ? new UUID(0, 0) : after.id().value(),
                        max)
                .query(this::job)
                .list();
    }

    public long forgottenTombstones() {
        return jdbc.sql("select hireloop_job_feed_forgotten()::text")
                .query(Long.class)
                .single();
    }

    public int deleteTombstones(Instant before) {
        return jdbc.sql("select hireloop_delete_old_job_tombstones(?)")
                .param(Timestamp.from(before))
                .query(Integer.class)
                .single();
    }

    private Object[] values(Job job) {
        JobDescription d = job.description();
        Salary salary = d.salary();
        JobBoardFacts facts = job.facts();
        Location location = facts.location();
        Content content = new Content(d.career(), d.responsibilities(), d.skills(), d.education(), d.experience());
        return new Object[] {
            job.orgId().value(),
            job.id().value(),
            job.status().apiValue(),
            d.title(),
            salary == null ? null : salary.min(),
            salary == null ? null : salary.max(),
            salary == null ? null : salary.currency().getCurrencyCode(),
            salary == null ? null : salary.period().name(),
            d.tags().toArray(String[]::new),
            d.roleDefinition(),
            json.writeValueAsString(content),
            facts.employmentType() == null ? null : facts.employmentType().name(),
            location.workplace() == null ? null : location.workplace().name().toLowerCase(),
            location.country(),
            location.city(),
            facts.department(),
            timestamp(facts.validThrough()),
            timestamp(job.createdAt()),
            timestamp(job.updatedAt()),
            timestamp(job.publishedAt()),
            job.version()
        };
    }

    private Job job(ResultSet rs, int row) throws SQLException {
        Content content = json.readValue(rs.getString("content"), Content.class);
        JobDescription description = new JobDescription(
                rs.getString("title"),
                salary(rs),
                Arrays.asList((String[]) rs.getArray("tags").getArray()),
                rs.getString("role_definition"),
                content.career(),
                content.responsibilities(),
                content.skills(),
                content.education(),
                content.experience());
        String employment = rs.getString("employment_type");
        String workplace = rs.getString("workplace");
        JobBoardFacts facts = new JobBoardFacts(
                employment == null ? null : EmploymentType.valueOf(employment),
                new Location(
                        workplace == null ? null : Location.Workplace.valueOf(workplace.toUpperCase()),
                        rs.getString("country"),
                        rs.getString("city")),
                rs.getString("department"),
                instant(rs, "valid_through"));
        return new Job(
                new JobId(rs.getObject("id", UUID.class)),
                new OrgId(rs.getObject("org_id", UUID.class)),
                JobStatus.fromApi(rs.getString("status")),
                description,
                facts,
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                instant(rs, "published_at"),
                rs.getLong("version"));
    }

    private static @Nullable Salary salary(ResultSet rs) throws SQLException {
        BigDecimal min = rs.getBigDecimal("salary_min");
        if (min == null) {
            return null;
        }
        return new Salary(
                min,
                rs.getBigDecimal("salary_max"),
                Currency.getInstance(rs.getString("salary_currency")),
                Salary.SalaryPeriod.valueOf(rs.getString("salary_period")));
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
