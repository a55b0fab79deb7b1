package org.hireloop.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * The secret part of an API token: "hl_" and 43 base62 characters (256 bits), so secret scanners
 * can recognise a leaked one. Only its SHA-256 hash is stored; a slow hash is not needed for a
 * secret with this much entropy, and lookups by hash stay one index probe.
 */
final class TokenSecret {

    static final String PREFIX = "hl_";
    private static final char[] ALPHABET =
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();
    private static final SecureRandom random = new SecureRandom();

    private TokenSecret() {}

    static String generate() {
        StringBuilder secret = new StringBuilder(PREFIX);
        for (int i = 0; i < 43; i++) {
            secret.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return secret.toString();
    }

    static byte[] hash(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The part shown in lists to tell tokens apart: the first characters after "hl_". */
    static String displayPrefix(String secret) {
        return secret.substring(0, Math.min(secret.length(), PREFIX.length() + 6));
    }
}
