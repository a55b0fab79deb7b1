package org.hireloop.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.hireloop.IntegrationTest;
import org.hireloop.TestApi;
import org.hireloop.TestApi.Tenant;
import org.hireloop.platform.IdGenerator;
import org.hireloop.platform.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * The change feed that search indexes follow: every write is read at least once, also when
 * transactions commit in another order than they began, and deletions are read as tombstones.
 */
@IntegrationTest
class JobChangeFeedIntegrationTests {

    @Autowired
    TestApi api;

    @Autowired
    JobChangeFeed feed;

    @Autowired
    JobService jobs;

    @Autowired
    IdGenerator ids;

    @Autowired
    @Qualifier("owner")
    DataSource owner;

    @Test
    void aTransactionThatCommitsLateIsReadAtTheNextRead() throws Exception {
        Tenant tenant = api.newOrganization("feed");
        long start = feed.horizon();
        UUID early = ids.newId();
        UUID late = ids.newId();
        try (Connection slow = owner.getConnection();
                Connection fast = owner.getConnection()) {
            slow.setAutoCommit(false);
            insertJob(slow, tenant, early, "Early Starter");
            insertJob(fast, tenant, late, "Quick Finisher");

            List<UUID> first = changedIds(start);
            long horizon = feed.horizon();
            assertThat(first).contains(late).doesNotContain(early);

            slow.commit();
            assertThat(changedIds(horizon))
                    .as("the job of the transaction still running at the first read")
                    .contains(early);
        }
    }

    @Test
    void everyWriteAndDeletionIsInTheFeed() {
        Tenant tenant = api.newOrganization("feed");
        long start = feed.horizon();
        Job job = TenantContext.callAs(
                tenant.id(), () -> jobs.create(tenant.id(), titled("Feed Reader"), JobBoardFacts.NONE));
        assertThat(changedIds(start)).contains(job.id().value());

        long afterCreate = feed.horizon();
        TenantContext.runAs(tenant.id(), () -> jobs.delete(tenant.id(), job.id(), "\"1\""));
        assertThat(feed.deletions(afterCreate))
                .extracting(JobChangeFeed.Deleted::jobId)
                .contains(job.id().value());
        assertThat(changedIds(afterCreate)).doesNotContain(job.id().value());
    }

    @Test
    void pagesFollowEachOtherWithoutGapsOrRepeats() {
        Tenant tenant = api.newOrganization("feed");
        long start = feed.horizon();
        List<UUID> created = TenantContext.callAs(
                tenant.id(),
                () -> java.util.stream.IntStream.range(0, 7)
                        .mapToObj(i -> jobs.create(tenant.id(), titled("Paged " + i), JobBoardFacts.NONE)
                                .id()
                                .value())
                        .toList());
        List<UUID> read = new java.util.ArrayList<>();
        JobChangeFeed.Change after = null;
        while (true) {
            List<JobChangeFeed.Change> page = feed.changes(start, after, 3);
            page.forEach(change -> read.add(change.job().id().value()));
            if (page.size() < 3) {
                break;
            }
            after = page.get(page.size() - 1);
        }
        assertThat(read).doesNotHaveDuplicates().containsAll(created);
    }

    @Test
    void everyJobIsReadOnceAcrossPagesInTheOrderOfTheSearchIndex() {
        Tenant first = api.newOrganization("feed");
        Tenant second = api.newOrganization("feed");
        List<String> titles = List.of("zeta Analyst", "Alpha Engineer", "alpha engineer", "Beta Designer");
        List<UUID> created = new java.util.ArrayList<>();
        for (Tenant tenant : List.of(first, second)) {
            TenantContext.runAs(
                    tenant.id(),
                    () -> titles.forEach(
                            title -> created.add(jobs.create(tenant.id(), titled(title), JobBoardFacts.NONE)
                                    .id()
                                    .value())));
        }

        List<Job> read = new java.util.ArrayList<>();
        Job after = null;
        while (true) {
            List<Job> page = feed.all(after, 3);
            read.addAll(page);
            if (page.size() < 3) {
                break;
            }
            after = page.get(page.size() - 1);
        }

        List<Job> ours =
                read.stream().filter(job -> created.contains(job.id().value())).toList();
        assertThat(ours).extracting(job -> job.id().value()).containsExactlyInAnyOrderElementsOf(created);
        // lowercased title, then id as unsigned bytes: LuceneJobSearchEngine.INDEX_ORDER
        assertThat(ours)
                .isSortedAccordingTo(java.util.Comparator.<Job, String>comparing(
                                job -> job.description().title().toLowerCase(java.util.Locale.ROOT))
                        .thenComparing(job -> job.id().value().getMostSignificantBits(), Long::compareUnsigned)
                        .thenComparing(job -> job.id().value().getLeastSignificantBits(), Long::compareUnsigned));
        assertThat(ours.get(0).description().title()).isEqualToIgnoringCase("alpha engineer");
    }

    private static JobDescription titled(String title) {
        return new JobDescription(title, null, List.of(), null, null, null, null, null, null);
    }

    private List<UUID> changedIds(long position) {
        return feed.changes(position, null, 10_000).stream()
                .map(change -> change.job().id().value())
                .toList();
    }

    private static void insertJob(Connection connection, Tenant tenant, UUID id, String title) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into jobs (org_id, id, status, title, content, created_at, updated_at, version)"
                        + " values (?, ?, 'draft', ?, ?::jsonb, ?, ?, 1)")) {
            Timestamp now = Timestamp.from(Instant.now());
            insert.setObject(1, tenant.id().value());
            insert.setObject(2, id);
            insert.setString(3, title);
            insert.setString(4, "{}");
            insert.setTimestamp(5, now);
            insert.setTimestamp(6, now);
            insert.executeUpdate();
        }
    }
}
