package org.hireloop.identity.audit;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.hireloop.platform.AuditEvent;
import org.jspecify.annotations.Nullable;

/**
 * The canonical, unambiguous bytes of an audit entry and its chain hash, exactly as
 * docs/audit.md specifies them for auditors who recompute the chain on their own:
 *
 * <pre>
 * hash = SHA-256( T("hireloop-audit-v1") || prev_hash || T(org_id) || I8(seq) || T(id)
 *               || T(actor_type) || T(actor_id) || T(action) || T(target_type) || T(target_id)
 *               || T(address) || T(user_agent) || I8(at in microseconds since the epoch, UTC)
 *               || I4(number of changed fields) || T(field 1) || ... || T(field n) )
 * T(null) = I4(-1);  T(s) = I4(byte length of UTF-8 s) || UTF-8 s;  I4, I8 = big-endian
 * </pre>
 *
 * Ids are written as their lower-case 36-character text. Changing any part of it is a new format
 * version, never an edit of this one: released chains must keep verifying.
 */
final class CanonicalEncoding {

    static final String VERSION = "hireloop-audit-v1";

    /** Longest user agent kept; longer ones are cut (before hashing, so the stored value is hashed). */
    static final int MAX_USER_AGENT = 1024;

    private CanonicalEncoding() {}

    static AuditHash hash(AuditHash prev, long seq, UUID id, AuditEvent event) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return new AuditHash(sha256.digest(encode(prev, seq, id, event)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static byte[] encode(AuditHash prev, long seq, UUID id, AuditEvent event) {
        Out out = new Out();
        out.text(VERSION);
        out.raw(prev.bytes());
        out.text(event.orgId().value().toString());
        out.int64(seq);
        out.text(id.toString());
        out.text(event.actorType());
        out.text(event.actorId());
        out.text(event.action());
        out.text(event.targetType());
        out.text(event.targetId());
        out.text(event.address());
        out.text(event.userAgent());
        out.int64(micros(event.at()));
        out.int32(event.changedFields().size());
        event.changedFields().forEach(out::text);
        return out.bytes.toByteArray();
    }

    /**
     * The event as it can be stored and read back unchanged, so that the hash of what is stored is
     * the hash of what was recorded: time cut to PostgreSQL's microseconds, text made valid UTF-8
     * without NUL characters (which PostgreSQL's text refuses), the user agent cut to its maximum.
     */
    static AuditEvent storable(AuditEvent event) {
        return new AuditEvent(
                event.orgId(),
                clean(event.actorType()),
                cleanOrNull(event.actorId()),
                clean(event.action()),
                cleanOrNull(event.targetType()),
                cleanOrNull(event.targetId()),
                cleanOrNull(event.address()),
                cleanOrNull(cut(event.userAgent(), MAX_USER_AGENT)),
                event.at().truncatedTo(ChronoUnit.MICROS),
                event.changedFields().stream().map(CanonicalEncoding::clean).toList());
    }

    static long micros(Instant at) {
        return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1_000);
    }

    private static @Nullable String cut(@Nullable String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    private static @Nullable String cleanOrNull(@Nullable String value) {
        return value == null ? null : clean(value);
    }

    private static String clean(String value) {
        String utf8 = new String(value.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        return utf8.replace('\u0000', '\uFFFD');
    }

    /** Big-endian writer of the encoding's three kinds of items. */
    private static final class Out {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);

        void raw(byte[] value) {
            bytes.writeBytes(value);
        }

        void int32(int value) {
            raw(ByteBuffer.allocate(4).putInt(value).array());
        }

        void int64(long value) {
            raw(ByteBuffer.allocate(8).putLong(value).array());
        }

        void text(@Nullable String value) {
            if (value == null) {
                int32(-1);
                return;
            }
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            int32(utf8.length);
            raw(utf8);
        }
    }
}
