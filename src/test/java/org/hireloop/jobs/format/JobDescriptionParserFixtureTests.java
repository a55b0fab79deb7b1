package org.hireloop.jobs.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.hireloop.jobs.JobDescription;
import org.hireloop.jobs.JobDescription.CareerEntry;
import org.hireloop.jobs.JobDescription.CareerRole;
import org.hireloop.jobs.JobDescription.Skill;
import org.hireloop.jobs.Salary;
import org.hireloop.jobs.Salary.SalaryPeriod;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every field of the real fixture, counted by hand against the file. */
class JobDescriptionParserFixtureTests {

    private static JobDescription description;

    @BeforeAll
    static void parseFixture() {
        description = new JobDescriptionParser().parse(Fixtures.memberOfTechnicalStaff());
    }

    @Test
    void readsTheTitleAfterTheBackToHomeLine() {
        assertThat(description.title()).isEqualTo("Member of Technical Staff");
    }

    @Test
    void readsTheSalaryAsAYearlyUsdRange() {
        assertThat(description.salary())
                .isEqualTo(new Salary(
                        new BigDecimal("120000"),
                        new BigDecimal("220000"),
                        Currency.getInstance("USD"),
                        SalaryPeriod.YEAR));
    }

    @Test
    void splitsTheRunTogetherTagLine() {
        assertThat(description.tags())
                .containsExactly("Software Engineering", "Backend Development", "Cloud Computing", "Technology");
    }

    @Test
    void readsTheRoleDefinitionParagraph() {
        assertThat(description.roleDefinition())
                .startsWith("As a Member of Technical Staff (MTS), you are the driving force behind our technology.")
                .endsWith("eager to make a significant impact on our platform's architecture and future.")
                .doesNotContain("\n");
    }

    @Test
    void readsTheCareerPathsWithAlternativesAndAbbreviations() {
        var career = description.career();
        assertThat(career.entryPoints())
                .containsExactly(
                        entry(role("Software Engineer"), role("SDE II")),
                        entry(role("Backend Developer")),
                        entry(role("Full Stack Developer")));
        assertThat(career.advancements())
                .containsExactly(
                        entry(role("Senior Member of Technical Staff")),
                        entry(role("Staff Engineer"), role("Principal Engineer")),
                        entry(role("Engineering Manager")));
        assertThat(career.lateralMoves())
                .containsExactly(
                        entry(new CareerRole("Site Reliability Engineer", "SRE")), entry(role("Software Architect")));
    }

    @Test
    void readsTwentyPrimaryAndFiveSecondaryResponsibilities() {
        List<String> primary = description.responsibilities().primary();
        List<String> secondary = description.responsibilities().secondary();
        assertThat(primary).hasSize(20);
        assertThat(primary.get(0))
                .isEqualTo("Design, develop, and deploy high-quality, maintainable, and scalable "
                        + "backend services and APIs that power our core product features, ensuring robustness and high "
                        + "availability.");
        assertThat(primary.get(11))
                .startsWith("Design and manage scalable data models and schemas for both "
                        + "relational (SQL) and NoSQL databases");
        assertThat(primary.get(19))
                .isEqualTo("Optimize application and system performance through advanced "
                        + "caching strategies, query optimization, and efficient resource management in a cloud environment "
                        + "(AWS, GCP, Azure).");
        assertThat(secondary).hasSize(5);
        assertThat(secondary.get(0)).isEqualTo("Support ad-hoc data requests and exploratory data analysis.");
        assertThat(secondary.get(4))
                .isEqualTo(
                        "Assist in the recruitment process by conducting technical interviews and evaluating candidates.");
    }

    @Test
    void readsElevenHardSkillsAsNameAndDescription() {
        List<Skill> hard = description.skills().hard();
        assertThat(hard)
                .extracting(Skill::name)
                .containsExactly(
                        "Programming Proficiency",
                        "Distributed Systems Design",
                        "Cloud Computing",
                        "Containerization & Orchestration",
                        "Database Technologies",
                        "API Design",
                        "CI/CD & DevOps",
                        "Monitoring & Observability",
                        "Data Structures & Algorithms",
                        "Networking Concepts",
                        "System Architecture");
        assertThat(hard.get(0).description())
                .isEqualTo("Expert-level proficiency in one or more general-purpose "
                        + "programming languages like Java, Go, Python, or C++.");
        assertThat(hard.get(6).description())
                .isEqualTo("Familiarity with modern CI/CD tools (e.g., Jenkins, "
                        + "GitLab CI, CircleCI) and infrastructure-as-code (e.g., Terraform, Ansible).");
        assertThat(hard.get(9).description())
                .isEqualTo("Solid understanding of TCP/IP, HTTP, DNS, and other web protocols.");
    }

    @Test
    void readsSixSoftSkills() {
        List<Skill> soft = description.skills().soft();
        assertThat(soft)
                .extracting(Skill::name)
                .containsExactly(
                        "Analytical Problem-Solving",
                        "Technical Communication",
                        "Collaboration & Teamwork",
                        "Ownership & Accountability",
                        "Mentorship & Leadership",
                        "Adaptability");
        assertThat(soft.get(5))
                .isEqualTo(new Skill(
                        "Adaptability",
                        "The ability to learn quickly and adapt to new "
                                + "technologies, changing priorities, and evolving product requirements."));
    }

    @Test
    void readsTheEducationLists() {
        var education = description.education();
        assertThat(education.minimum())
                .containsExactly("Bachelor's Degree in Computer Science, a related "
                        + "technical field, or equivalent practical work experience.");
        assertThat(education.preferred())
                .containsExactly("Master's or Ph.D. in Computer Science or a related engineering discipline.");
        assertThat(education.fields())
                .containsExactly(
                        "Computer Science",
                        "Software Engineering",
                        "Electrical and Computer Engineering",
                        "Mathematics");
    }

    @Test
    void readsTheExperienceRangeAndPreferredPoints() {
        var experience = description.experience();
        assertThat(experience.minYears()).isEqualTo(3);
        assertThat(experience.maxYears()).isEqualTo(8);
        assertThat(experience.detail())
                .isEqualTo("of professional experience in a software engineering or backend development role.");
        assertThat(experience.preferred()).hasSize(4);
        assertThat(experience.preferred().get(0))
                .isEqualTo(
                        "Proven experience building and operating large-scale, high-traffic, production-grade systems.");
        assertThat(experience.preferred().get(3))
                .isEqualTo("Contributions to open-source projects or a portfolio of personal projects is a plus.");
    }

    @Test
    void readsTheSameFromTheStringAsFromTheBytes() {
        assertThat(new JobDescriptionParser().parse(Fixtures.memberOfTechnicalStaffText()))
                .isEqualTo(description);
    }

    private static CareerEntry entry(CareerRole... roles) {
        return new CareerEntry(List.of(roles));
    }

    private static CareerRole role(String title) {
        return new CareerRole(title, null);
    }
}
