package org.hireloop.identity.people;

import org.hireloop.platform.ProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks a password a person chooses (sign-up, accepting an invitation) and hashes it with the
 * application's password encoder (Argon2id). The sign-in work adds the list of common passwords.
 */
@Component
class NewPasswords {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 256;

    private final PasswordEncoder encoder;

    NewPasswords(PasswordEncoder encoder) {
        this.encoder = encoder;
    }

    String hash(@Nullable String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new ProblemException.InvalidRequest("password", "must have at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            throw new ProblemException.InvalidRequest("password", "must have at most " + MAX_LENGTH + " characters");
        }
        return encoder.encode(password);
    }
}
