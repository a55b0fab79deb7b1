package org.hireloop.jobs.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TagSplitterTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Software EngineeringBackend DevelopmentCloud ComputingTechnology | Software Engineering;Backend Development;Cloud Computing;Technology
            DevOpsDevSecOpsMLOps             | DevOps;DevSecOps;MLOps
            iOS DevelopmentmacOS             | iOS Development;macOS
            JavaScriptTypeScript             | JavaScript;TypeScript
            GitHubGitLab                     | GitHub;GitLab
            PostgreSQLMySQLNoSQLGraphQL      | PostgreSQL;MySQL;NoSQL;GraphQL
            PyTorchTensorFlow                | PyTorch;TensorFlow
            OAuthSaaSLinkedInWordPress       | OAuth;SaaS;LinkedIn;WordPress
            FinTecheCommerce                 | FinTech;eCommerce
            Retail SoftwareCommerce          | Retail Software;Commerce
            SQLAnalytics                     | SQL;Analytics
            AIAWSQA                          | AIAWSQA
            AI EthicsAWSQA Automation        | AI Ethics;AWSQA Automation
            Machine LearningAI               | Machine Learning;AI
            REST APIsCloud                   | REST APIs;Cloud
            CI/CDAI/ML                       | CI/CDAI/ML
            Cloud, DevOps,  SQL ,            | Cloud;DevOps;SQL
            Cloud; Data                      | Cloud;Data
            """)
    void splitsTagLines(String line, String tags) {
        assertThat(TagSplitter.split(line)).containsExactly(tags.split(";"));
    }

    @Test
    void splitsOnPipesAndDots() {
        assertThat(TagSplitter.split("AI | Data · Cloud • Ops")).containsExactly("AI", "Data", "Cloud", "Ops");
    }

    @Test
    void joinsRunTogetherWhenThatSplitsBack() {
        assertThat(TagSplitter.join(List.of("Software Engineering", "DevOps", "SQL", "Analytics")))
                .isEqualTo("Software EngineeringDevOpsSQLAnalytics");
    }

    @Test
    void joinsWithCommasWhenRunningTogetherWouldMergeTags() {
        assertThat(TagSplitter.join(List.of("Java", "Script"))).isEqualTo("Java, Script");
        assertThat(TagSplitter.join(List.of("AI", "AWS"))).isEqualTo("AI, AWS");
        assertThat(TagSplitter.join(List.of("cloud", "data"))).isEqualTo("cloud, data");
    }

    @Test
    void splitsAnEmptyLineIntoNoTags() {
        assertThat(TagSplitter.split("  ")).isEmpty();
        assertThat(TagSplitter.join(List.of())).isEmpty();
    }
}
