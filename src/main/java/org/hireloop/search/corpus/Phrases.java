package org.hireloop.search.corpus;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Fills sentence templates: "{a|b|c}" picks one wording, "{name}" asks the resolver. Also the
 * wording every family shares: soft skills, secondary functions, level-specific duties.
 */
final class Phrases {

    static final List<String> SOFT_SKILLS = List.of(
            "Analytical Problem-Solving: Ability to break down {complex|ambiguous} problems into manageable parts and find practical solutions.",
            "Communication: {Excellent|Clear} written and verbal communication with technical and non-technical audiences.",
            "Collaboration & Teamwork: A strong team player who {thrives|does well} in cross-functional teams.",
            "Ownership & Accountability: A proactive mindset and a strong sense of ownership from idea to production.",
            "Adaptability: The ability to learn quickly and adapt to {new tools|changing priorities} and evolving requirements.",
            "Attention to Detail: Care for quality in every {deliverable|change}, however small.",
            "Mentorship: A desire to help others grow and to share knowledge {generously|openly}.",
            "Customer Focus: Empathy for the people who use what we build, and the habit of asking them.",
            "Time Management: Ability to prioritise several streams of work and meet commitments.",
            "Curiosity: An eagerness to understand how things work and why, and to {keep learning|learn continuously}.",
            "Stakeholder Management: Ability to align people with different goals around a shared plan.",
            "Resilience: Calm and focus under pressure, during incidents and tight deadlines.");

    static final List<String> SECONDARY = List.of(
            "Participate in sprint planning, retrospectives and other agile ceremonies.",
            "Assist in the recruitment process by conducting interviews and evaluating candidates.",
            "Contribute to internal documentation and knowledge sharing.",
            "Support ad-hoc requests from other teams.",
            "Present the team's work at internal demos and all-hands meetings.",
            "Write blog posts or give talks about the team's work.",
            "Help onboard new colleagues to the team's systems and practices.",
            "Contribute to the organization's {technical|product} strategy and roadmap.");

    static final List<List<String>> BY_LEVEL = List.of(
            List.of(
                    "Learn our systems and practices with the support of an experienced mentor.",
                    "Take on well-defined tasks and grow your scope over time."),
            List.of(
                    "Own features from design to delivery with little supervision.",
                    "Share what you learn with the team in reviews and pairing sessions."),
            List.of(
                    "Mentor junior colleagues and raise the bar for quality.",
                    "Lead the design of larger projects and coordinate the work with other teams."),
            List.of(
                    "Set technical direction across several teams and write the proposals behind it.",
                    "Drive cross-team initiatives from proposal to delivery.",
                    "Mentor senior colleagues and grow the next generation of technical leaders."),
            List.of(
                    "Hire, coach and grow a team of {five|six|eight|ten} people.",
                    "Run one-on-ones, performance reviews and career conversations.",
                    "Plan the team's roadmap with product and business partners.",
                    "Build a healthy, inclusive team culture with sustainable pace."));

    static final List<String> PREFERRED_EXPERIENCE = List.of(
            "Experience in a fast-growing {industry} company.",
            "Experience working with distributed teams across time zones.",
            "A track record of shipping work that customers use and love.",
            "Contributions to open-source projects or a portfolio of personal projects is a plus.",
            "Experience with regulated environments such as finance or healthcare.",
            "Experience in a startup, where priorities change quickly.");

    private Phrases() {}

    static String fill(String template, SplittableRandom random, Function<String, String> resolver) {
        if (template.indexOf('{') < 0) {
            return template;
        }
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            int end = template.indexOf('}', i);
            String inner = template.substring(i + 1, end);
            out.append(inner.indexOf('|') >= 0 ? pick(inner, random) : resolver.apply(inner));
            i = end + 1;
        }
        return out.toString();
    }

    private static String pick(String choices, SplittableRandom random) {
        int options = 1;
        for (int i = 0; i < choices.length(); i++) {
            options += choices.charAt(i) == '|' ? 1 : 0;
        }
        int chosen = random.nextInt(options);
        int start = 0;
        for (int option = 0; option < chosen; option++) {
            start = choices.indexOf('|', start) + 1;
        }
        int end = choices.indexOf('|', start);
        return choices.substring(start, end < 0 ? choices.length() : end);
    }
}
