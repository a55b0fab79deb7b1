package org.hireloop.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hireloop.search.lucene.EngineFixture.*;
import static org.hireloop.search.lucene.TestJob.*;

import org.hireloop.search.QuerySkill;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Words of a query that name something other than the description's text: a skill by one of its
 * aliases, where the job is, its employment type, and query words that stand together in a title.
 */
class LuceneQueryUnderstandingTests {

    private LuceneJobSearchEngine engine;

    @AfterEach
    void close() {
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    void aSkillNamedByAnAliasRanksJobsLikeItsCanonicalName() {
        TestJob central = job("Site Reliability Engineer")
                .skills("Kubernetes")
                .tags("Kubernetes")
                .responsibilities("Run our Kubernetes clusters.", "Upgrade Kubernetes every quarter.");
        central.skillText.add("k8s");
        TestJob mention = job("Data Analyst").skills("Kubernetes", "SQL", "Excel", "Tableau");
        mention.skillText.add("k8s");
        engine = engineWith(mention, central);

        var canonical = titles(engine.search(withSkills(request("kubernetes"), "Kubernetes")));
        var alias = titles(engine.search(withSkills(request("k8s"), new QuerySkill("Kubernetes", "k8s"))));

        assertThat(canonical).containsExactly("Site Reliability Engineer", "Data Analyst");
        assertThat(alias).isEqualTo(canonical);
    }

    /**
     * A skill whose name has several words, named by an alias: its name searched as if typed
     * finds the words where they stand together in a title or a skill name, not apart.
     */
    @Test
    void anAliasOfASkillOfSeveralWordsFindsTheNameWhereItsWordsStandTogether() {
        engine = engineWith(
                job("Test Automation Engineer"),
                job("Automation Engineer").responsibilities("Test the release"),
                job("Site Reliability Engineer"));

        var alias = titles(engine.search(withSkills(request("sdet"), new QuerySkill("Test Automation", "sdet"))));
        var canonical = titles(engine.search(request("\"test automation\"")));

        assertThat(alias).containsExactly("Test Automation Engineer").isEqualTo(canonical);
    }

    @Test
    void aCityOrCountryWordMatchesWhereTheJobIs() {
        engine = engineWith(
                job("React Developer").location("DE", "Berlin"),
                job("React Developer").location("GB", "London"),
                job("Berlin Wall Guide"));

        assertThat(engine.search(request("react developer berlin")).hits())
                .extracting(hit -> hit.city())
                .first()
                .isEqualTo("Berlin");
        assertThat(engine.search(request("developer germany")).hits())
                .extracting(hit -> hit.city())
                .containsExactly("Berlin");
    }

    @Test
    void theEmploymentTypeAndWorkplaceAreWordsToo() {
        engine = engineWith(
                job("Junior Analyst").employmentType("INTERN"),
                job("Analyst").employmentType("FULL_TIME").workplace("remote"),
                job("Contract Analyst").employmentType("CONTRACTOR").workplace("on_site"));

        assertThat(titles(engine.search(request("internship")))).containsExactly("Junior Analyst");
        assertThat(titles(engine.search(request("intern")))).containsExactly("Junior Analyst");
        assertThat(titles(engine.search(request("remote analyst")))).containsExactly("Analyst");
        assertThat(titles(engine.search(request("onsite")))).containsExactly("Contract Analyst");
    }

    @Test
    void queryWordsStandingTogetherInATitleOutrankTheSameStemsApart() {
        engine = engineWith(
                job("Director of Product Management"),
                job("Manager, Product Analytics"),
                job("Product Manager for the Payments and Billing Platform"));

        assertThat(titles(engine.search(request("product manager"))).get(0))
                .isEqualTo("Product Manager for the Payments and Billing Platform");
        assertThat(engine.search(request("product manager")).total()).isEqualTo(3);
    }

    /** Same words, same lengths: only where the query's words stand in the title tells them apart. */
    @Test
    void queryWordsSideBySideOutrankWordsOneApartWhichOutrankWordsInAnotherOrder() {
        engine = engineWith(job("Data Engineer Senior"), job("Senior Data Engineer"), job("Senior Engineer Data"));

        assertThat(titles(engine.search(request("senior engineer"))))
                .containsExactly("Senior Engineer Data", "Senior Data Engineer", "Data Engineer Senior");
    }

    /**
     * A title's pair of words scores the same whatever else the job holds: it scored by BM25 with
     * the length of all the job's title and skill-name pairs, so two "Senior Backend Engineer"
     * jobs differed by their number of skills, and a page of them tied nowhere: at 1,000,000 jobs
     * their scores ran in 12 steps from 21.3 to 24.8, and Lucene scored 20,000 of them per
     * segment whose blocks' bounds reached the page.
     */
    @Test
    void aJobsOtherSkillsDoNotChangeTheScoreOfTheQueryWordsStandingTogetherInItsTitle() {
        engine = engineWith(
                job("Senior Backend Engineer").skills("Java"),
                job("Senior Backend Engineer")
                        .skills("Java", "Spring Boot", "Apache Kafka", "Domain Driven Design", "Site Reliability"));

        var hits = engine.search(request("senior backend engineer")).hits();

        assertThat(hits).hasSize(2);
        assertThat(hits.get(1).score()).isEqualTo(hits.get(0).score());
    }
}
