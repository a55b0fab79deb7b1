package org.hireloop.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hireloop.IntegrationTest;
import org.hireloop.SharedFixtures;
import org.hireloop.TestApi;
import org.hireloop.TestApi.Tenant;
import org.hireloop.identity.Organizations;
import org.hireloop.jobs.JobChangeFeed;
import org.hireloop.search.indexing.JobDocuments;
import org.hireloop.search.indexing.SearchIndexer;
import org.hireloop.search.lucene.LuceneJobSearchEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Another replica of the service: an index of its own following the same database. It sees every
 * change made through this one without being told (it only reads the change feed), builds itself
 * from scratch when it starts empty, and resumes from its position after a restart.
 */
@IntegrationTest
class SearchReplicasIntegrationTests {

    static final Path FIXTURE = SharedFixtures.MEMBER_OF_TECHNICAL_STAFF;

    @Autowired
    TestApi api;

    @Autowired
    JobChangeFeed feed;

    @Autowired
    Organizations organizations;

    @Autowired
    JobDocuments documents;

    @Autowired
    SkillTaxonomy taxonomy;

    LuceneJobSearchEngine otherIndex;
    SearchIndexer otherReplica;

    @BeforeEach
    void anotherReplica() {
        otherIndex = LuceneJobSearchEngine.inMemory();
        otherReplica = new SearchIndexer(
                otherIndex,
                feed,
                organizations,
                documents,
                taxonomy,
                Duration.ofMillis(250),
                new SimpleMeterRegistry());
    }

    @AfterEach
    void close() {
        otherIndex.close();
    }

    @Test
    void anotherReplicaSeesEveryChangeThroughTheFeedAlone() throws IOException {
        Tenant tenant = api.newOrganization("replica");
        otherReplica.catchUp(); // starts empty: builds from every job
        assertThat(otherIndex.position()).isPresent();

        String id = publish(tenant);
        otherReplica.catchUp();
        assertThat(found(tenant)).contains(UUID.fromString(id));

        assertThat(api.post("/api/v1/jobs/" + id + "/close").as(tenant).send().status())
                .isEqualTo(200);
        otherReplica.catchUp();
        assertThat(found(tenant)).doesNotContain(UUID.fromString(id));
        assertThat(otherIndex.find(UUID.fromString(id), new SearchScope.OrgPrivate(tenant.id())))
                .map(JobDocument::status)
                .contains("closed");
    }

    @Test
    void aDeletedDraftLeavesEveryReplica() throws IOException {
        Tenant tenant = api.newOrganization("replica");
        otherReplica.catchUp();
        String draft = importFixture(tenant);
        otherReplica.catchUp();
        SearchScope members = new SearchScope.OrgPrivate(tenant.id());
        assertThat(otherIndex.find(UUID.fromString(draft), members)).isPresent();

        assertThat(api.delete("/api/v1/jobs/" + draft)
                        .as(tenant)
                        .header("If-Match", "\"1\"")
                        .send()
                        .status())
                .isEqualTo(204);
        otherReplica.catchUp();
        assertThat(otherIndex.find(UUID.fromString(draft), members)).isEmpty();
    }

    private List<UUID> found(Tenant tenant) {
        JobSearchRequest request = new JobSearchRequest(
                new SearchScope.OrgPublished(tenant.id()),
                "technical",
                List.of(),
                JobSearchRequest.Filters.NONE,
                JobSearchRequest.Sort.RELEVANCE,
                20,
                null,
                Set.of(),
                10);
        return otherIndex.search(request).hits().stream()
                .map(JobSearchResult.JobHit::id)
                .toList();
    }

    private String importFixture(Tenant who) throws IOException {
        return api.importJob(who, Files.readAllBytes(FIXTURE));
    }

    private String publish(Tenant who) throws IOException {
        return api.publishJob(who, Files.readAllBytes(FIXTURE));
    }
}
