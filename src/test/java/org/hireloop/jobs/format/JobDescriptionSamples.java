package org.hireloop.jobs.format;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.hireloop.jobs.JobDescription;
import org.hireloop.jobs.JobDescription.CareerEntry;
import org.hireloop.jobs.JobDescription.CareerProgression;
import org.hireloop.jobs.JobDescription.CareerRole;
import org.hireloop.jobs.JobDescription.Education;
import org.hireloop.jobs.JobDescription.Experience;
import org.hireloop.jobs.JobDescription.Responsibilities;
import org.hireloop.jobs.JobDescription.Skill;
import org.hireloop.jobs.JobDescription.Skills;
import org.hireloop.jobs.Salary;
import org.hireloop.jobs.Salary.SalaryPeriod;

/**
 * Deterministic random job descriptions that the text format can carry: texts on one line,
 * trimmed, no heading words as prose, skill names without ": ". The round-trip properties and
 * the parser benchmark (which copies this file) both draw from it. No test library in here.
 */
final class JobDescriptionSamples {

    private static final String[] TITLES = {
        "Member of Technical Staff",
        "Data Engineer",
        "Site Reliability Engineer",
        "Product Manager",
        "iOS Developer",
        "QA Automation Engineer",
        "Machine Learning Engineer",
        "UX Designer",
        "Engineering Manager",
        "Security Analyst",
        "DevOps Engineer",
        "Développeur Full Stack"
    };
    private static final String[] TAGS = {
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
        "Machine Learning",
        "iOS Development",
        "macOS",
        "Data Engineering",
        "FinTech",
        "SaaS",
        "eCommerce",
        "GraphQL",
        "PostgreSQL",
        "MySQL",
        "NoSQL",
        "JavaScript",
        "TypeScript",
        "GitHub Actions",
        "GitLab",
        "PyTorch",
        "TensorFlow",
        "OAuth",
        "LinkedIn",
        "WordPress",
        "SQL Analytics",
        "Cybersecurity",
        "Product Management",
        "UX Design",
        "Healthcare",
        "IoT",
        "Web3",
        "B2B",
        "APIs",
        "Kubernetes",
        "Data Science",
        "CI/CD",
        "AI/ML",
        "Remote"
    };
    private static final String[] ROLES = {
        "Software Engineer",
        "Backend Developer",
        "Full Stack Developer",
        "Staff Engineer",
        "Principal Engineer",
        "Engineering Manager",
        "Software Architect",
        "Data Analyst",
        "Product Owner",
        "Senior Member of Technical Staff",
        "UI/UX Designer",
        "Technical Lead",
        "Scrum Master"
    };
    private static final String[] ABBREVIATIONS = {"SRE", "SDE II", "VP", "CTO", "TPM", "L5", "EM", "QA"};
    private static final String[] SKILL_NAMES = {
        "Programming Proficiency",
        "Distributed Systems Design",
        "Cloud Computing",
        "Containerization & Orchestration",
        "CI/CD & DevOps",
        "API Design",
        "Adaptability",
        "Technical Communication",
        "Ownership & Accountability",
        "Data Structures & Algorithms",
        "C++",
        "SQL"
    };
    private static final String[] FIRST_WORDS = {
        "Design",
        "Build",
        "Own",
        "Lead",
        "Support",
        "Write",
        "Drive",
        "Mentor",
        "Evaluate",
        "Ensure",
        "Participate",
        "Optimize",
        "Collaborate",
        "Contribute"
    };
    private static final String[] WORDS = {
        "scalable",
        "backend",
        "services",
        "and",
        "APIs",
        "with",
        "the",
        "team",
        "to",
        "deliver",
        "reliable",
        "systems",
        "(AWS, GCP, Azure)",
        "C++",
        "CI/CD",
        "pipelines",
        "for",
        "our",
        "customers",
        "in",
        "a",
        "fast-paced",
        "environment",
        "R&D",
        "e.g.",
        "SQL",
        "data",
        "models",
        "café",
        "<script>alert(1)</script>",
        "\"quoted\"",
        "50%",
        "$",
        "a/b",
        "-",
        "•",
        "1.",
        "ratio: 3",
        "*stars*",
        "#tag"
    };
    private static final String[] CURRENCIES = {"USD", "EUR", "GBP", "JPY", "INR", "CAD", "AUD", "CHF", "SEK", "CNY"};

    private final Random random;

    JobDescriptionSamples(long seed) {
        this.random = new Random(seed);
    }

