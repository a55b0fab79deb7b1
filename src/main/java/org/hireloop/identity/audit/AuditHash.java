package org.hireloop.identity.audit;

import java.util.Arrays;
import java.util.HexFormat;

/** A SHA-256 value of the audit chain: 32 bytes, compared by content, shown as lower-case hex. */
public record AuditHash(byte[] bytes) {

    public static final int SIZE = 32;

    /** What the first entry of every organization chains to. */
    public static final AuditHash GENESIS = new AuditHash(new byte[SIZE]);

    public AuditHash {
        if (bytes.length != SIZE) {
            throw new IllegalArgumentException("an audit hash has 32 bytes, not " + bytes.length);
        }
        bytes = bytes.clone();
    }

    public static AuditHash ofHex(String hex) {
        return new AuditHash(HexFormat.of().parseHex(hex));
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public String hex() {
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AuditHash that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return hex();
    }
}
