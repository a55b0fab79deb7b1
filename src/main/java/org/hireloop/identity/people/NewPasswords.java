package org.hireloop.identity.people;

import org.hireloop.identity.signin.PasswordPolicy;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks a password a person chooses (sign-up, accepting an invitation) and hashes it with the
 * application's password encoder (Argon2id), under the same policy as every password: long
 * enough, not a common one, not the email.
 */
@Component
class NewPasswords {

    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;

    NewPasswords(PasswordEncoder encoder, PasswordPolicy policy) {
        this.encoder = encoder;
        this.policy = policy;
    }

    String hash(@Nullable String password, String email) {
        policy.check("password", password, email);
        return encoder.encode(password);
    }
}
