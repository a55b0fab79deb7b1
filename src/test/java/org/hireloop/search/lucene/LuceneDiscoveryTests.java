package org.hireloop.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hireloop.search.lucene.EngineFixture.*;
import static org.hireloop.search.lucene.TestJob.*;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hireloop.search.JobDocument;
import org.hireloop.search.JobSearchResult;
import org.hireloop.search.SearchScope;
import org.hireloop.search.Suggestion;
import org.hireloop.search.Suggestion.Kind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Suggestions, similar jobs, finding one job and the career graph counts. */
class LuceneDiscoveryTests {

    private LuceneJobSearchEngine engine;

    @AfterEach
    void close() {
        if (engine != null) {
            engine.close();
        }
    }

    private static List<String> texts(List<Suggestion> suggestions) {
        return suggestions.stream().map(Suggestion::text).toList();
    }

    @Test
    void suggestsTitlesByThePrefixOfAnyWordMostCommonFirst() {
        engine = engineWith(
                job("Data Engineer"),
                job("Data Engineer"),
                job("Engineering Manager"),
                job("Data Engineer"),
                job("Energy Analyst"),
                job("Chef"));

        List<Suggestion> suggestions = engine.suggest("eng", Kind.TITLE, SearchScope.ALL_PUBLISHED, 10);

        assertThat(suggestions)
                .containsExactly(
                        new Suggestion("Data Engineer", "title", 3), new Suggestion("Engineering Manager", "title", 1));
        assertThat(texts(engine.suggest("data e", Kind.TITLE, SearchScope.ALL_PUBLISHED, 10)))
                .containsExactly("Data Engineer");
        assertThat(texts(engine.suggest("eng", Kind.TITLE, SearchScope.ALL_PUBLISHED, 1)))
                .containsExactly("Data Engineer");
    }

    @Test
    void suggestionsForgiveATypoInALongerPrefix() {
        engine = engineWith(job("Data Engineer"), job("Chef"));

        assertThat(texts(engine.suggest("engn", Kind.TITLE, SearchScope.ALL_PUBLISHED, 10)))
                .containsExactly("Data Engineer");
        assertThat(texts(engine.suggest("enig", Kind.TITLE, SearchScope.ALL_PUBLISHED, 10)))
                .containsExactly("Data Engineer");
        assertThat(engine.suggest("exg", Kind.TITLE, SearchScope.ALL_PUBLISHED, 10))
                .isEmpty();
    }

    @Test
    void suggestsSkillsCountedWithinTheScope() {
        engine = engineWith(
                job("A").skills("Kubernetes", "Kafka"),
                job("B").skills("Kafka"),
                job("C").skills("Kotlin").org(ORG_B),
                job("D").skills("Kotlin").org(ORG_B),
                job("E").skills("Kotlin").status("draft"));

        assertThat(engine.suggest("k", Kind.SKILL, SearchScope.ALL_PUBLISHED, 10))
                .containsExactly(
                        new Suggestion("Kafka", "skill", 2),
                        new Suggestion("Kotlin", "skill", 2),
                        new Suggestion("Kubernetes", "skill", 1));
        assertThat(engine.suggest("k", Kind.SKILL, new SearchScope.OrgPrivate(ORG_A), 10))
                .containsExactly(
                        new Suggestion("Kafka", "skill", 2),
                        new Suggestion("Kotlin", "skill", 1),
                        new Suggestion("Kubernetes", "skill", 1));
    }

    @Test
    void suggestionsFollowNewCommits() {
        engine = engineWith(job("Data Engineer"));
        assertThat(engine.suggest("data", Kind.TITLE, SearchScope.ALL_PUBLISHED, 10))
                .hasSize(1);

        engine.upsert(List.of(job("Data Scientist").build()));
        engine.commit(2);

        assertThat(texts(engine.suggest("data", Kind.TITLE, SearchScope.ALL_PUBLISHED, 10)))
                .containsExactlyInAnyOrder("Data Engineer", "Data Scientist");
    }

    @Test
    void similarJobsShareTermsExcludeTheJobItselfAndStayInScope() {
        TestJob source = job("Kubernetes Platform Engineer")
                .skills("Kubernetes", "Terraform")
                .responsibilities("Run Kubernetes clusters with Terraform.");
        engine = engineWith(
                source,
                job("Platform Engineer").skills("Kubernetes", "Terraform"),
                job("Kubernetes Engineer").skills("Kubernetes").org(ORG_B),
                job("Pastry Chef").responsibilities("Bake bread."));

        List<JobSearchResult.JobHit> similar = engine.similar(source.id, SearchScope.ALL_PUBLISHED, 10);
        List<JobSearchResult.JobHit> inOrgA = engine.similar(source.id, new SearchScope.OrgPublished(ORG_A), 10);

        assertThat(similar)
                .extracting(JobSearchResult.JobHit::title)
                .containsExactlyInAnyOrder("Platform Engineer", "Kubernetes Engineer");
        assertThat(inOrgA).extracting(JobSearchResult.JobHit::title).containsExactly("Platform Engineer");
        assertThat(engine.similar(source.id, new SearchScope.OrgPublished(ORG_B), 10))
                .isEmpty();
    }

    @Test
    void findsTheWholeDocumentWithinTheScope() {
        TestJob draft = job("Staff Engineer")
                .status("draft")
                .tags("Backend")
                .role("Leads <design>.")
                .responsibilities("Design systems.")
                .skills("Java")
                .competencies("System design: large systems")
                .salary(100_000.0, 140_000.0)
                .experience(8, 12)
                .workplace("remote")
                .location("DE", "Berlin")
                .employmentType("full_time")
                .department("Engineering")
                .term("next", "Principal Engineer");
        JobDocument expected = draft.build();
        engine = engineWith(draft);

        assertThat(engine.find(draft.id, new SearchScope.OrgPrivate(ORG_A))).contains(expected);
        assertThat(engine.find(draft.id, new SearchScope.OrgPrivate(ORG_B))).isEmpty();
        assertThat(engine.find(draft.id, SearchScope.ALL_PUBLISHED)).isEmpty();
    }

    @Test
    void aggregatesTermCountsWithinTheScope() {
        engine = engineWith(
                job("A").term("next", "Senior Engineer", "Architect").term("skills", "Java"),
                job("B").term("next", "Senior Engineer"),
                job("C").term("next", "Architect").org(ORG_B),
                job("D").term("next", "Architect").status("draft"));

        Map<String, Map<String, Long>> all =
                engine.aggregate(SearchScope.ALL_PUBLISHED, Set.of("next", "skills", "unknown"));
        Map<String, Map<String, Long>> orgA = engine.aggregate(new SearchScope.OrgPrivate(ORG_A), Set.of("next"));

        assertThat(all.get("next")).isEqualTo(Map.of("Senior Engineer", 2L, "Architect", 2L));
        assertThat(all.get("skills")).isEqualTo(Map.of("Java", 1L));
        assertThat(all.get("unknown")).isEmpty();
        assertThat(orgA.get("next")).isEqualTo(Map.of("Senior Engineer", 2L, "Architect", 2L));
    }
}
