package org.hireloop.search.career;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoleNameTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "'  Backend   Developer  '       | Backend Developer",
                "Backend Developer.              | Backend Developer",
                "Backend Developer;:             | Backend Developer",
                "Full\u2013Stack Developer       | Full-Stack Developer",
                "Full\u2014Stack\u00A0Developer  | Full-Stack Developer",
                "'Data\tEngineer\n'              | Data Engineer",
                "C++ Developer                   | C++ Developer"
            })
    void normalizesSpacesDashesAndTrailingPunctuation(String written, String normalized) {
        assertThat(RoleName.normalize(written)).isEqualTo(normalized);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Site Reliability Engineer   | site-reliability-engineer",
                "site reliability ENGINEER.  | site-reliability-engineer",
                "site-reliability-engineer   | site-reliability-engineer",
                "Full-Stack Developer        | full-stack-developer",
                "Full Stack Developer        | full-stack-developer",
                "C++ Developer               | c-plus-plus-developer",
                "C# Developer                | c-sharp-developer",
                "C Developer                 | c-developer",
                "R&D Engineer                | r-and-d-engineer",
                "Ingénieur Logiciel          | ingenieur-logiciel"
            })
    void slugsIgnoreCaseSpacesAndDashesButKeepLanguageNames(String title, String slug) {
        assertThat(RoleName.slugOf(title)).isEqualTo(slug);
    }

    @Test
    void aSlashBetweenTitlesNamesTwoRoles() {
        assertThat(RoleName.parse("Staff Engineer / Principal Engineer"))
                .containsExactly(new RoleName("Staff Engineer", null), new RoleName("Principal Engineer", null));
        assertThat(RoleName.parse("Frontend/Backend Developer"))
                .extracting(RoleName::title)
                .containsExactly("Frontend", "Backend Developer");
    }

    @Test
    void aSlashBetweenCapitalsOrDigitsOrInsideParenthesesIsPartOfTheTitle() {
        assertThat(RoleName.parse("UI/UX Designer")).containsExactly(new RoleName("UI/UX Designer", null));
        assertThat(RoleName.parse("24/7 Support Engineer"))
                .extracting(RoleName::title)
                .containsExactly("24/7 Support Engineer");
        assertThat(RoleName.parse("Backend Engineer (m/f/d)"))
                .containsExactly(new RoleName("Backend Engineer (m/f/d)", null));
    }

    @Test
    void readsAnAbbreviationInParentheses() {
        assertThat(RoleName.parse("Site Reliability Engineer (SRE)"))
                .containsExactly(new RoleName("Site Reliability Engineer", "SRE"));
        assertThat(RoleName.parse("Member of Technical Staff (MTS) / Staff Engineer"))
                .containsExactly(
                        new RoleName("Member of Technical Staff", "MTS"), new RoleName("Staff Engineer", null));
    }

    @Test
    void parenthesesThatAreNoAbbreviationStayInTheTitle() {
        assertThat(RoleName.parse("Software Engineer (Remote)"))
                .containsExactly(new RoleName("Software Engineer (Remote)", null));
    }

    @Test
    void theSameRoleNamedTwiceInATitleCountsOnce() {
        assertThat(RoleName.parse("Data Engineer / data engineer.")).hasSize(1);
    }

    @Test
    void aTitleOfPunctuationNamesNoRole() {
        assertThat(RoleName.parse(" / - / ")).isEmpty();
    }

    @Test
    void theSlugOfARoleIsTheSlugOfItsTitle() {
        assertThat(new RoleName("Site Reliability Engineer", "SRE").slug()).isEqualTo("site-reliability-engineer");
    }
}
