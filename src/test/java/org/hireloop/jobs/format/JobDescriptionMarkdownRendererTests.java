package org.hireloop.jobs.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hireloop.jobs.JobDescription;
import org.hireloop.jobs.JobDescription.Responsibilities;
import org.junit.jupiter.api.Test;

class JobDescriptionMarkdownRendererTests {

    private final JobDescriptionMarkdownRenderer markdown = new JobDescriptionMarkdownRenderer();

    @Test
    void writesTitleSectionsListsAndBoldSkillNames() {
        String rendered = markdown.render(new JobDescriptionParser().parse(Fixtures.memberOfTechnicalStaff()));

        assertThat(rendered)
                .startsWith("# Member of Technical Staff\n\n**Salary:** $120,000 - $220,000\n\n"
                        + "**Tags:** Software Engineering, Backend Development, Cloud Computing, Technology\n\n"
                        + "## Role Definition\n\n")
                .contains("## Core Responsibilities\n\n### Primary Functions\n\n- Design, develop, and deploy")
                .contains("- **Adaptability**: The ability to learn quickly")
                .contains("### Typical Experience Range\n\n- 3-8 years of professional experience");
    }

    @Test
    void escapesMarkdownInTheText() {
        JobDescription description = new JobDescription(
                "C# [beta]",
                null,
                List.of(),
                "# not a heading\n1. no list",
                null,
                new Responsibilities(List.of("Use *stars* and <b>tags</b>"), List.of()),
                null,
                null,
                null);

        assertThat(markdown.render(description))
                .startsWith("# C# \\[beta\\]\n")
                .contains("\\# not a heading\n1\\. no list")
                .contains("- Use \\*stars\\* and \\<b\\>tags\\</b\\>");
    }
}
