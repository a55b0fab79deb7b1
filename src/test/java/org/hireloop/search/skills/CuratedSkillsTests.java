package org.hireloop.search.skills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.hireloop.search.Skill;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The curated list: its size, source note, categories and unambiguous names. */
class CuratedSkillsTests {

    static final Set<String> CATEGORIES = Set.of(
            "Languages",
            "Databases",
            "Cloud",
            "Containers & Orchestration",
            "Infrastructure as Code",
            "CI/CD",
            "Observability",
            "Data & Analytics",
            "Machine Learning",
            "Frontend",
            "Backend Frameworks",
            "Mobile",
            "Testing",
            "Security",
            "Messaging",
            "Design",
            "Methodologies",
            "Office & Business Tools",
            "Developer Tools",
            "APIs & Architecture",
            "Networking");

    final CuratedSkills curated = CuratedSkills.load();

    @Test
    void holdsSeveralHundredSkillsInKnownCategoriesWithUniqueSlugs() {
        assertThat(curated.skills()).hasSizeBetween(250, 450);
        assertThat(curated.skills()).allSatisfy(skill -> {
            assertThat(CATEGORIES).contains(skill.category());
            assertThat(skill.slug()).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(skill.source()).isEqualTo("curated");
        });
        assertThat(curated.skills().stream().map(Skill::slug)).doesNotHaveDuplicates();
    }

    @Test
    void namesItsSourceAtTheTop() throws IOException {
        try (InputStream in = CuratedSkills.class.getResourceAsStream(CuratedSkills.RESOURCE)) {
            String head = new String(in.readNBytes(1000), StandardCharsets.UTF_8);
            assertThat(head).contains("compiled by hand for Hireloop").contains("Stack Overflow Developer Survey");
        }
    }

    @ParameterizedTest
    @CsvSource({
        "C++, c-plus-plus",
        "C#, c-sharp",
        ".NET, dot-net",
        "Node.js, node-js",
        "CI/CD, ci-cd",
        "ELK Stack, elk-stack"
    })
    void slugsSpellOutTheSymbolsThatTellSkillsApart(String name, String slug) {
        assertThat(curated.find(name).slug()).isEqualTo(slug);
    }

    @Test
    void refusesAListWhereTwoSkillsShareAName() {
        assertThatThrownBy(() -> CuratedSkills.parse("Go\tLanguages\tGolang\nGolang\tLanguages\n"))
                .hasMessageContaining("line 2")
                .hasMessageContaining("already names Go");
        assertThatThrownBy(() -> CuratedSkills.parse("Go\n"))
                .hasMessageContaining("line 1")
                .hasMessageContaining("expected name, category, aliases");
    }
}
