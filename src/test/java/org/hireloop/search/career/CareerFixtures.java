package org.hireloop.search.career;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.hireloop.SharedFixtures;
import org.hireloop.jobs.JobDescription;
import org.hireloop.jobs.JobDescription.CareerEntry;
import org.hireloop.jobs.JobDescription.CareerProgression;
import org.hireloop.jobs.JobDescription.CareerRole;
import org.hireloop.jobs.format.JobDescriptionParser;
import org.hireloop.search.SkillMention;
import org.jspecify.annotations.Nullable;

/** Job descriptions for the career graph, and what the index makes of their terms. */
public final class CareerFixtures {

    static final Path MEMBER_OF_TECHNICAL_STAFF = SharedFixtures.MEMBER_OF_TECHNICAL_STAFF;

    private CareerFixtures() {}

    /** The shared fixture (CI keeps shared/ beside the clone). */
    static JobDescription memberOfTechnicalStaff() {
        if (!Files.isRegularFile(MEMBER_OF_TECHNICAL_STAFF)) {
            fail("fixture missing: "
                    + MEMBER_OF_TECHNICAL_STAFF.toAbsolutePath().normalize()
                    + " (shared/ must sit beside the project directory)");
        }
        try {
            return new JobDescriptionParser().parse(Files.readAllBytes(MEMBER_OF_TECHNICAL_STAFF));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + MEMBER_OF_TECHNICAL_STAFF, e);
        }
    }

    /** A description with only a title and career paths, each bullet written as in the text format. */
    public static JobDescription description(
            String title, List<String> entry, List<String> advance, List<String> lateral) {
        return new JobDescription(
                title,
                null,
                List.of(),
                null,
                new CareerProgression(entries(entry), entries(advance), entries(lateral)),
                null,
                null,
                null,
                null);
    }

    private static List<CareerEntry> entries(List<String> bullets) {
        return bullets.stream()
                .map(bullet -> new CareerEntry(RoleName.parse(bullet).stream()
                        .map(role -> new CareerRole(role.title(), role.abbreviation()))
                        .toList()))
                .toList();
    }

    static List<SkillMention> skills(String... names) {
        return java.util.Arrays.stream(names)
                .map(name -> new SkillMention(name, null))
                .toList();
    }

    /** One published job: its description, skills and salary, as the indexer would put it in the index. */
    static Map<String, List<String>> job(
            JobDescription description, List<SkillMention> skills, @Nullable Double salaryMidYearly) {
        return CareerTerms.of(description, skills, salaryMidYearly);
    }

    /** What {@code JobSearchEngine.aggregate} answers: per dimension and value, the number of jobs carrying it. */
    static Map<String, Map<String, Long>> aggregate(List<Map<String, List<String>>> jobs) {
        Map<String, Map<String, Long>> counts = new HashMap<>();
        for (Map<String, List<String>> terms : jobs) {
            terms.forEach((dimension, values) -> new LinkedHashSet<>(values)
                    .forEach(value -> counts.computeIfAbsent(dimension, d -> new HashMap<>())
                            .merge(value, 1L, Long::sum)));
        }
        return counts;
    }

    static List<Map<String, List<String>>> times(int n, Map<String, List<String>> job) {
        List<Map<String, List<String>>> jobs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            jobs.add(job);
        }
        return jobs;
    }
}
