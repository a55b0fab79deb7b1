package org.hireloop.jobs.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hireloop.jobs.JobDescription;
import org.hireloop.jobs.JobDescription.Responsibilities;
import org.hireloop.jobs.JobDescription.Skill;
import org.hireloop.jobs.JobDescription.Skills;
import org.junit.jupiter.api.Test;

class JobDescriptionHtmlRendererTests {

    private final JobDescriptionHtmlRenderer html = new JobDescriptionHtmlRenderer();

    @Test
    void escapesEveryText() {
        JobDescription description = new JobDescription(
                "Engineer <b>",
                null,
                List.of("R&D"),
                "Say <script>alert('x')</script> \"now\".",
                null,
                new Responsibilities(List.of("Ship <img src=x onerror=alert(1)>"), List.of()),
                new Skills(List.of(new Skill("<i>Java</i>", "Uses a < b && c > d")), List.of()),
                null,
                null);

        String rendered = html.render(description);

        assertThat(rendered)
                .doesNotContain("<script>", "<img", "<i>", "<b>")
                .contains("Say &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &quot;now&quot;.")
                .contains("<li>Ship &lt;img src=x onerror=alert(1)&gt;</li>")
                .contains("<li><strong>&lt;i&gt;Java&lt;/i&gt;</strong>: Uses a &lt; b &amp;&amp; c &gt; d</li>")
                .contains("<p><strong>Tags:</strong> R&amp;D</p>");
    }

    @Test
    void writesParagraphsHeadingsAndLists() {
        String rendered = html.render(new JobDescriptionParser().parse(Fixtures.memberOfTechnicalStaff()));

        assertThat(rendered)
                .startsWith("<p><strong>Salary:</strong> $120,000 - $220,000</p>\n")
                .contains("<h3>Role Definition</h3>\n<p>As a Member of Technical Staff (MTS)")
                .contains("<p><strong>Lateral Moves</strong></p>\n<ul>\n<li>Site Reliability Engineer (SRE)</li>")
                .doesNotContain("<h1>", "<h2>", "Back to Home");
    }
}
