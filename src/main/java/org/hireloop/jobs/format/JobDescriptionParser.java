package org.hireloop.jobs.format;

import java.util.List;
import java.util.Objects;
import org.hireloop.jobs.JobDescription;

/**
 * Reads the job description text format into a {@link JobDescription}. Lenient with what
 * people paste (any line endings, bullets, heading styles, section order, missing sections);
 * strict only where guessing would store a wrong fact: no title, a salary that is no range.
 * Work is linear in the input. Stateless: one instance can serve every thread.
 *
 * <p>For any input the only exception is {@link JobDescriptionParseException}.
 */
public final class JobDescriptionParser {

    public JobDescription parse(String text) {
        Objects.requireNonNull(text, "text");
        List<Line> lines = InputText.lines(text);
        DescriptionBuilder description = new DescriptionBuilder();
        int body = HeaderReader.read(lines, description);
        new BodyReader(description).read(lines, body);
        return description.build();
    }

    /** Reads UTF-8 bytes, refusing bytes that are not UTF-8 or look binary. */
    public JobDescription parse(byte[] utf8Bytes) {
        Objects.requireNonNull(utf8Bytes, "utf8Bytes");
        return parse(InputText.decode(utf8Bytes));
    }
}
