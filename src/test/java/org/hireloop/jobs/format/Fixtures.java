package org.hireloop.jobs.format;

import java.nio.file.Path;
import org.hireloop.SharedFixtures;

/** The shared fixtures, for the format's tests ({@link SharedFixtures}). */
final class Fixtures {

    static final Path MEMBER_OF_TECHNICAL_STAFF = SharedFixtures.MEMBER_OF_TECHNICAL_STAFF;

    private Fixtures() {}

    static byte[] memberOfTechnicalStaff() {
        return SharedFixtures.memberOfTechnicalStaff();
    }

    static String memberOfTechnicalStaffText() {
        return SharedFixtures.memberOfTechnicalStaffText();
    }
}
