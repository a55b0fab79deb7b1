package org.hireloop.identity.signin;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * A single-use recovery code: 16 base32 characters (80 bits) in groups of four. With this much
 * entropy a SHA-256 hash is enough to store it; input is read without dashes, spaces or case.
 */
record RecoveryCode(String value) {

    private static final SecureRandom random = new SecureRandom();
    static final int COUNT = 10;

    static RecoveryCode generate() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(Base32.ALPHABET.charAt(random.nextInt(32)));
        }
        return new RecoveryCode(code.toString().toLowerCase(Locale.ROOT));
    }

    byte[] hash() {
        return OpaqueSecret.sha256(value.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return "RecoveryCode[...]";
    }
}
