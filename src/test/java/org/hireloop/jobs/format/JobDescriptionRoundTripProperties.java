package org.hireloop.jobs.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hireloop.jobs.JobDescription;

/** Rendering then parsing gives the description back, for the fixture and random descriptions. */
class JobDescriptionRoundTripProperties {

    private static final List<String> TAG_VOCABULARY = List.of("Software Engineering", "Backend Development",
            "Cloud Computing", "Technology", "DevOps", "DevSecOps", "MLOps", "SQL", "AI", "AWS", "QA", "iOS",
            "macOS", "JavaScript", "TypeScript", "GitHub", "GitLab", "PostgreSQL", "MySQL", "NoSQL", "GraphQL",
            "PyTorch", "TensorFlow", "OAuth", "SaaS", "LinkedIn", "WordPress", "FinTech", "eCommerce", "Analytics",
            "SQL Analytics", "APIs", "IoT", "B2B", "Web3", "Data Science", "CI/CD", "Healthcare", "UX Design",
            "Retail Software", "Commerce", "Java", "Script");

    private final JobDescriptionParser parser = new JobDescriptionParser();
    private final JobDescriptionTextRenderer text = new JobDescriptionTextRenderer();

    @Example
    void theFixtureRoundTrips() {
        JobDescription fixture = parser.parse(Fixtures.memberOfTechnicalStaff());
        assertThat(parser.parse(text.render(fixture))).isEqualTo(fixture);
    }

    @Example
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

    @Property(tries = 400)
    void parsingTheRenderedTextGivesTheDescriptionBack(@ForAll("descriptions") JobDescription description) {
        assertThat(parser.parse(text.render(description))).isEqualTo(description);
    }

    @Property(tries = 200)
    void markdownAndHtmlRenderersTakeAnyDescription(@ForAll("descriptions") JobDescription description) {
        assertThat(new JobDescriptionMarkdownRenderer().render(description)).startsWith("# ");
        assertThat(new JobDescriptionHtmlRenderer().render(description)).doesNotContain("<script>");
    }

    @Property(tries = 500)
    void joinedTagsSplitBackIntoTheSameTags(@ForAll("tagLists") List<String> tags) {
        assertThat(TagSplitter.split(TagSplitter.join(tags))).isEqualTo(tags);
    }

    @Provide
    Arbitrary<JobDescription> descriptions() {
        // the seed drives a plain Random: failures reproduce from the seed jqwik reports
        return Arbitraries.longs().map(seed -> new JobDescriptionSamples(seed).any());
    }

    @Provide
    Arbitrary<List<String>> tagLists() {
        return Arbitraries.of(TAG_VOCABULARY).list().ofMinSize(1).ofMaxSize(6);
    }
}
