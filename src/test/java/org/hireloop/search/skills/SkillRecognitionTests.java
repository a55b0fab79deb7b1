package org.hireloop.search.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.hireloop.jobs.JobDescription;
import org.hireloop.search.QuerySkill;
import org.hireloop.search.Skill;
import org.hireloop.search.SkillMention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the taxonomy recognizes in text and job descriptions, and what it leaves alone. */
class SkillRecognitionTests {

    static final CuratedSkillTaxonomy taxonomy = Taxonomies.curated();

    static List<String> recognized(String text) {
        return taxonomy.recognize(text, null).stream().map(Skill::name).toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Experience with Postgres required | PostgreSQL",
                "Tuning psql queries | PostgreSQL",
                "Operating PostgreSQL clusters | PostgreSQL",
                "Running k8s in production | Kubernetes",
                "Backend services in Golang | Go",
                "Modern JS and CSS | JavaScript",
                "Writing JavaScript daily | JavaScript",
                "Java and Spring Boot | Java",
                "We use GCP | Google Cloud",
                "RESTful APIs | REST",
                "sklearn models | scikit-learn",
            })
    void recognizesAliasesAsTheirCanonicalSkill(String text, String skill) {
        assertThat(recognized(text)).contains(skill);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Kubernetes engineer | Kubernetes | Kubernetes",
                "K8S engineer | Kubernetes | K8S",
                "qa automation selenium | Test Automation | qa automation",
                "qa automation selenium | Selenium | selenium",
                "gopher golang | Go | golang",
                "structured query language | SQL | structured query language",
                "k8s, then kubernetes | Kubernetes | k8s",
            })
    void aQuerySkillCarriesTheWordsOfTheQueryThatNamedItFirst(String query, String skill, String named) {
        assertThat(taxonomy.recognizeInQuery(query, null)).contains(new QuerySkill(skill, named));
    }

    @Test
    void aQueryNamesEachSkillOnceAndOnlyByWholeWords() {
        assertThat(taxonomy.recognizeInQuery("k8s and kubernetes", null))
                .containsExactly(new QuerySkill("Kubernetes", "k8s"));
        assertThat(taxonomy.recognizeInQuery("gopher kubernetesengineer", null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Strong C++ and C# skills | C++, C#",
                "Built on .NET and ASP.NET Core | .NET, ASP.NET",
                "APIs in Node.js (Express.js) | Node.js, Express.js",
                "Own our CI/CD pipelines | CI/CD",
                "Logs go to the ELK stack | ELK Stack",
                "Apps in Objective-C and Swift | Objective-C, Swift",
                "We love TCP/IP. | TCP/IP",
                "Ruby on Rails, Spring Boot and Google Kubernetes Engine | Ruby on Rails, Spring Boot, Google Kubernetes Engine",
                "A/B testing with Google Analytics | A/B Testing, Google Analytics",
                "Deploy with GitLab CI to AWS | GitLab CI, AWS",
                "Java vs JavaScript | Java, JavaScript",
            })
    void recognizesMultiWordNamesAndNamesWithSymbols(String text, String skills) {
        assertThat(recognized(text)).containsExactly(skills.split(", "));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "You are the go-to person for any question",
                "Go-to person for the team",
                "We react quickly to incidents.",
                "React to feedback with grace",
                "You excel at communication",
                "Excel at communication with stakeholders",
                "Take a rest when the spring comes",
                "We are a Series C startup in R&D",
                "Let's go and ship it",
                "C-level executives",
            })
    void leavesEverydayWordsAlone(String text) {
        assertThat(recognized(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Go, Python | Go, Python",
                "Services written in Go. | Go",
                "React and TypeScript | React, TypeScript",
                "Experience with React and TypeScript | React, TypeScript",
                "Models in Excel and SQL | Excel, SQL",
                "Analyses in R or Python | R, Python",
                "C and C++ | C, C++",
                "A REST API | REST",
            })
    void recognizesTheSameWordsWrittenAsSkills(String text, String skills) {
        assertThat(recognized(text)).containsExactly(skills.split(", "));
    }

    @Test
    void aQueryTypedInLowerCaseNamesSkillsWithoutTheirCase() {
        assertThat(recognized("go developer react")).containsExactly("Go", "React");
        assertThat(recognized("go-to person")).isEmpty();
    }

    @Test
    void namesEachSkillOnceInOrderOfAppearance() {
        assertThat(recognized("Kubernetes, Docker, k8s and Postgres, then docker again"))
                .containsExactly("Kubernetes", "Docker", "PostgreSQL");
    }

    @Test
    void findsASkillByNameSlugOrAliasInAnyCase() {
        assertThat(taxonomy.find("postgres", null)).map(Skill::name).hasValue("PostgreSQL");
        assertThat(taxonomy.find("K8S", null)).map(Skill::name).hasValue("Kubernetes");
        assertThat(taxonomy.find("go", null)).map(Skill::name).hasValue("Go");
        assertThat(taxonomy.find("c-plus-plus", null)).map(Skill::name).hasValue("C++");
        assertThat(taxonomy.find("  Node.JS ", null)).map(Skill::name).hasValue("Node.js");
        Skill postgres = taxonomy.find("PostgreSQL", null).orElseThrow();
        assertThat(postgres.slug()).isEqualTo("postgresql");
        assertThat(postgres.category()).isEqualTo("Databases");
        assertThat(postgres.aliases()).contains("Postgres", "psql");
        assertThat(postgres.source()).isEqualTo("curated");
    }

    @Test
    void extractsTheAtomicSkillsOfTheFixtureWithTheCompetencyEachCameFrom() throws IOException {
        JobDescription description = Taxonomies.memberOfTechnicalStaff();

        List<SkillMention> mentions = taxonomy.extract(description);

        assertThat(mentions)
                .contains(
                        new SkillMention("Docker", "Containerization & Orchestration"),
                        new SkillMention("Kubernetes", "Containerization & Orchestration"),
                        new SkillMention("PostgreSQL", "Database Technologies"),
                        new SkillMention("MySQL", "Database Technologies"),
                        new SkillMention("MongoDB", "Database Technologies"),
                        new SkillMention("Cassandra", "Database Technologies"),
                        new SkillMention("DynamoDB", "Database Technologies"),
                        new SkillMention("NoSQL", "Database Technologies"),
                        new SkillMention("SQL", "Database Technologies"),
                        new SkillMention("Java", "Programming Proficiency"),
                        new SkillMention("Go", "Programming Proficiency"),
                        new SkillMention("Python", "Programming Proficiency"),
                        new SkillMention("C++", "Programming Proficiency"),
                        new SkillMention("AWS", "Cloud Computing"),
                        new SkillMention("Google Cloud", "Cloud Computing"),
                        new SkillMention("Microsoft Azure", "Cloud Computing"),
                        new SkillMention("Amazon EC2", "Cloud Computing"),
                        new SkillMention("Amazon S3", "Cloud Computing"),
                        new SkillMention("AWS Lambda", "Cloud Computing"),
                        new SkillMention("Google Kubernetes Engine", "Cloud Computing"),
                        new SkillMention("BigQuery", "Cloud Computing"),
                        new SkillMention("REST", "API Design"),
                        new SkillMention("gRPC", "API Design"),
                        new SkillMention("CI/CD", "CI/CD & DevOps"),
                        new SkillMention("DevOps", "CI/CD & DevOps"),
                        new SkillMention("Jenkins", "CI/CD & DevOps"),
                        new SkillMention("GitLab CI", "CI/CD & DevOps"),
                        new SkillMention("CircleCI", "CI/CD & DevOps"),
                        new SkillMention("Terraform", "CI/CD & DevOps"),
                        new SkillMention("Ansible", "CI/CD & DevOps"),
                        new SkillMention("Infrastructure as Code", "CI/CD & DevOps"),
                        new SkillMention("Prometheus", "Monitoring & Observability"),
                        new SkillMention("Grafana", "Monitoring & Observability"),
                        new SkillMention("Datadog", "Monitoring & Observability"),
                        new SkillMention("ELK Stack", "Monitoring & Observability"),
                        new SkillMention("TCP/IP", "Networking Concepts"),
                        new SkillMention("HTTP", "Networking Concepts"),
                        new SkillMention("DNS", "Networking Concepts"),
                        new SkillMention("Microservices", "System Architecture"),
                        new SkillMention("Event-Driven Architecture", "System Architecture"),
                        new SkillMention("Service-Oriented Architecture", "System Architecture"),
                        new SkillMention("Distributed Systems", "Distributed Systems Design"),
                        new SkillMention("Code Review", null),
                        new SkillMention("Agile", null))
                .doesNotHaveDuplicates();
        assertThat(mentions.stream().map(SkillMention::skill))
                .as("each skill once")
                .doesNotHaveDuplicates()
                .doesNotContain("React", "Excel", "R", "C");
        assertThat(mentions.get(0).competency()).isEqualTo("Programming Proficiency");
    }

    @Test
    void extractsTheSameMentionsEveryTime() throws IOException {
        JobDescription description = Taxonomies.memberOfTechnicalStaff();
        assertThat(taxonomy.extract(description)).isEqualTo(taxonomy.extract(description));
    }
}
