package org.hireloop.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which words of a query named a skill the taxonomy recognized in it. */
class QuerySkillNamingTests {

    private static final Skill KUBERNETES = skill("Kubernetes", "k8s", "kube");
    private static final Skill TEST_AUTOMATION = skill("Test Automation", "Automated testing", "QA automation");
    private static final Skill GO = skill("Go", "Golang");

    @Test
    void theNameOrTheAliasAsTheQueryHasItWhatever() {
        assertThat(JobSearchService.named(KUBERNETES, "Kubernetes engineer")).isEqualTo("Kubernetes");
        assertThat(JobSearchService.named(KUBERNETES, "K8S engineer")).isEqualTo("k8s");
        assertThat(JobSearchService.named(TEST_AUTOMATION, "qa automation selenium"))
                .isEqualTo("QA automation");
    }

    @Test
    void onlyWholeWordsName() {
        assertThat(JobSearchService.named(GO, "gopher golang")).isEqualTo("Golang");
        assertThat(JobSearchService.named(GO, "go-to person")).isEqualTo("Go");
        assertThat(JobSearchService.named(GO, "gopher")).isNull();
        assertThat(JobSearchService.named(KUBERNETES, "kubernetesengineer")).isNull();
    }

    @Test
    void theLongestNameWins() {
        Skill sql = skill("SQL", "Structured Query Language", "Query Language");
        assertThat(JobSearchService.named(sql, "structured query language")).isEqualTo("Structured Query Language");
    }

    private static Skill skill(String name, String... aliases) {
        return new Skill(name, name.toLowerCase(), "Test", List.of(aliases), "test");
    }
}
