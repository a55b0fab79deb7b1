package org.hireloop.search.lucene;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.BytesRef;
import org.hireloop.platform.ProblemException;
import org.hireloop.search.JobSearchRequest;
import org.jspecify.annotations.Nullable;

/**
 * The sort orders and their opaque cursors. A cursor holds the last hit's sort values and job id,
 * never a Lucene document number: those change when segments merge, ids do not. Every order ends
 * with the id, so two hits never compare equal and pages neither skip nor repeat a job. Relevance
 * ties go by title key first ({@link RelevanceTopDocs}), so its cursors carry the key too.
 *
 * <p>A cursor also names the state of the index its page came from (the reader's version), so
 * the next page can come from the same state while the engine keeps it: scores follow the
 * index's word statistics, and a page from a changed index could skip or repeat a job whose score
 * moved across the cursor.
 *
 * <p>Format (URL-safe base64 without padding): a version byte, the sort's ordinal, eight bytes of
 * the index's version (since cursor version 3), eight bytes of sort value (score as float bits,
 * time as epoch millis, salary as double bits), the sixteen id bytes and, for relevance, the title
 * key (up to {@value JobFields#MAX_TITLE_KEY} bytes).
 */
final class SearchCursor {

    /** 3 since cursors name the index's version; 2 since relevance ties go by title key. */
    private static final byte VERSION = 3;

    /** Cursors given out before they named the index's version: still read, for the current index. */
    static final byte UNVERSIONED = 2;

    /** Bytes of the version and the sort. */
    static final int HEAD = 2;
    /** Bytes of the index's version, after the {@link #HEAD}. */
    static final int INDEX_VERSION = 8;

    private static final int LENGTH = HEAD + INDEX_VERSION + 8 + 16;

    private static final SortField ID_ORDER = new SortField(JobFields.ID, SortField.Type.STRING);
    /** By score, ties in the index's own order (title key, then id). */
    private static final Sort RELEVANCE = new Sort(
            Stream.concat(Stream.of(SortField.FIELD_SCORE), Arrays.stream(LuceneJobSearchEngine.INDEX_ORDER.getSort()))
                    .toArray(SortField[]::new));

    private static final Sort NEWEST =
            new Sort(new SortField(JobFields.SORT_NEWEST, SortField.Type.LONG, true), ID_ORDER);
    private static final Sort SALARY;

    static {
        SortField salary = new SortField(JobFields.SORT_SALARY, SortField.Type.DOUBLE, true);
        salary.setMissingValue(Double.NEGATIVE_INFINITY); // descending: jobs without a salary come last
        SALARY = new Sort(salary, ID_ORDER);
    }

    private SearchCursor() {}

    static Sort sort(JobSearchRequest.Sort sort) {
        return switch (sort) {
            case RELEVANCE -> RELEVANCE;
            case NEWEST -> NEWEST;
            case SALARY -> SALARY;
        };
    }

    /** The cursor after {@code last}, a hit of a page of the index at {@code indexVersion}. */
    static String encode(JobSearchRequest.Sort sort, FieldDoc last, long indexVersion) {
        BytesRef title = sort == JobSearchRequest.Sort.RELEVANCE ? (BytesRef) last.fields[1] : new BytesRef();
        ByteBuffer bytes = ByteBuffer.allocate(LENGTH + title.length);
        bytes.put(VERSION).put((byte) sort.ordinal()).putLong(indexVersion);
        Object value = last.fields[0];
        switch (sort) {
            case RELEVANCE -> bytes.putLong(Float.floatToIntBits((Float) value));
            case NEWEST -> bytes.putLong((Long) value);
            case SALARY -> bytes.putLong(Double.doubleToLongBits((Double) value));
        }
        BytesRef id = (BytesRef) last.fields[last.fields.length - 1];
        bytes.put(id.bytes, id.offset, id.length);
        bytes.put(title.bytes, title.offset, title.length);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }

    /**
     * Where a cursor's page ends and which state of the index it came from.
     *
     * @param after the position after which the next page starts
     * @param indexVersion the version of the index the page came from; empty for a cursor given out
     *     before cursors named it
     */
    record Position(FieldDoc after, OptionalLong indexVersion) {}

    /** Reads a cursor once for all its uses; refuses a cursor this sort did not give out. */
    static Position read(JobSearchRequest.Sort sort, String cursor) {
        byte[] raw = bytes(cursor);
        if (raw == null) {
            throw invalid();
        }
        // a cursor of version 2 has no index version: its values start where that would
        boolean versioned = raw.length > 0 && raw[0] == VERSION;
        int start = versioned ? HEAD + INDEX_VERSION : HEAD;
        int length = start + 8 + 16;
        int titleLength = raw.length - length;
        boolean relevance = sort == JobSearchRequest.Sort.RELEVANCE;
        if (titleLength < 0
                || titleLength > (relevance ? JobFields.MAX_TITLE_KEY : 0)
                || (!versioned && raw[0] != UNVERSIONED)
                || raw[1] != sort.ordinal()) {
            throw invalid();
        }
        ByteBuffer bytes = ByteBuffer.wrap(raw, start, length - start);
        long bits = bytes.getLong();
        Object value = switch (sort) {
            case RELEVANCE -> Float.intBitsToFloat((int) bits);
            case NEWEST -> bits;
            case SALARY -> Double.longBitsToDouble(bits);
        };
        BytesRef id = new BytesRef(raw, start + 8, 16);
        // Integer.MAX_VALUE as the document: a hit equal on every sort value is the cursor's own job,
        // and the collector skips equal hits whose document number is not above it.
        Object[] values =
                relevance ? new Object[] {value, new BytesRef(raw, length, titleLength), id} : new Object[] {value, id};
        OptionalLong indexVersion = versioned
                ? OptionalLong.of(ByteBuffer.wrap(raw, HEAD, INDEX_VERSION).getLong())
                : OptionalLong.empty();
        return new Position(new FieldDoc(Integer.MAX_VALUE, Float.NaN, values), indexVersion);
    }

    private static byte @Nullable [] bytes(String cursor) {
        try {
            return Base64.getUrlDecoder().decode(cursor);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static ProblemException.InvalidRequest invalid() {
        return new ProblemException.InvalidRequest(
                "cursor", "is not a cursor this search gave out; start again without it");
    }
}
