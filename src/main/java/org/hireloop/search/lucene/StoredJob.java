package org.hireloop.search.lucene;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hireloop.search.JobDocument;
import org.hireloop.search.SkillMention;
import org.jspecify.annotations.Nullable;

/**
 * The whole {@link JobDocument} as one stored binary value. One blob instead of a stored field per
 * property: a hit is decoded with one stored-fields read, and adding a property to the document
 * touches this class only. A version byte leads, so a format change can be detected and the index
 * rebuilt.
 */
final class StoredJob {

    private static final byte VERSION = 1;

    private StoredJob() {}

    static byte[] encode(JobDocument job) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
            Writer out = new Writer(new DataOutputStream(bytes));
            out.data.writeByte(VERSION);
            out.uuid(job.id());
            out.uuid(job.orgId());
            out.text(job.orgSlug());
            out.text(job.orgName());
            out.text(job.status());
            out.text(job.title());
            out.texts(job.tags());
            out.nullableText(job.roleDefinition());
            out.texts(job.responsibilities());
            out.data.writeInt(job.skills().size());
            for (SkillMention mention : job.skills()) {
                out.text(mention.skill());
                out.nullableText(mention.competency());
            }
            out.texts(job.skillText());
            out.texts(job.competencies());
            out.number(job.salaryMin());
            out.number(job.salaryMax());
            out.nullableText(job.salaryCurrency());
            out.nullableText(job.salaryPeriod());
            out.number(job.salaryMinYearly());
            out.number(job.salaryMaxYearly());
            out.integer(job.experienceMin());
            out.integer(job.experienceMax());
            out.nullableText(job.workplace());
            out.nullableText(job.country());
            out.nullableText(job.city());
            out.nullableText(job.employmentType());
            out.nullableText(job.department());
            out.instant(job.publishedAt());
            out.instant(job.updatedAt());
            out.data.writeLong(job.version());
            out.data.writeInt(job.terms().size());
            for (Map.Entry<String, List<String>> entry : job.terms().entrySet()) {
                out.text(entry.getKey());
                out.texts(entry.getValue());
            }
            out.data.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JobDocument decode(byte[] bytes, int offset, int length) {
        try {
            Reader in = new Reader(new DataInputStream(new ByteArrayInputStream(bytes, offset, length)));
            byte version = in.data.readByte();
            if (version != VERSION) {
                throw new IllegalStateException(
                        "stored job format " + version + " is not " + VERSION + "; rebuild the search index");
            }
            UUID id = in.uuid();
            UUID orgId = in.uuid();
            String orgSlug = in.text();
            String orgName = in.text();
            String status = in.text();
            String title = in.text();
            List<String> tags = in.texts();
            String roleDefinition = in.nullableText();
            List<String> responsibilities = in.texts();
            int skillCount = in.data.readInt();
            List<SkillMention> skills = new ArrayList<>(skillCount);
            for (int i = 0; i < skillCount; i++) {
                skills.add(new SkillMention(in.text(), in.nullableText()));
            }
            List<String> skillText = in.texts();
            List<String> competencies = in.texts();
            Double salaryMin = in.number();
            Double salaryMax = in.number();
            String salaryCurrency = in.nullableText();
            String salaryPeriod = in.nullableText();
            Double salaryMinYearly = in.number();
            Double salaryMaxYearly = in.number();
            Integer experienceMin = in.integer();
            Integer experienceMax = in.integer();
            String workplace = in.nullableText();
            String country = in.nullableText();
            String city = in.nullableText();
            String employmentType = in.nullableText();
            String department = in.nullableText();
            Instant publishedAt = in.instant();
            Instant updatedAt = in.instant();
            long docVersion = in.data.readLong();
            int termCount = in.data.readInt();
            Map<String, List<String>> terms = new LinkedHashMap<>();
            for (int i = 0; i < termCount; i++) {
                terms.put(in.text(), in.texts());
            }
            return new JobDocument(
                    id,
                    orgId,
                    orgSlug,
                    orgName,
                    status,
                    title,
                    tags,
                    roleDefinition,
                    responsibilities,
                    skills,
                    skillText,
                    competencies,
                    salaryMin,
                    salaryMax,
                    salaryCurrency,
                    salaryPeriod,
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
                    updatedAt == null ? Instant.EPOCH : updatedAt,
                    docVersion,
                    terms);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Writer(DataOutputStream data) {

        void uuid(UUID value) throws IOException {
            data.writeLong(value.getMostSignificantBits());
            data.writeLong(value.getLeastSignificantBits());
        }

        void text(String value) throws IOException {
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            data.writeInt(utf8.length);
            data.write(utf8);
        }

        void nullableText(@Nullable String value) throws IOException {
            data.writeBoolean(value != null);
            if (value != null) {
                text(value);
            }
        }

        void texts(List<String> values) throws IOException {
            data.writeInt(values.size());
            for (String value : values) {
                text(value);
            }
        }

        void number(@Nullable Double value) throws IOException {
            data.writeBoolean(value != null);
            if (value != null) {
                data.writeDouble(value);
            }
        }

        void integer(@Nullable Integer value) throws IOException {
            data.writeBoolean(value != null);
            if (value != null) {
                data.writeInt(value);
            }
        }

        void instant(@Nullable Instant value) throws IOException {
            data.writeBoolean(value != null);
            if (value != null) {
                data.writeLong(value.getEpochSecond());
                data.writeInt(value.getNano());
            }
        }
    }

    private record Reader(DataInputStream data) {

        UUID uuid() throws IOException {
            return new UUID(data.readLong(), data.readLong());
        }

        String text() throws IOException {
            byte[] utf8 = new byte[data.readInt()];
            data.readFully(utf8);
            return new String(utf8, StandardCharsets.UTF_8);
        }

        @Nullable
        String nullableText() throws IOException {
            return data.readBoolean() ? text() : null;
        }

        List<String> texts() throws IOException {
            int count = data.readInt();
            List<String> values = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                values.add(text());
            }
            return values;
        }

        @Nullable
        Double number() throws IOException {
            return data.readBoolean() ? data.readDouble() : null;
        }

        @Nullable
        Integer integer() throws IOException {
            return data.readBoolean() ? data.readInt() : null;
        }

        @Nullable
        Instant instant() throws IOException {
            return data.readBoolean() ? Instant.ofEpochSecond(data.readLong(), data.readInt()) : null;
        }
    }
}
