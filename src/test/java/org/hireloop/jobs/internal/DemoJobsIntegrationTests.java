package org.hireloop.jobs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.hireloop.IntegrationTest;
import org.hireloop.TestApi;
import org.hireloop.identity.Organization;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** HIRELOOP_DEMO_DATA=true: the samples land on the board once, as the organization. */
@IntegrationTest
class DemoJobsIntegrationTests {

    @Autowired
    TestApi api;

    @Autowired
    DemoJobs demo;

    @Test
    void publishesTheSamplesOnTheBoardOnlyOnce() {
        TestApi.Tenant tenant = api.newOrganization("demo-data");
        Organization organization = new Organization(tenant.id(), tenant.slug(), "Demo data");

        demo.publishSamples(organization);
        demo.publishSamples(organization);

        var board = api.get("/api/v1/public/orgs/" + tenant.slug() + "/jobs")
                .send()
                .json()
                .get("data");
        assertThat(board).hasSize(5);
        assertThat(board.get(0).get("status").asString()).isEqualTo("published");
    }
}
