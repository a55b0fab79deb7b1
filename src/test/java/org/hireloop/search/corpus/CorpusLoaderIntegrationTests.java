package org.hireloop.search.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hireloop.IntegrationTest;
import org.hireloop.TestApi;
import org.hireloop.identity.Organization;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code hireloop generate --load}: organizations when missing, then every job published. */
@IntegrationTest
class CorpusLoaderIntegrationTests {

    @Autowired
    CorpusLoader loader;

    @Autowired
    TestApi api;

    @Test
    void createsTheOrganizationsOnceAndPublishesEveryJobWithItsFacts() throws InterruptedException {
        CorpusGenerator generator = new CorpusGenerator(777, 3);
        long start = System.nanoTime();
        long loaded = loader.load(generator, 1_234, 2);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("loaded %d jobs in %.1f s (%.0f jobs/s)%n", loaded, seconds, loaded / seconds);

        assertThat(loaded).isEqualTo(1_234);
        List<Organization> again = loader.organizations(generator);
        assertThat(again)
                .extracting(Organization::slug)
                .containsExactlyElementsOf(generator.organizations().stream()
                        .map(GeneratedOrganization::slug)
                        .toList());
        GeneratedOrganization first = generator.organization(0);
        assertThat(api.owner()
                        .sql("select count(*) from organizations where slug = ?")
                        .param(first.slug())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(api.owner()
                        .sql("""
                                select count(*) from jobs j join organizations o on o.id = j.org_id
                                 where o.slug in (?, ?, ?) and j.status = 'published' and j.published_at is not null
                                """)
                        .params(generator.organizations().stream()
                                .map(GeneratedOrganization::slug)
                                .toList())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1_234);

        GeneratedJob job = generator.job(4); // organization 1, ordinal 2
        var row = api.owner()
                .sql("""
                        select j.title, j.workplace, j.country, j.city, j.employment_type, j.department, j.tags
                          from jobs j join organizations o on o.id = j.org_id
                         where o.slug = ? and j.title = ? and j.country = ? and j.employment_type = ?
                        """)
                .params(job.org().slug(), job.title(), job.country(), job.employmentType())
                .query((rs, n) -> List.of(
                        rs.getString("workplace"),
                        String.valueOf(rs.getString("city")),
                        rs.getString("department"),
                        List.of((String[]) rs.getArray("tags").getArray())))
                .list();
        assertThat(row).contains(List.of(job.workplace(), String.valueOf(job.city()), job.department(), job.tags()));
    }
}
