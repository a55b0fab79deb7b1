package org.hireloop.jobs;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.hireloop.jobs.JobDescription.Skill;
import org.hireloop.jobs.format.JobDescriptionParser;
import org.hireloop.jobs.format.JobDescriptionTextRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The demo job descriptions shipped for HIRELOOP_DEMO_DATA=true are complete and round-trip. */
class DemoDataTests {

    private static final String PATTERN = "classpath:demo/*.txt";

    private final JobDescriptionParser parser = new JobDescriptionParser();

    private static List<Resource> samples() throws IOException {
        return Arrays.stream(new PathMatchingResourcePatternResolver().getResources(PATTERN))
                .sorted(Comparator.comparing(Resource::getFilename))
                .toList();
    }

    static Stream<Arguments> sampleFiles() throws IOException {
        return samples().stream().map(resource -> Arguments.of(resource.getFilename(), resource));
    }

    private static byte[] bytesOf(Resource resource) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            return in.readAllBytes();
        }
    }

    @Test
    void thereAreAtLeastFiveSamples() throws IOException {
        assertTrue(samples().size() >= 5, "expected at least 5 files matching " + PATTERN);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleFiles")
    void everySampleIsACompleteJobDescription(String name, Resource resource) throws IOException {
        JobDescription d = parser.parse(bytesOf(resource));

        assertAll(
                name,
                () -> assertFalse(d.title().isBlank(), "title"),
                () -> assertNotNull(d.salary(), "salary"),
                () -> assertTrue(d.tags().size() >= 2, "at least 2 tags, got " + d.tags()),
                () -> assertFalse(d.career().entryPoints().isEmpty(), "entry points"),
                () -> assertFalse(d.career().advancements().isEmpty(), "advancements"),
                () -> assertFalse(d.career().lateralMoves().isEmpty(), "lateral moves"),
                () -> assertTrue(
                        d.responsibilities().primary().size() >= 8,
                        "at least 8 primary responsibilities, got "
                                + d.responsibilities().primary().size()),
                () -> assertFalse(d.skills().hard().isEmpty(), "hard skills"),
                () -> assertFalse(d.skills().soft().isEmpty(), "soft skills"),
                () -> assertEveryHasADescription(d.skills().hard(), "hard skill"),
                () -> assertEveryHasADescription(d.skills().soft(), "soft skill"),
                () -> assertNotNull(d.experience().minYears(), "experience minimum years"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleFiles")
    void everySampleSurvivesRenderingAndParsingAgain(String name, Resource resource) throws IOException {
        JobDescription parsed = parser.parse(bytesOf(resource));

        String rendered = new JobDescriptionTextRenderer().render(parsed);

        assertEquals(parsed, parser.parse(rendered), name);
    }

    private static void assertEveryHasADescription(List<Skill> skills, String kind) {
        for (Skill skill : skills) {
            assertTrue(
                    skill.description() != null && !skill.description().isBlank(),
                    kind + " without a description: " + skill.name());
        }
    }
}
