package org.hireloop.search.lucene;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.hireloop.platform.OrgId;
import org.hireloop.search.JobDocument;
import org.hireloop.search.SkillMention;

/** Builds the JobDocuments of the engine tests: a published job of org A with nothing but a title unless told. */
final class TestJob {

    static final OrgId ORG_A = new OrgId(UUID.fromString("00000000-0000-7000-8000-00000000000a"));
    static final OrgId ORG_B = new OrgId(UUID.fromString("00000000-0000-7000-8000-00000000000b"));
    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private static int sequence;

    private static final String[] TITLES = {
        "Data Engineer", "Platform Engineer", "Java Developer", "Product Manager", "Designer", "Sales Lead", "Chef"
    };
    private static final String[] SKILLS = {"Java", "Kubernetes", "Python", "SQL", "Kafka", "React"};
    private static final String[] WORDS = {
        "alpha",
        "beta",
        "gamma",
        "delta",
        "engineering",
        "platform",
        "chef",
        "design",
        "product",
        "java",
        "data",
        "kitchen",
        "support"
    };

    UUID id = UUID.fromString(String.format("00000000-0000-7000-8000-%012d", ++sequence));
    OrgId org = ORG_A;
    String status = "published";
    String title;
    List<String> tags = new ArrayList<>();
    String roleDefinition;
    List<String> responsibilities = new ArrayList<>();
    List<SkillMention> skills = new ArrayList<>();
    List<String> skillText = new ArrayList<>();
    List<String> competencies = new ArrayList<>();
    Double salaryMinYearly;
    Double salaryMaxYearly;
    Integer experienceMin;
    Integer experienceMax;
    String workplace;
    String country;
    String city;
    String employmentType;
    String department;
    Instant publishedAt = T0;
    Instant updatedAt = T0;
    Map<String, List<String>> terms = new LinkedHashMap<>();

    private TestJob(String title) {
        this.title = title;
    }

    static TestJob job(String title) {
        return new TestJob(title);
    }

    TestJob id(UUID id) {
        this.id = id;
        return this;
    }

    TestJob org(OrgId org) {
        this.org = org;
        return this;
    }

    TestJob status(String status) {
        this.status = status;
        if (!"published".equals(status)) {
            publishedAt = null;
        }
        return this;
    }

    TestJob tags(String... tags) {
        this.tags = List.of(tags);
        return this;
    }

    TestJob role(String roleDefinition) {
        this.roleDefinition = roleDefinition;
        return this;
    }

    TestJob responsibilities(String... responsibilities) {
        this.responsibilities = List.of(responsibilities);
        return this;
    }

    /** Canonical skills; their names are also the skill text. */
    TestJob skills(String... skills) {
        for (String skill : skills) {
            this.skills.add(new SkillMention(skill, null));
            this.skillText.add(skill);
        }
        return this;
    }

    TestJob competencies(String... competencies) {
        this.competencies = List.of(competencies);
        return this;
    }

    TestJob salary(Double minYearly, Double maxYearly) {
        this.salaryMinYearly = minYearly;
        this.salaryMaxYearly = maxYearly;
        return this;
    }

    TestJob experience(Integer min, Integer max) {
        this.experienceMin = min;
        this.experienceMax = max;
        return this;
    }

    TestJob workplace(String workplace) {
        this.workplace = workplace;
        return this;
    }

    TestJob location(String country, String city) {
        this.country = country;
        this.city = city;
        return this;
    }

    TestJob employmentType(String employmentType) {
        this.employmentType = employmentType;
        return this;
    }

    TestJob department(String department) {
        this.department = department;
        return this;
    }

    TestJob published(Instant publishedAt) {
        this.publishedAt = publishedAt;
        return this;
    }

    TestJob updated(Instant updatedAt) {
        this.updatedAt = updatedAt;
        return this;
    }

    TestJob term(String dimension, String... values) {
        terms.put(dimension, List.of(values));
        return this;
    }

    JobDocument build() {
        String slug = org.equals(ORG_A) ? "acme" : org.equals(ORG_B) ? "globex" : "org-" + org;
        return new JobDocument(
                id,
                org.value(),
                slug,
                slug.toUpperCase(),
                status,
                title,
                tags,
                roleDefinition,
                responsibilities,
                skills,
                skillText,
                competencies,
                salaryMinYearly,
                salaryMaxYearly,
                salaryMinYearly == null ? null : "EUR",
                salaryMinYearly == null ? null : "YEAR",
                salaryMinYearly,
                salaryMaxYearly,
                experienceMin,
                experienceMax,
                workplace,
                country,
                city,
                employmentType,
                department,
                publishedAt,
                updatedAt,
                1L,
                terms);
    }

    /**
     * Jobs with titles, tags, skills, text and facet values drawn from small vocabularies (seed
     * 7): many jobs share each word, as on a real board.
     */
    static List<JobDocument> varied(int count) {
        Random random = new Random(7);
        List<JobDocument> jobs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String skill = SKILLS[random.nextInt(SKILLS.length)];
            TestJob job = job(TITLES[random.nextInt(TITLES.length)] + " " + WORDS[random.nextInt(WORDS.length)])
                    .org(random.nextInt(3) == 0 ? ORG_B : ORG_A)
                    .status(random.nextInt(10) == 0 ? "draft" : "published")
                    .tags(WORDS[random.nextInt(WORDS.length)], WORDS[random.nextInt(WORDS.length)])
                    .skills(skill)
                    .responsibilities(sentence(random), sentence(random))
                    .role(sentence(random))
                    .workplace(random.nextBoolean() ? "remote" : "onsite")
                    .location(random.nextBoolean() ? "DE" : "GB", "City" + random.nextInt(5))
                    .employmentType(random.nextInt(5) == 0 ? "CONTRACTOR" : "FULL_TIME")
                    .department("Dept" + random.nextInt(4))
                    .salary(30_000.0 + random.nextInt(100_000), null)
                    .experience(random.nextInt(12), null)
                    .published(T0.plus(Duration.ofMinutes(random.nextInt(5000))));
            jobs.add(job.build());
        }
        return jobs;
    }

    private static String sentence(Random random) {
        StringBuilder sentence = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            sentence.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        return sentence.toString().strip();
    }
}
