package org.hireloop.jobs.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.hireloop.jobs.JobDescription;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Rendering then parsing gives the description back, for the fixture and random descriptions. */
class JobDescriptionRoundTripProperties {

    private static final List<String> TAG_VOCABULARY = List.of(
            "Software Engineering",
            "Backend Development",
            "Cloud Computing",
            "Technology",
            "DevOps",
            "DevSecOps",
            "MLOps",
            "SQL",
            "AI",
            "AWS",
            "QA",
            "iOS",
            "macOS",
            "JavaScript",
            "TypeScript",
            "GitHub",
            "GitLab",
            "PostgreSQL",
            "MySQL",
            "NoSQL",
            "GraphQL",
            "PyTorch",
            "TensorFlow",
            "OAuth",
            "SaaS",
            "LinkedIn",
            "WordPress",
            "FinTech",
            "eCommerce",
            "Analytics",
            "SQL Analytics",
            "APIs",
            "IoT",
            "B2B",
            "Web3",
            "Data Science",
            "CI/CD",
            "Healthcare",
            "UX Design",
            "Retail Software",
            "Commerce",
            "Java",
            "Script");

    private final JobDescriptionParser parser = new JobDescriptionParser();
    private final JobDescriptionTextRenderer text = new JobDescriptionTextRenderer();

    @Test
    void theFixtureRoundTrips() {
        JobDescription fixture = parser.parse(Fixtures.memberOfTechnicalStaff());
        assertThat(parser.parse(text.render(fixture))).isEqualTo(fixture);
    }

    @Test
    void theFixtureRendersInItsOwnLayout() {
        String rendered = text.render(parser.parse(Fixtures.memberOfTechnicalStaff()));
        assertThat(rendered)
                .startsWith("Key Responsibilities and Required Skills for Member of Technical Staff\n\n"
                        + "💰 $120,000 - $220,000\n\n"
                        + "Software EngineeringBackend DevelopmentCloud ComputingTechnology\n\n"
                        + "🎯 Role Definition\n\n")
                .contains("\n📈 Career Progression\n\nTypical Career Path\n\nEntry Point From:\n\n"
                        + "  • Software Engineer / SDE II\n")
                .contains("  • Site Reliability Engineer (SRE)\n")
                .contains("  • 3-8 years of professional experience in a software engineering")
                .doesNotContain("Back to Home")
                .doesNotContain("\r")
                .endsWith("is a plus.\n");
    }

    // Generated cases come from seeds, and each case is named by its seed: a failure reproduces
    // with new JobDescriptionSamples(seed). The seeds themselves are fixed, so runs are repeatable.
    static LongStream seeds() {
        return new Random(20_261_129L).longs(400);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void parsingTheRenderedTextGivesTheDescriptionBack(long seed) {
        JobDescription description = new JobDescriptionSamples(seed).any();
        assertThat(parser.parse(text.render(description))).isEqualTo(description);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void markdownAndHtmlRenderersTakeAnyDescription(long seed) {
        JobDescription description = new JobDescriptionSamples(seed).any();
        assertThat(new JobDescriptionMarkdownRenderer().render(description)).startsWith("# ");
        assertThat(new JobDescriptionHtmlRenderer().render(description)).doesNotContain("<script>");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void joinedTagsSplitBackIntoTheSameTags(long seed) {
        Random random = new Random(seed);
        List<String> tags = new ArrayList<>();
        for (int i = 1 + random.nextInt(6); i > 0; i--) {
            tags.add(TAG_VOCABULARY.get(random.nextInt(TAG_VOCABULARY.size())));
        }
        assertThat(TagSplitter.split(TagSplitter.join(tags))).isEqualTo(tags);
    }
}
