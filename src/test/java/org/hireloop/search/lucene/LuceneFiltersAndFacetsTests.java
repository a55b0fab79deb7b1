package org.hireloop.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hireloop.search.lucene.EngineFixture.*;
import static org.hireloop.search.lucene.TestJob.*;

import java.time.Instant;
import java.util.List;
import org.hireloop.search.JobSearchRequest.Facet;
import org.hireloop.search.JobSearchResult;
import org.hireloop.search.JobSearchResult.FacetCount;
import org.hireloop.search.SearchScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each filter narrows the hits to the jobs a person asked for; facets count what the filters leave. */
class LuceneFiltersAndFacetsTests {

    private LuceneJobSearchEngine engine;

    @AfterEach
    void close() {
        if (engine != null) {
            engine.close();
        }
    }

    private List<String> titlesWith(EngineFixture.FiltersBuilder filters) {
        return titles(engine.search(request("", filters.build()))).stream()
                .sorted()
                .toList();
    }

    @Test
    void filtersByAnyOfTheTagsIgnoringCase() {
        engine = engineWith(job("A").tags("DevOps", "Cloud"), job("B").tags("Data"), job("C").tags("DevOpsy"));
        var filters = filters();
        filters.tags = List.of("devops", "data");

        assertThat(titlesWith(filters)).containsExactly("A", "B");
    }

    @Test
    void filtersBySalaryOverlapAndDropsJobsWithoutSalary() {
        engine = engineWith(
                job("Low").salary(30_000.0, 45_000.0),
                job("Mid").salary(60_000.0, 90_000.0),
                job("High").salary(150_000.0, 200_000.0),
                job("OnlyMax").salary(null, 70_000.0),
                job("None"));
        var filters = filters();
        filters.salaryMin = 50_000.0;
        filters.salaryMax = 80_000.0;
        var atLeast = filters();
        atLeast.salaryMin = 100_000.0;
        var atMost = filters();
        atMost.salaryMax = 40_000.0;

        assertThat(titlesWith(filters)).containsExactly("Mid", "OnlyMax");
        assertThat(titlesWith(atLeast)).containsExactly("High");
        assertThat(titlesWith(atMost)).containsExactly("Low");
    }

    @Test
    void filtersByExperienceKeepingJobsThatStateNone() {
        engine = engineWith(job("Junior").experience(1, 2), job("Senior").experience(7, 10), job("Unstated"));
        var filters = filters();
        filters.experienceMax = 3;

        assertThat(titlesWith(filters)).containsExactly("Junior", "Unstated");
    }

    @Test
    void filtersByWorkplaceEmploymentTypeDepartmentAndOrganization() {
        engine = engineWith(
                job("A").workplace("remote").employmentType("full_time").department("Engineering"),
                job("B").workplace("onsite")
                        .employmentType("contract")
                        .department("Sales")
                        .org(ORG_B),
                job("C").workplace("hybrid").employmentType("full_time").department("engineering"));
        var workplace = filters();
        workplace.workplaces = List.of("Remote", "hybrid");
        var employment = filters();
        employment.employmentTypes = List.of("contract");
        var department = filters();
        department.departments = List.of("ENGINEERING");
        var org = filters();
        org.orgSlugs = List.of("globex");

        assertThat(titlesWith(workplace)).containsExactly("A", "C");
        assertThat(titlesWith(employment)).containsExactly("B");
        assertThat(titlesWith(department)).containsExactly("A", "C");
        assertThat(titlesWith(org)).containsExactly("B");
    }

    @Test
    void aLocationMatchesTheCountryOrTheCity() {
        engine = engineWith(
                job("Berlin").location("DE", "Berlin"),
                job("Munich").location("DE", "Munich"),
                job("Paris").location("FR", "Paris"));
        var country = filters();
        country.locations = List.of("de");
        var city = filters();
        city.locations = List.of("paris", "munich");

        assertThat(titlesWith(country)).containsExactly("Berlin", "Munich");
        assertThat(titlesWith(city)).containsExactly("Munich", "Paris");
    }

