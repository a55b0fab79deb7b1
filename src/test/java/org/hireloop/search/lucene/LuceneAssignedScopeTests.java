package org.hireloop.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hireloop.search.lucene.EngineFixture.*;
import static org.hireloop.search.lucene.TestJob.*;

import java.util.Set;
import org.hireloop.search.JobSearchRequest.Facet;
import org.hireloop.search.JobSearchResult;
import org.hireloop.search.JobSearchResult.FacetCount;
import org.hireloop.search.SearchScope;
import org.hireloop.search.Suggestion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A hiring manager's scope: some jobs of one organization, in every status, and nothing else. */
class LuceneAssignedScopeTests {

    private LuceneJobSearchEngine engine;

    @AfterEach
    void close() {
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    void seesOnlyTheAssignedJobsOfItsOrganizationInEveryStatus() {
        TestJob assignedDraft = job("Java Developer").status("draft");
        TestJob assignedPublished = job("Java Architect");
        TestJob other = job("Java Tester");
        TestJob foreign = job("Java Developer").org(ORG_B);
        engine = engineWith(assignedDraft, assignedPublished, other, foreign);
        SearchScope scope =
                new SearchScope.OrgAssigned(ORG_A, Set.of(assignedDraft.id, assignedPublished.id, foreign.id));

        JobSearchResult found = engine.search(withFacets(with(request("java"), scope), 10, Facet.STATUS));

        assertThat(titles(found)).containsExactlyInAnyOrder("Java Developer", "Java Architect");
        assertThat(found.hits()).allSatisfy(hit -> assertThat(hit.orgId()).isEqualTo(ORG_A.value()));
        assertThat(found.total()).isEqualTo(2);
        assertThat(found.facets().get("status"))
                .containsExactlyInAnyOrder(new FacetCount("draft", 1), new FacetCount("published", 1));
        assertThat(engine.find(other.id, scope)).isEmpty();
        assertThat(engine.find(foreign.id, scope))
                .as("another organization's id in the set")
                .isEmpty();
        assertThat(engine.find(assignedDraft.id, scope)).isPresent();
        assertThat(engine.suggest("java", Suggestion.Kind.TITLE, scope, 10))
                .extracting(Suggestion::text)
                .containsExactlyInAnyOrder("Java Developer", "Java Architect");
    }

    @Test
    void noAssignedJobsSeeNothing() {
        engine = engineWith(job("Java Developer"), job("Java Developer").status("draft"));

        SearchScope none = new SearchScope.OrgAssigned(ORG_A, Set.of());

        assertThat(engine.search(with(request(""), none)).total()).isZero();
        assertThat(engine.search(with(request("java"), none)).hits()).isEmpty();
    }
}