    /** Descriptions of the fixture's size: every section, about as many items. */
    JobDescription realistic() {
        return description(true);
    }

    /** Anything the format carries, sections often missing or empty. */
    JobDescription any() {
        return description(false);
    }

    static String text(JobDescription description) {
        return new JobDescriptionTextRenderer().render(description);
    }

    private JobDescription description(boolean full) {
        return new JobDescription(
                pick(TITLES),
                full || random.nextBoolean() ? salary() : null,
                distinct(count(full, 4, 6), () -> pick(TAGS)),
                full || random.nextBoolean() ? roleDefinition() : null,
                new CareerProgression(
                        list(count(full, 3, 4), this::careerEntry),
                        list(count(full, 3, 4), this::careerEntry),
                        list(count(full, 2, 3), this::careerEntry)),
                new Responsibilities(
                        list(count(full, 20, 25), this::sentence), list(count(full, 5, 7), this::sentence)),
                new Skills(list(count(full, 11, 13), this::skill), list(count(full, 6, 8), this::skill)),
                new Education(
                        list(count(full, 1, 2), this::sentence),
                        list(count(full, 1, 2), this::sentence),
                        list(count(full, 4, 5), () -> pick(SKILL_NAMES))),
                experience(full));
    }

    /** Realistic: about the fixture's count; otherwise anything from none to a few. */
    private int count(boolean full, int typical, int maxSmall) {
        return full ? typical - 1 + random.nextInt(3) : random.nextInt(maxSmall + 1);
    }

    private Salary salary() {
        Currency currency = Currency.getInstance(pick(CURRENCIES));
        SalaryPeriod period = SalaryPeriod.values()[random.nextInt(3)];
        BigDecimal min = amount(period);
        BigDecimal max = random.nextInt(5) == 0 ? min : min.add(amount(period));
        return new Salary(min, max, currency, period);
    }

    private BigDecimal amount(SalaryPeriod period) {
        return switch (period) {
            case YEAR -> BigDecimal.valueOf(20_000L + 1_000L * random.nextInt(300));
            case MONTH -> BigDecimal.valueOf(1_000L + 100L * random.nextInt(200));
            // cents, and now and then three decimals, which the renderer must keep apart from thousands
            case HOUR -> BigDecimal.valueOf(1_500 + random.nextInt(15_000), random.nextInt(6) == 0 ? 3 : 2);
        };
    }

    private String roleDefinition() {
        List<String> paragraphs =
                list(1 + random.nextInt(3), () -> String.join(" ", list(2 + random.nextInt(4), this::sentence)));
        if (random.nextInt(4) == 0) {
            paragraphs.add(sentence() + "\n" + sentence());
        }
        return String.join("\n\n", paragraphs);
    }

    private CareerEntry careerEntry() {
        return new CareerEntry(list(
                1 + random.nextInt(2),
                () -> new CareerRole(pick(ROLES), random.nextInt(4) == 0 ? pick(ABBREVIATIONS) : null)));
    }

    private Skill skill() {
        return new Skill(pick(SKILL_NAMES), random.nextInt(10) == 0 ? null : sentence());
    }

    private Experience experience(boolean full) {
        String detail = random.nextInt(5) == 0 ? null : "of " + sentence().toLowerCase(java.util.Locale.ROOT);
        List<String> preferred = list(count(full, 4, 4), this::sentence);
        int min = random.nextInt(10);
        int max = min + random.nextInt(8);
        return switch (full ? 0 : random.nextInt(5)) {
            case 0 -> new Experience(min, max, detail, preferred);
            case 1 -> new Experience(min, null, detail, preferred);
            case 2 -> new Experience(null, max, detail, preferred);
            case 3 -> new Experience(null, null, detail == null ? null : sentence(), preferred);
            default -> new Experience(null, null, null, preferred);
        };
    }

    private String sentence() {
        StringBuilder sentence = new StringBuilder(pick(FIRST_WORDS));
        int words = 6 + random.nextInt(20);
        for (int i = 0; i < words; i++) {
            sentence.append(' ').append(pick(WORDS));
        }
        return sentence.append('.').toString();
    }

    private <T> List<T> list(int size, Supplier<T> element) {
        List<T> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(element.get());
        }
        return list;
    }

    private List<String> distinct(int size, Supplier<String> element) {
        Set<String> set = new LinkedHashSet<>();
        for (int i = 0; i < size; i++) {
            set.add(element.get());
        }
        return new ArrayList<>(set);
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
