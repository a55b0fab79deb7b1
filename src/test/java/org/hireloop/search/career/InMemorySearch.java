package org.hireloop.search.career;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hireloop.jobs.JobDescription;
import org.hireloop.platform.OrgId;
import org.hireloop.search.JobDocument;
import org.hireloop.search.QuerySkill;
import org.hireloop.search.Skill;
import org.hireloop.search.SkillMention;
import org.hireloop.search.SkillTaxonomy;
import org.jspecify.annotations.Nullable;

/**
 * What the career tests index and resolve skills with: job documents as the indexer makes them
 * (career terms from the description), a taxonomy of a few skills with aliases (the real one needs
 * the database to answer a name it does not know), and a clock the tests move.
 */
public final class InMemorySearch {

    private InMemorySearch() {}

    public static JobDocument document(
            String status, JobDescription description, List<String> skills, @Nullable Double salaryMidYearly) {
        List<SkillMention> mentions =
                skills.stream().map(skill -> new SkillMention(skill, null)).toList();
        Instant now = Instant.parse("2025-01-01T00:00:00Z");
        return new JobDocument(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "acme",
                "Acme",
                status,
                description.title(),
                List.of(),
                null,
                List.of(),
                mentions,
                skills,
                List.of(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                now,
                now,
                1,
                CareerTerms.of(description, mentions, salaryMidYearly));
    }

    /** Java (alias "jdk"), Kubernetes ("k8s"), Go ("golang"), Terraform, SQL. */
    public static final class Taxonomy implements SkillTaxonomy {
        private static final List<Skill> SKILLS = List.of(
                new Skill("Java", "java", "Languages", List.of("jdk"), "curated"),
                new Skill("Kubernetes", "kubernetes", "Containers", List.of("k8s"), "curated"),
                new Skill("Go", "go", "Languages", List.of("golang"), "curated"),
                new Skill("Terraform", "terraform", "Infrastructure", List.of(), "curated"),
                new Skill("SQL", "sql", "Databases", List.of(), "curated"));

        @Override
        public List<SkillMention> extract(JobDescription description) {
            throw new UnsupportedOperationException("not used by the career graph");
        }

        @Override
        public List<Skill> recognize(String text, @Nullable OrgId org) {
            List<String> words = List.of(text.toLowerCase().split("[^a-z0-9]+"));
            return SKILLS.stream()
                    .filter(skill -> words.contains(skill.slug())
                            || skill.aliases().stream().anyMatch(words::contains))
                    .toList();
        }

        @Override
        public List<QuerySkill> recognizeInQuery(String query, @Nullable OrgId org) {
            throw new UnsupportedOperationException("not used by the career graph");
        }

        @Override
        public Optional<Skill> find(String nameOrAlias, @Nullable OrgId org) {
            String key = nameOrAlias.strip().toLowerCase();
            return SKILLS.stream()
                    .filter(skill -> skill.slug().equals(key) || skill.aliases().contains(key))
                    .findFirst();
        }

        @Override
        public List<Skill> search(String text, @Nullable OrgId org, int limit) {
            throw new UnsupportedOperationException("not used by the career graph");
        }

        @Override
        public void learn(java.util.Collection<String> competencyNames) {
            throw new UnsupportedOperationException("not used by the career graph");
        }
    }

    public static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2025-01-01T00:00:00Z");

        void advanceSeconds(long seconds) {
            now = now.plusSeconds(seconds);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