    @Test
    void filtersByPublicationDateStatusAndSkill() {
        engine = engineWith(
                job("Old").published(Instant.parse("2025-01-01T00:00:00Z")).skills("Java"),
                job("New").published(Instant.parse("2026-03-01T00:00:00Z")).skills("Kotlin", "Java"),
                job("Draft").status("draft").skills("Kotlin"));
        var since = filters();
        since.postedSince = Instant.parse("2026-01-01T00:00:00Z");
        var skill = filters();
        skill.skills = List.of("kotlin");
        var status = filters();
        status.statuses = List.of("draft");

        assertThat(titlesWith(since)).containsExactly("New");
        assertThat(titlesWith(skill)).containsExactly("New");
        JobSearchResult drafts = engine.search(with(request("", status.build()), new SearchScope.OrgPrivate(ORG_A)));
        assertThat(titles(drafts)).containsExactly("Draft");
    }

    @Test
    void filtersApplyToTextQueriesToo() {
        engine = engineWith(
                job("Java Developer").tags("Backend"), job("Java Architect").tags("Architecture"));
        var filters = filters();
        filters.tags = List.of("backend");

        assertThat(titles(engine.search(request("java", filters.build())))).containsExactly("Java Developer");
    }

    @Test
    void facetsCountEveryMatchWithTheFiltersApplied() {
        engine = engineWith(
                job("Java A")
                        .tags("Backend", "Cloud")
                        .workplace("remote")
                        .location("DE", "Berlin")
                        .skills("Java"),
                job("Java B")
                        .tags("Backend")
                        .workplace("remote")
                        .location("DE", "Munich")
                        .skills("Java", "Kafka"),
                job("Java C")
                        .tags("Frontend")
                        .workplace("onsite")
                        .location("FR", "Paris")
                        .skills("Java"),
                job("Python D")
                        .tags("Backend")
                        .workplace("remote")
                        .location("DE", "Berlin")
                        .skills("Python"));
        var remote = filters();
        remote.workplaces = List.of("remote");

        JobSearchResult result = engine.search(withFacets(
                request("java", remote.build()), 10, Facet.TAG, Facet.REMOTE, Facet.LOCATION, Facet.SKILL, Facet.ORG));

        assertThat(result.total()).isEqualTo(2);
        assertThat(result.facets().get("tag"))
                .containsExactly(new FacetCount("Backend", 2), new FacetCount("Cloud", 1));
        assertThat(result.facets().get("remote")).containsExactly(new FacetCount("remote", 2));
        assertThat(result.facets().get("location"))
                .containsExactly(new FacetCount("DE", 2), new FacetCount("Berlin", 1), new FacetCount("Munich", 1));
        assertThat(result.facets().get("skill")).containsExactly(new FacetCount("Java", 2), new FacetCount("Kafka", 1));
        assertThat(result.facets().get("org")).containsExactly(new FacetCount("acme", 2));
    }

    /** Tag, workplace, location and salary share one doc-values field (JobFields.PAGE_DIMS). */
    @Test
    void dimensionsThatShareAFieldAreCountedApart() {
        engine = engineWith(
                job("A").tags("remote", "DE").workplace("remote").location("DE", "Berlin"),
                job("B").tags("DE").workplace("onsite").location("FR", "Paris"));

        JobSearchResult tagsOnly = engine.search(withFacets(request(""), 10, Facet.TAG));
        JobSearchResult both = engine.search(withFacets(request(""), 10, Facet.LOCATION, Facet.TAG, Facet.REMOTE));

        assertThat(tagsOnly.facets()).containsOnlyKeys("tag");
        assertThat(tagsOnly.facets().get("tag")).containsExactly(new FacetCount("DE", 2), new FacetCount("remote", 1));
        assertThat(both.facets()).containsOnlyKeys("location", "tag", "remote");
        assertThat(both.facets().get("tag")).isEqualTo(tagsOnly.facets().get("tag"));
        assertThat(both.facets().get("remote"))
                .containsExactly(new FacetCount("onsite", 1), new FacetCount("remote", 1));
        assertThat(both.facets().get("location"))
                .containsExactly(
                        new FacetCount("Berlin", 1),
                        new FacetCount("DE", 1),
                        new FacetCount("FR", 1),
                        new FacetCount("Paris", 1));
    }

