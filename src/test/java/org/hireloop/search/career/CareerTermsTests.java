package org.hireloop.search.career;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hireloop.search.career.CareerFixtures.description;
import static org.hireloop.search.career.CareerFixtures.skills;

import java.util.List;
import java.util.Map;
import org.hireloop.jobs.JobDescription;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CareerTermsTests {

    private static final String MTS = "Member of Technical Staff";
    private static JobDescription fixture;

    @BeforeAll
    static void parseFixture() {
        fixture = CareerFixtures.memberOfTechnicalStaff();
    }

    private static String v(String... parts) {
        return String.join(CareerTerms.SEPARATOR, parts);
    }

    @Test
    void theFixtureAddsItsRoleWithTheAbbreviationItsRoleDefinitionGives() {
        Map<String, List<String>> terms = CareerTerms.of(fixture, skills(), null);

        assertThat(terms.get(CareerTerms.ROLE)).containsExactly(MTS);
        assertThat(terms.get(CareerTerms.ALIAS))
                .containsExactlyInAnyOrder(v(MTS, "MTS"), v("Site Reliability Engineer", "SRE"));
    }

    @Test
    void theFixtureAddsAnEdgeForEveryAlternativeOfEveryEntryAdvancementAndLateralMoveBothWays() {
        List<String> edges = CareerTerms.of(fixture, skills(), null).get(CareerTerms.EDGE);

        assertThat(edges)
                .containsExactlyInAnyOrder(
                        v("Software Engineer", MTS, "entry"),
                        v("SDE II", MTS, "entry"),
                        v("Backend Developer", MTS, "entry"),
                        v("Full Stack Developer", MTS, "entry"),
                        v(MTS, "Senior Member of Technical Staff", "advance"),
                        v(MTS, "Staff Engineer", "advance"),
                        v(MTS, "Principal Engineer", "advance"),
                        v(MTS, "Engineering Manager", "advance"),
                        v(MTS, "Site Reliability Engineer", "lateral"),
                        v("Site Reliability Engineer", MTS, "lateral"),
                        v(MTS, "Software Architect", "lateral"),
                        v("Software Architect", MTS, "lateral"));
    }

    @Test
    void theRoleRequiresEachCanonicalSkillOnce() {
        Map<String, List<String>> terms = CareerTerms.of(fixture, skills("Kubernetes", "Go", "kubernetes"), null);

        assertThat(terms.get(CareerTerms.ROLE_SKILL)).containsExactly(v(MTS, "Kubernetes"), v(MTS, "Go"));
    }

    @Test
    void theSalaryMidpointFallsInABucketOfTenThousand() {
        assertThat(CareerTerms.of(fixture, skills(), 170_000.0).get(CareerTerms.ROLE_SALARY))
                .containsExactly(v(MTS, "170000"));
        assertThat(CareerTerms.of(fixture, skills(), 179_999.99).get(CareerTerms.ROLE_SALARY))
                .containsExactly(v(MTS, "170000"));
    }

    @Test
    void aJobWithoutSalaryOrSkillsAddsNoneOfThem() {
        Map<String, List<String>> terms = CareerTerms.of(fixture, skills(), null);

        assertThat(terms).doesNotContainKeys(CareerTerms.ROLE_SALARY, CareerTerms.ROLE_SKILL);
        assertThat(CareerTerms.of(fixture, skills(), Double.NaN)).doesNotContainKey(CareerTerms.ROLE_SALARY);
    }

    @Test
    void aTitleWithTwoRolesGivesBothTheirEdgesSkillsAndSalary() {
        var description = description("Staff Engineer / Principal Engineer", List.of(), List.of("Director"), List.of());

        Map<String, List<String>> terms = CareerTerms.of(description, skills("Go"), 250_000.0);

        assertThat(terms.get(CareerTerms.ROLE)).containsExactly("Staff Engineer", "Principal Engineer");
        assertThat(terms.get(CareerTerms.EDGE))
                .containsExactly(
                        v("Staff Engineer", "Director", "advance"), v("Principal Engineer", "Director", "advance"));
        assertThat(terms.get(CareerTerms.ROLE_SKILL))
                .containsExactly(v("Staff Engineer", "Go"), v("Principal Engineer", "Go"));
        assertThat(terms.get(CareerTerms.ROLE_SALARY))
                .containsExactly(v("Staff Engineer", "250000"), v("Principal Engineer", "250000"));
    }

    @Test
    void aPairOfRolesNamedTwiceInOneDescriptionIsOneEdge() {
        var description = description(
                "Backend Developer",
                List.of("Junior Developer", "Site Reliability Engineer (SRE)"),
                List.of("Senior Backend Developer", "senior backend developer."),
                List.of("Site Reliability Engineer"));

        List<String> edges = CareerTerms.of(description, skills(), null).get(CareerTerms.EDGE);

        assertThat(edges)
                .containsExactly(
                        v("Backend Developer", "Senior Backend Developer", "advance"),
                        v("Junior Developer", "Backend Developer", "entry"),
                        v("Site Reliability Engineer", "Backend Developer", "entry"),
                        v("Backend Developer", "Site Reliability Engineer", "lateral"));
    }

    @Test
    void aRoleNeverLeadsToItself() {
        var description = description("Data Engineer", List.of("Data Engineer"), List.of("data engineer"), List.of());

        assertThat(CareerTerms.of(description, skills(), null)).doesNotContainKey(CareerTerms.EDGE);
    }

    @Test
    void theSeparatorCannotBeSmuggledInThroughATitleOrASkill() {
        var description = description("Data" + CareerTerms.SEPARATOR + "Engineer", List.of(), List.of(), List.of());

        Map<String, List<String>> terms = CareerTerms.of(description, skills("Go\u001fLang"), null);

        assertThat(terms.get(CareerTerms.ROLE)).containsExactly("Data Engineer");
        assertThat(terms.get(CareerTerms.ROLE_SKILL)).containsExactly(v("Data Engineer", "Go Lang"));
    }
}
