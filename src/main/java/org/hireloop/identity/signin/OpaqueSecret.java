package org.hireloop.identity.signin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A random secret handed to a person once (a session cookie, a reset link): 256 bits, URL-safe
 * base64. Only its SHA-256 hash is stored, so a copy of the database opens no session; a slow hash
 * is not needed for a secret with this much entropy.
 */
record OpaqueSecret(String value) {

    private static final SecureRandom random = new SecureRandom();

    static OpaqueSecret generate() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return new OpaqueSecret(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    byte[] hash() {
        return sha256(value);
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "OpaqueSecret[...]";
    }
}
