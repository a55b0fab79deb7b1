package org.hireloop;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared fixtures every test module reads: {@code shared/} is given read-only beside the
 * project directory, locally and in CI.
 */
public final class SharedFixtures {

    /** The job description of the shared fixtures, in the text format the platform imports. */
    public static final Path MEMBER_OF_TECHNICAL_STAFF =
            Path.of("..", "shared", "fixtures", "job-descriptions", "member-of-technical-staff.txt");

    private SharedFixtures() {}

    /** The fixture's bytes; a missing fixture fails the test with where it was looked for. */
    public static byte[] memberOfTechnicalStaff() {
        Path file = MEMBER_OF_TECHNICAL_STAFF;
        if (!Files.isRegularFile(file)) {
            fail("fixture missing: " + file.toAbsolutePath().normalize()
                    + " (shared/ must sit beside the project directory)");
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    public static String memberOfTechnicalStaffText() {
        return new String(memberOfTechnicalStaff(), StandardCharsets.UTF_8);
    }
}
