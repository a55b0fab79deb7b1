package org.hireloop.platform;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One page of a list: at most {@code limit} rows after the row the cursor names. Lists are
 * ordered by UUIDv7 id, newest first, so a cursor is the last id seen, encoded so clients treat
 * it as opaque.
 */
public record PageRequest(int limit, @Nullable UUID after) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ProblemException.InvalidRequest("limit", "must be between 1 and " + MAX_LIMIT);
        }
    }

    /** Reads the query parameters {@code limit} and {@code cursor}, refusing wrong ones with 400. */
    public static PageRequest of(@Nullable Integer limit, @Nullable String cursor) {
        return new PageRequest(limit == null ? DEFAULT_LIMIT : limit, decode(cursor));
    }

    /** The rows to fetch: one more than the page, to know whether another page follows. */
    public int fetchSize() {
        return limit + 1;
    }

    static String encode(UUID id) {
        ByteBuffer bytes = ByteBuffer.allocate(16);
        bytes.putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }

    private static @Nullable UUID decode(@Nullable String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(cursor);
            if (bytes.length != 16) {
                throw new IllegalArgumentException("wrong length");
            }
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            return new UUID(buffer.getLong(), buffer.getLong());
        } catch (IllegalArgumentException e) {
            throw new ProblemException.InvalidRequest(
                    "cursor", "is not a cursor this API gave out; start again without it");
        }
    }
}