    @Test
    void facetsKeepTheTopValuesByCountThenByValue() {
        engine = engineWith(
                job("A").tags("Zeta", "Beta"), job("B").tags("Zeta", "Alpha"), job("C").tags("Zeta", "Gamma"));

        JobSearchResult result = engine.search(withFacets(request(""), 3, Facet.TAG));

        assertThat(result.facets().get("tag"))
                .containsExactly(new FacetCount("Zeta", 3), new FacetCount("Alpha", 1), new FacetCount("Beta", 1));
    }

    @Test
    void experienceAndSalaryAreCountedInBuckets() {
        engine = engineWith(
                job("A").experience(0, 1).salary(40_000.0, 49_999.0),
                job("B").experience(4, 6).salary(90_000.0, 120_000.0),
                job("C").experience(5, 8).salary(100_000.0, 150_000.0),
                job("D").experience(12, 15).salary(200_000.0, 260_000.0),
                job("E"));

        JobSearchResult result = engine.search(withFacets(request(""), 10, Facet.EXPERIENCE, Facet.SALARY));

        assertThat(result.facets().get("experience"))
                .containsExactly(new FacetCount("3-5", 2), new FacetCount("0-2", 1), new FacetCount("10+", 1));
        assertThat(result.facets().get("salary"))
                .containsExactlyInAnyOrder(
                        new FacetCount("0-50000", 1),
                        new FacetCount("100000-150000", 1),
                        new FacetCount("150000-200000", 1),
                        new FacetCount("200000+", 1));
    }

    @Test
    void facetsOfABlankQueryFollowTheScopeFiltersAndNewCommits() {
        engine = engineWith(
                job("A").status("draft").employmentType("full_time"),
                job("B").employmentType("full_time").department("Sales"),
                job("C").employmentType("part_time").org(ORG_B));

        JobSearchResult all = engine.search(withFacets(request(""), 10, Facet.EMPLOYMENT_TYPE, Facet.STATUS));
        JobSearchResult orgA = engine.search(
                withFacets(with(request(""), new SearchScope.OrgPrivate(ORG_A)), 10, Facet.STATUS, Facet.DEPARTMENT));

        assertThat(all.facets().get("employment_type"))
                .containsExactly(new FacetCount("full_time", 1), new FacetCount("part_time", 1));
        assertThat(all.facets().get("status")).containsExactly(new FacetCount("published", 2));
        assertThat(orgA.facets().get("status"))
                .containsExactly(new FacetCount("draft", 1), new FacetCount("published", 1));
        assertThat(orgA.facets().get("department")).containsExactly(new FacetCount("Sales", 1));

        engine.upsert(List.of(job("D").employmentType("part_time").build()));
        engine.commit(2);

        assertThat(engine.search(withFacets(request(""), 10, Facet.EMPLOYMENT_TYPE))
                        .facets()
                        .get("employment_type"))
                .containsExactly(new FacetCount("part_time", 2), new FacetCount("full_time", 1));
    }

    @Test
    void pageFacetsStayRightAcrossCommitsAndReplacedJobs() {
        engine = engineWith(job("A").tags("Data", "Cloud").workplace("remote"), job("B").tags("Data"));
        TestJob replaced = job("C").tags("Cloud").workplace("hybrid");
        engine.upsert(List.of(replaced.build(), job("D").build()));
        engine.commit(2);
        engine.upsert(List.of(replaced.tags("Security").workplace("remote").build()));
        engine.commit(3);

        JobSearchResult result = engine.search(withFacets(request(""), 10, Facet.TAG, Facet.REMOTE));

        assertThat(result.facets().get("tag"))
                .containsExactly(new FacetCount("Data", 2), new FacetCount("Cloud", 1), new FacetCount("Security", 1));
        assertThat(result.facets().get("remote")).containsExactly(new FacetCount("remote", 2));
    }
}
