package org.hireloop.jobs.format;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The shared fixtures, which CI keeps in shared/ beside the clone. */
final class Fixtures {

    static final Path MEMBER_OF_TECHNICAL_STAFF =
            Path.of("..", "shared", "fixtures", "job-descriptions", "member-of-technical-staff.txt");

    private Fixtures() {}

    static byte[] memberOfTechnicalStaff() {
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

    static String memberOfTechnicalStaffText() {
        return new String(memberOfTechnicalStaff(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
