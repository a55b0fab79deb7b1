package org.hireloop.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.hireloop.search.lucene.EngineFixture.*;
import static org.hireloop.search.lucene.TestJob.*;

import java.util.List;
import java.util.stream.Stream;
import org.hireloop.search.JobSearchResult;
import org.hireloop.search.QuerySkill;
import org.hireloop.search.SearchScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What a person typing a query notices: which jobs come back, in which order, with which snippet. */
class LuceneJobSearchEngineTests {

    private LuceneJobSearchEngine engine;

    @AfterEach
    void close() {
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    void aTitleMatchOutranksAMentionInTheBody() {
        engine = engineWith(
                job("Office Manager").role("Works with the platform engineer on office tooling."),
                job("Platform Engineer").role("Builds the platform."));

        assertThat(titles(engine.search(request("engineer")))).containsExactly("Platform Engineer", "Office Manager");
    }

    @Test
    void findsWordsByTheirStem() {
        engine = engineWith(job("Data Engineer"), job("Chef"));

        assertThat(titles(engine.search(request("engineers")))).containsExactly("Data Engineer");
        assertThat(titles(engine.search(request("engineering")))).containsExactly("Data Engineer");
    }

    @Test
    void aQuotedPhraseNeedsItsWordsInOrder() {
        engine = engineWith(
                job("Machine Learning Engineer"), job("Learning Designer").role("Designs machine rooms."));

        assertThat(titles(engine.search(request("\"machine learning\"")))).containsExactly("Machine Learning Engineer");
        assertThat(engine.search(request("machine learning")).total()).isEqualTo(2);
    }

    @Test
    void aStarredWordMatchesByPrefix() {
        engine = engineWith(job("Kubernetes Administrator"), job("Kitchen Porter"));

        assertThat(titles(engine.search(request("kube*")))).containsExactly("Kubernetes Administrator");
        assertThat(titles(engine.search(request("kube")))).isEmpty();
    }

    @Test
    void aMinusExcludesAWord() {
        engine = engineWith(job("Java Developer"), job("Senior Java Developer"));

        assertThat(titles(engine.search(request("java -senior")))).containsExactly("Java Developer");
    }

    @Test
    void aMinusExcludesAWordOfAnySearchedFieldAndAQuotedPhrase() {
        engine = engineWith(
                job("Java Developer").role("You will build payment services."),
                job("Java Engineer").tags("Fintech").role("You will own the build of our services."),
                job("Java Architect"));

        assertThat(titles(engine.search(request("java -payment"))))
                .containsExactlyInAnyOrder("Java Engineer", "Java Architect");
        assertThat(titles(engine.search(request("java -fintech"))))
                .containsExactlyInAnyOrder("Java Developer", "Java Architect");
        // the phrase, not its words: "build payment services" is only in the first
        assertThat(titles(engine.search(request("java -\"payment services\""))))
                .containsExactlyInAnyOrder("Java Engineer", "Java Architect");
        assertThat(titles(engine.search(request("java -\"services build\""))))
                .containsExactlyInAnyOrder("Java Developer", "Java Engineer", "Java Architect");
    }

    @Test
    void severalMinusesExcludeAJobHoldingAnyOfTheWordsInAnySegment() {
        TestJob architect = job("Java Architect").skills("Kafka", "Fintech");
        engine = engineWith(
                job("Java Developer").role("You will build payment services."),
                job("Java Engineer").tags("Fintech"),
                architect);
        // a second segment, and the architect replaced: its old version, with Fintech, is deleted
        engine.upsert(List.of(
                job("Java Consultant").role("Travel to clients.").build(),
                job("Java Tester").build(),
                job("Java Architect").id(architect.id).skills("Kafka").build()));
        engine.commit(2);

        assertThat(titles(engine.search(request("java -payment -fintech -kafka -travel"))))
                .containsExactly("Java Tester");
        assertThat(titles(engine.search(request("java -payment -fintech"))))
                .containsExactlyInAnyOrder("Java Architect", "Java Consultant", "Java Tester");
        // words the index does not hold exclude nothing
        assertThat(titles(engine.search(request("java -cobol -fortran")))).hasSize(5);
        // and without a word to search, the excluded words leave the others
        assertThat(titles(engine.search(request("-payment -fintech -kafka -travel -tester"))))
                .isEmpty();
        assertThat(titles(engine.search(request("-payment -fintech -kafka"))))
                .containsExactlyInAnyOrder("Java Consultant", "Java Tester");
    }

    @Test
    void forgivesTypos() {
        engine = engineWith(
                job("Platform Engineer").skills("Kubernetes"),
                job("Database Administrator").skills("PostgreSQL"));

        assertThat(titles(engine.search(request("kubernets")))).containsExactly("Platform Engineer");
        assertThat(titles(engine.search(request("kuberntes")))).containsExactly("Platform Engineer");
        assertThat(titles(engine.search(request("postgrsql")))).containsExactly("Database Administrator");
    }

    @Test
    void anExactMatchOutranksATypoMatch() {
        engine = engineWith(
                job("Platform Engineer").skills("Terrafrom"),
                job("Platform Engineer").skills("Terraform"));

        JobSearchResult result = engine.search(request("terraform"));

        assertThat(result.hits()).hasSize(2);
        assertThat(engine.find(result.hits().get(0).id(), SearchScope.ALL_PUBLISHED)
                        .orElseThrow()
                        .skillText())
                .containsExactly("Terraform");
        assertThat(result.hits().get(0).score())
                .isGreaterThan(result.hits().get(1).score());
    }

    @Test
    void aSkillTheTaxonomyRecognizedMatchesJobsThatNeverSayTheQueryWord() {
        engine = engineWith(
                job("Platform Engineer").skills("Kubernetes"),
                job("Platform Engineer").skills("Terraform"));

        assertThat(engine.search(request("k8s engineer")).total()).isZero();
        JobSearchResult result =
                engine.search(withSkills(request("k8s engineer"), new QuerySkill("Kubernetes", "k8s")));

        assertThat(result.total()).isEqualTo(1);
        assertThat(engine.find(result.hits().get(0).id(), SearchScope.ALL_PUBLISHED)
                        .orElseThrow()
                        .skills())
                .extracting(s -> s.skill())
                .containsExactly("Kubernetes");
    }

    @Test
    void aSkillStandsInForTheWordsThatNamedItNotForTheOtherWords() {
        TestJob analyst = job("Data Analyst").skills("Kubernetes");
        analyst.skillText.add("k8s");
        engine = engineWith(job("Platform Engineer").skills("Kubernetes"), analyst, job("QA Engineer"));

        // k8s (or the skill) and engineer: the analyst has the skill and says k8s, but is no engineer
        assertThat(titles(engine.search(withSkills(request("k8s engineer"), new QuerySkill("Kubernetes", "k8s")))))
                .containsExactly("Platform Engineer");
        // words that named no known skill count the skill as a word of its own: two of three
        assertThat(titles(engine.search(withSkills(request("k8s engineer"), new QuerySkill("Kubernetes", null)))))
                .containsExactlyInAnyOrder("Platform Engineer", "Data Analyst");
    }

    @Test
    void aSkillNamedBySeveralWordsStandsInForAllOfThem() {
        engine = engineWith(
                job("Test Engineer").skills("Test Automation", "Selenium"),
                job("QA Automation Engineer").skills("Cypress"),
                job("QA Lead").skills("Selenium"),
                job("Automation Engineer").skills("Selenium"));

        var found = titles(engine.search(withSkills(
                request("qa automation selenium"),
                new QuerySkill("Test Automation", "qa automation"),
                QuerySkill.typed("Selenium"))));

        // (qa and automation, or Test Automation) and (selenium or Selenium)
        assertThat(found).containsExactly("Test Engineer");
    }

    @Test
    void everyWordIsRequiredUpToThreeWordsThenThreeQuarters() {
        engine = engineWith(job("Senior Java Backend Developer"), job("Java Developer"));

        assertThat(titles(engine.search(request("java backend developer"))))
                .containsExactly("Senior Java Backend Developer");
        assertThat(engine.search(request("senior java backend developer remote"))
                        .total())
                .isEqualTo(1);
        assertThat(engine.search(request("java developer")).total()).isEqualTo(2);
    }

    @Test
    void aBlankQueryMatchesEveryJobInScope() {
        engine = engineWith(job("One"), job("Two"), job("Draft").status("draft"));

        assertThat(engine.search(request("")).total()).isEqualTo(2);
        assertThat(engine.search(request("   ")).total()).isEqualTo(2);
        assertThat(engine.search(with(request(""), new SearchScope.OrgPrivate(ORG_A)))
                        .total())
                .isEqualTo(3);
    }

    @Test
    void anOrganizationsScopeNeverSeesAnotherOrganizationsJobs() {
        engine = engineWith(
                job("Java Developer").org(ORG_A),
                job("Java Developer").org(ORG_B),
                job("Java Developer").org(ORG_B).status("draft"));

        JobSearchResult privateB = engine.search(with(request("java"), new SearchScope.OrgPrivate(ORG_B)));
        JobSearchResult publicA = engine.search(with(request("java"), new SearchScope.OrgPublished(ORG_A)));
        JobSearchResult publicB = engine.search(with(request(""), new SearchScope.OrgPublished(ORG_B)));

        assertThat(privateB.hits())
                .hasSize(2)
                .allSatisfy(hit -> assertThat(hit.orgId()).isEqualTo(ORG_B.value()));
        assertThat(publicA.hits())
                .hasSize(1)
                .allSatisfy(hit -> assertThat(hit.orgId()).isEqualTo(ORG_A.value()));
        assertThat(publicB.hits())
                .singleElement()
                .satisfies(hit -> assertThat(hit.status()).isEqualTo("published"));
        assertThat(engine.search(request("java")).total()).isEqualTo(2);
    }

    @Test
    void theSnippetMarksMatchedWordsAndEscapesTheRest() {
        engine = engineWith(job("Web Developer")
                .responsibilities("Build <script>alert(1)</script> free React components & pages.", "Review code."));

        String snippet = engine.search(request("react")).hits().get(0).snippet();

        assertThat(snippet)
                .contains("<mark>React</mark>")
                .contains("&lt;script&gt;")
                .contains("&amp;");
        assertThat(snippet).doesNotContain("<script>");
    }

    @Test
    void theSnippetFallsBackToTheTitleThenToTheRoleDefinition() {
        engine = engineWith(job("Rust Developer").role("We write <b>fast</b> software."));

        assertThat(engine.search(request("rust")).hits().get(0).snippet()).isEqualTo("<mark>Rust</mark> Developer");
        assertThat(engine.search(request("")).hits().get(0).snippet())
                .isEqualTo("We write &lt;b&gt;fast&lt;/b&gt; software.");
    }

    @Test
    void proposesACorrectedQueryThatFindsJobsWhenNothingMatched() {
        engine = engineWith(job("Java Developer"), job("Accountant"));

        // four letters: too short for typo tolerance, so nothing matches
        JobSearchResult result = engine.search(request("jaav developer"));

        assertThat(result.total()).isZero();
        assertThat(result.didYouMean()).isEqualTo("java developer");
        assertThat(engine.search(request(result.didYouMean())).total()).isEqualTo(1);
    }

    @Test
    void correctsTheFirstTenWordsOfALongQueryOnly() {
        engine = engineWith(job("Java Rust Perl Ruby").role("alpha beta gamma delta epsilon zeta eta theta"));

        // twelve words, of which nine are required; four letters are too short for typo tolerance
        JobSearchResult result =
                engine.search(request("alpha beta gamma delta epsilon zeta eta theta jaav rsut prel rbuy"));

        assertThat(result.total()).isZero();
        assertThat(result.didYouMean()).isEqualTo("alpha beta gamma delta epsilon zeta eta theta java rust prel rbuy");
    }

    @Test
    void proposesNothingWhenNoCorrectionFindsJobs() {
        engine = engineWith(job("Python Developer"), job("Accountant").org(ORG_B));

        assertThat(engine.search(request("zzzzqqq")).didYouMean()).isNull();
        assertThat(engine.search(with(request("accountnt"), new SearchScope.OrgPublished(ORG_A)))
                        .didYouMean())
                .isNull();
        assertThat(engine.search(request("python")).didYouMean()).isNull();
    }

    static Stream<String> badQueries() {
        return Stream.of(
                "\"unbalanced quote",
                "\"\"\"",
                "-",
                "*",
                "**",
                "- - -",
                "AND OR",
                "NOT",
                "a*",
                "-\"",
                "java\u0000dev\u0007\u001b[31m",
                "数据工程师",
                "مهندس برمجيات",
                "👩‍💻 🚀",
                "\uD83D",
                "(java OR python) AND title:[a TO z]~2^3",
                "x".repeat(10_000),
                "java ".repeat(2_000),
                "\"java developer\" ".repeat(500),
                "abcdefghij* ".repeat(1000),
                "kubernetesengineeringplatformreliability ".repeat(300));
    }

    @ParameterizedTest
    @MethodSource("badQueries")
    void anyQueryTextIsAnsweredWithoutAnError(String query) {
        engine = engineWith(job("Java Developer").role("Writes Java."), job("数据工程师"));

        assertThatCode(() -> engine.search(
                        withFacets(request(query), 5, org.hireloop.search.JobSearchRequest.Facet.values())))
                .doesNotThrowAnyException();
    }

    @Test
    void findsWordsOfOtherScripts() {
        engine = engineWith(job("数据工程师"), job("مهندس برمجيات"), job("Java Developer"));

        assertThat(titles(engine.search(request("数据")))).containsExactly("数据工程师");
        assertThat(titles(engine.search(request("مهندس")))).containsExactly("مهندس برمجيات");
    }

    @Test
    void operatorsAloneMatchEverything() {
        engine = engineWith(job("Java Developer"), job("Chef"));

        assertThat(engine.search(request("*")).total()).isEqualTo(2);
        assertThat(engine.search(request("\"\"\"")).total()).isEqualTo(2);
    }
}
