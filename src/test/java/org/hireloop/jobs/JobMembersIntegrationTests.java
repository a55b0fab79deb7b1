package org.hireloop.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.hireloop.IntegrationTest;
import org.hireloop.TestApi;
import org.hireloop.TestApi.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Hiring managers assigned to jobs, and the jobs they see: exactly the assigned ones. */
@IntegrationTest
class JobMembersIntegrationTests {

    @Autowired
    TestApi api;

    Tenant owner;

    @BeforeEach
    void newTenant() {
        owner = api.newOrganization("job-members");
    }

    String job() throws IOException {
        return api.post("/api/v1/jobs/import")
                .as(owner)
                .body("text/plain", JobsApiIntegrationTests.fixture())
                .send()
                .json()
                .get("id")
                .asString();
    }

    TestApi.Response assign(Tenant who, String job, Object userId) {
        return api.post("/api/v1/jobs/" + job + "/members")
                .as(who)
                .json("{\"user_id\":\"" + userId + "\"}")
                .send();
    }

    List<String> listedJobs(Tenant who) {
        var response = api.get("/api/v1/jobs").as(who).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json()
                .get("data")
                .valueStream()
                .map(job -> job.get("id").asString())
                .toList();
    }

    @Test
    void assignsListsAndRemovesAHiringManager() throws IOException {
        String job = job();
        UUID manager = api.newMember(owner, "hiring_manager").userId();
        Tenant recruiter = api.addMember(owner, "recruiter");

        var assigned = assign(recruiter, job, manager);
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(201);
        assertThat(assigned.json().get("user_id").asString()).isEqualTo(manager.toString());
        assertThat(assigned.json().get("job_id").asString()).isEqualTo(job);
        assertThat(assigned.json().get("role").asString()).isEqualTo("hiring_manager");
        assertThat(assign(owner, job, manager).status())
                .as("assigning twice changes nothing")
                .isEqualTo(200);

        JsonNode members =
                api.get("/api/v1/jobs/" + job + "/members").as(owner).send().json();
        assertThat(members.get("data")).hasSize(1);
        assertThat(members.get("data").get(0).get("user_id").asString()).isEqualTo(manager.toString());

        var removed = api.delete("/api/v1/jobs/" + job + "/members/" + manager)
                .as(recruiter)
                .send();
        assertThat(removed.status()).as(removed.toString()).isEqualTo(204);
        assertThat(api.get("/api/v1/jobs/" + job + "/members")
                        .as(owner)
                        .send()
                        .json()
                        .get("data"))
                .isEmpty();
        assertThat(api.delete("/api/v1/jobs/" + job + "/members/" + manager)
                        .as(owner)
                        .send()
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aHiringManagerSeesExactlyTheJobsAssignedToThem() throws IOException {
        String first = job();
        String second = job();
        String third = job();
        TestApi.Member manager = api.newMember(owner, "hiring_manager");
        TestApi.Member colleague = api.newMember(owner, "hiring_manager");
        Tenant reader = manager.tenant();

        assertThat(listedJobs(reader)).as("assigned to nothing yet").isEmpty();
        assertThat(api.get("/api/v1/jobs/" + first).as(reader).send().status()).isEqualTo(404);

        assertThat(assign(owner, first, manager.userId()).status()).isEqualTo(201);
        assertThat(assign(owner, third, manager.userId()).status()).isEqualTo(201);
        assertThat(assign(owner, second, colleague.userId()).status()).isEqualTo(201);

        assertThat(listedJobs(reader)).containsExactlyInAnyOrder(first, third);
        assertThat(listedJobs(colleague.tenant())).containsExactly(second);
        assertThat(listedJobs(owner)).contains(first, second, third);
        assertThat(api.get("/api/v1/jobs/" + first).as(reader).send().status()).isEqualTo(200);
        assertThat(api.get("/api/v1/jobs/" + third + "?format=text")
                        .as(reader)
                        .send()
                        .status())
                .isEqualTo(200);
        var other = api.get("/api/v1/jobs/" + second).as(reader).send();
        assertThat(other.status()).as(other.toString()).isEqualTo(404);
        assertThat(api.get("/api/v1/jobs/" + second + "?format=markdown")
                        .as(reader)
                        .send()
                        .status())
                .isEqualTo(404);

        // reading is all: the hiring manager neither changes the job nor its members
        assertThat(api.post("/api/v1/jobs/" + first + "/publish")
                        .as(reader)
                        .send()
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/jobs/" + first + "/members")
                        .as(reader)
                        .send()
                        .status())
                .isEqualTo(403);
        assertThat(assign(reader, second, manager.userId()).status()).isEqualTo(403);

        api.delete("/api/v1/jobs/" + first + "/members/" + manager.userId())
                .as(owner)
                .send();
        assertThat(listedJobs(reader)).containsExactly(third);
        assertThat(api.get("/api/v1/jobs/" + first).as(reader).send().status()).isEqualTo(404);
    }

    @Test
    void onlyHiringManagersOfTheOrganizationCanBeAssigned() throws IOException {
        String job = job();

        var stranger = assign(owner, job, UUID.randomUUID());
        assertThat(stranger.status()).as(stranger.toString()).isEqualTo(422);
        assertThat(stranger.json().get("detail").asString()).contains("not a member of the organization");
        assertThat(stranger.json().get("errors").get(0).get("field").asString()).isEqualTo("user_id");

        Tenant elsewhere = api.newOrganization("job-members-elsewhere");
        UUID foreignManager = api.newMember(elsewhere, "hiring_manager").userId();
        assertThat(assign(owner, job, foreignManager).status())
                .as("a hiring manager of another organization")
                .isEqualTo(422);

        var recruiter = assign(owner, job, api.newMember(owner, "recruiter").userId());
        assertThat(recruiter.status()).as(recruiter.toString()).isEqualTo(409);
        assertThat(recruiter.json().get("detail").asString())
                .contains("is recruiter")
                .contains("only hiring managers");
        assertThat(assign(owner, job, api.newMember(owner, "interviewer").userId())
                        .status())
                .isEqualTo(409);

        var missing = api.post("/api/v1/jobs/" + job + "/members")
                .as(owner)
                .json("{}")
                .send();
        assertThat(missing.status()).as(missing.toString()).isEqualTo(422);

        assertThat(assign(
                                owner,
                                UUID.randomUUID().toString(),
                                api.newMember(owner, "hiring_manager").userId())
                        .status())
                .as("no such job")
                .isEqualTo(404);
        assertThat(api.get("/api/v1/jobs/" + job + "/members")
                        .as(owner)
                        .send()
                        .json()
                        .get("data"))
                .isEmpty();
    }

    @Test
    void anotherOrganizationGets404() throws IOException {
        String job = job();
        UUID manager = api.newMember(owner, "hiring_manager").userId();
        assertThat(assign(owner, job, manager).status()).isEqualTo(201);
        Tenant intruder = api.newOrganization("job-members-intruder");
        UUID intrudersManager = api.newMember(intruder, "hiring_manager").userId();

        assertThat(api.get("/api/v1/jobs/" + job + "/members")
                        .as(intruder)
                        .send()
                        .status())
                .isEqualTo(404);
        assertThat(assign(intruder, job, intrudersManager).status()).isEqualTo(404);
        assertThat(assign(intruder, job, manager).status()).isEqualTo(404);
        assertThat(api.delete("/api/v1/jobs/" + job + "/members/" + manager)
                        .as(intruder)
                        .send()
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/jobs/" + job + "/members")
                        .as(owner)
                        .send()
                        .json()
                        .get("data"))
                .hasSize(1);
    }

    @Test
    void anAssignmentGoesWithItsJob() throws IOException {
        String job = job();
        UUID manager = api.newMember(owner, "hiring_manager").userId();
        assertThat(assign(owner, job, manager).status()).isEqualTo(201);
        assertThat(api.delete("/api/v1/jobs/" + job)
                        .as(owner)
                        .header("If-Match", "\"1\"")
                        .send()
                        .status())
                .isEqualTo(204);
        assertThat(api.owner()
                        .sql("select count(*) from job_members where org_id = ? and user_id = ?")
                        .params(owner.id().value(), manager)
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
