package org.hireloop.search.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.hireloop.jobs.JobDescription;
import org.hireloop.jobs.format.JobDescriptionParser;
import org.hireloop.jobs.format.TagSplitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CorpusGeneratorTests {

    private final JobDescriptionParser parser = new JobDescriptionParser();

    @Test
    void theSameSeedGivesTheSameTexts() {
        CorpusGenerator one = new CorpusGenerator(42, 7);
        CorpusGenerator two = new CorpusGenerator(42, 7);
        for (long i = 0; i < 300; i++) {
            assertThat(two.job(i)).isEqualTo(one.job(i));
        }
        assertThat(two.organizations()).isEqualTo(one.organizations());
    }

    @Test
    void aJobIsTheSameWhetherGeneratedAloneOrInAParallelStream() {
        CorpusGenerator generator = new CorpusGenerator(7, 3);
        List<GeneratedJob> parallel = generator.jobs(500).parallel().toList();
        assertThat(generator.job(321)).isEqualTo(parallel.get(321));
        assertThat(new CorpusGenerator(7, 3).job(499)).isEqualTo(parallel.get(499));
    }

    @Test
    void anotherSeedGivesOtherTexts() {
        CorpusGenerator one = new CorpusGenerator(1, 5);
        CorpusGenerator two = new CorpusGenerator(2, 5);
        long same = LongStream.range(0, 200)
                .filter(i -> one.job(i).text().equals(two.job(i).text()))
                .count();
        assertThat(same).isZero();
    }

    @Test
    void neighbouringJobsDiffer() {
        CorpusGenerator generator = new CorpusGenerator(3, 1);
        Set<String> texts = new HashSet<>();
        generator.jobs(1_000).forEach(job -> texts.add(job.text()));
        assertThat(texts).hasSize(1_000);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 20261129, -5, Long.MAX_VALUE})
    void everyTextParsesAndStatesItsGroundTruth(long seed) {
        CorpusGenerator generator = new CorpusGenerator(seed, 13);
        for (long i = 0; i < 1_500; i++) {
            GeneratedJob job = generator.job(i * 7919 % 100_000);
            JobDescription parsed = parser.parse(job.text());
            assertThat(parsed.title()).as(job.key()).isEqualTo(job.title());
            assertThat(parsed.salary()).as(job.key()).isEqualTo(job.salary());
            assertThat(parsed.tags()).as(job.key()).isEqualTo(job.tags());
            assertThat(parsed.experience().minYears()).as(job.key()).isEqualTo(job.experienceMin());
            assertThat(parsed.experience().maxYears()).as(job.key()).isEqualTo(job.experienceMax());
            assertThat(parsed.skills().hard()).as(job.key()).isNotEmpty();
            assertThat(parsed.responsibilities().primary()).as(job.key()).isNotEmpty();
        }
    }

    @Test
    void mentionsEveryGroundTruthSkillByNameOrAlias() {
        CorpusGenerator generator = new CorpusGenerator(11, 4);
        List<RoleFamily.Tool> tools = Families.ALL.stream()
                .flatMap(f -> Families.tools(f).stream())
                .distinct()
                .toList();
        generator.jobs(500).forEach(job -> {
            for (String skill : job.skills()) {
                RoleFamily.Tool tool = tools.stream()
                        .filter(t -> t.name().equals(skill))
                        .findFirst()
                        .orElseThrow();
                List<String> names = new ArrayList<>(tool.aliases());
                names.add(tool.name());
                assertThat(names).as(job.key() + " " + skill).anyMatch(job.text()::contains);
            }
            assertThat(job.skills()).as(job.key()).isNotEmpty();
        });
    }

    @Test
    void writesTagsRunTogetherAsTheFormatDoes() {
        CorpusGenerator generator = new CorpusGenerator(5, 9);
        long together = generator
                .jobs(2_000)
                .filter(job -> !job.tags().isEmpty())
                .filter(job -> TagSplitter.split(String.join("", job.tags())).equals(job.tags()))
                .count();
        long withTags =
                generator.jobs(2_000).filter(job -> !job.tags().isEmpty()).count();
        assertThat(together).isEqualTo(withTags);
    }

    @Test
    void variesTheLayoutLikeRealFiles() {
        CorpusGenerator generator = new CorpusGenerator(8, 2);
        List<GeneratedJob> jobs = generator.jobs(2_000).toList();
        assertThat(jobs).anyMatch(job -> job.text().contains("\r\n"));
        assertThat(jobs).anyMatch(job -> job.text().startsWith("Back to Home"));
        assertThat(jobs).anyMatch(job -> job.text().contains("\n- "));
        assertThat(jobs).anyMatch(job -> !job.text().contains("Lateral Moves"));
        assertThat(jobs).anyMatch(job -> job.salary() == null);
        assertThat(jobs).anyMatch(job -> job.text().contains("k–"));
        assertThat(jobs).anyMatch(job -> job.text().contains("(SRE)"));
        assertThat(jobs).anyMatch(job -> job.text().contains("k8s"));
        assertThat(jobs)
                .anyMatch(job ->
                        job.salary() != null && job.salary().period().name().equals("HOUR"));
        assertThat(jobs.stream().map(GeneratedJob::country).distinct().count()).isGreaterThan(10);
        assertThat(jobs.stream().map(GeneratedJob::city).distinct().count()).isGreaterThan(24);
        assertThat(jobs.stream().map(GeneratedJob::family).distinct().count()).isEqualTo(Families.ALL.size());
    }

    @Test
    void organizationsHaveDistinctValidSlugs() {
        CorpusGenerator generator = new CorpusGenerator(99, 2_500);
        Set<String> slugs = new HashSet<>();
        for (GeneratedOrganization org : generator.organizations()) {
            assertThat(org.slug()).matches("^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])$");
            assertThat(slugs.add(org.slug())).as(org.slug()).isTrue();
        }
        assertThat(generator.job(2_501).key())
                .isEqualTo(generator.organization(1).slug() + "/000002");
    }

    @Test
    void everyTemplateNamesCompetenciesOfItsFamily() {
        for (RoleFamily family : Families.ALL) {
            for (String template : family.responsibilities()) {
                java.util.regex.Matcher tool =
                        java.util.regex.Pattern.compile("\\{tool:([^}]*)}").matcher(template);
                while (tool.find()) {
                    for (String name : tool.group(1).split(";")) {
                        assertThat(Families.competency(family, name).tools())
                                .as(template)
                                .isNotEmpty();
                    }
                }
            }
            assertThat(family.titles()).as(family.key()).hasSize(Seniority.values().length);
            assertThat(family.lateral()).allSatisfy(Families::byKey);
        }
    }
}
