package org.hireloop.identity.signin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The passwords everybody tries first, shipped with Hireloop ({@code identity/common-passwords.txt},
 * one a line, lower case; its provenance is in docs/sign-in.md). A password is common when it is
 * in the list, or is an entry of the list with only digits and symbols around it
 * ("Password2024!", "!!monkey123456").
 */
final class CommonPasswords {

    static final String RESOURCE = "/identity/common-passwords.txt";
    private static final int SHORTEST_STEM = 4;

    private final Set<String> passwords;

    private CommonPasswords(Set<String> passwords) {
        this.passwords = Set.copyOf(passwords);
    }

    static CommonPasswords load() {
        try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the list of common passwords " + RESOURCE + " is missing");
            }
            Set<String> passwords = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip().toLowerCase(Locale.ROOT);
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    passwords.add(entry);
                }
            }
            return new CommonPasswords(passwords);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int size() {
        return passwords.size();
    }

    boolean contains(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        if (passwords.contains(lower)) {
            return true;
        }
        int start = 0;
        int end = lower.length();
        while (start < end && !Character.isLetter(lower.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(lower.charAt(end - 1))) {
            end--;
        }
        String stem = lower.substring(start, end);
        return stem.length() >= SHORTEST_STEM && passwords.contains(stem);
    }
}
