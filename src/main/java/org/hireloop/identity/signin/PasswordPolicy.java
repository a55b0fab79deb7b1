package org.hireloop.identity.signin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hireloop.platform.FieldError;
import org.hireloop.platform.ProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What a new password must be (NIST SP 800-63B): at least 12 characters, at most 256, not one of
 * the common passwords shipped with Hireloop, and not the account's email. No rules about
 * character classes: length beats them. Other modules that set passwords (invitations) use it too.
 */
@Component
public class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 12;
    public static final int MAXIMUM_LENGTH = 256;

    private final CommonPasswords common = CommonPasswords.load();

    /** Refuses the password with a field error on {@code field} when it is weak. */
    public void check(String field, @Nullable String password, @Nullable String email) {
        List<FieldError> errors = problems(field, password, email);
        if (!errors.isEmpty()) {
            throw new ProblemException.InvalidRequest(
                    field + ": " + errors.get(0).message(), errors);
        }
    }

    List<FieldError> problems(String field, @Nullable String password, @Nullable String email) {
        List<FieldError> errors = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            errors.add(new FieldError(field, "must not be empty"));
            return errors;
        }
        int length = password.codePointCount(0, password.length());
        if (length < MINIMUM_LENGTH) {
            errors.add(new FieldError(field, "must have at least " + MINIMUM_LENGTH + " characters"));
        } else if (length > MAXIMUM_LENGTH) {
            errors.add(new FieldError(field, "must have at most " + MAXIMUM_LENGTH + " characters"));
        }
        if (common.contains(password)) {
            errors.add(new FieldError(field, "is one of the most common passwords: choose another"));
        } else if (email != null && isAboutTheEmail(password, email)) {
            errors.add(new FieldError(field, "must not be your email address"));
        }
        return errors;
    }

    private static boolean isAboutTheEmail(String password, String email) {
        String lower = password.toLowerCase(Locale.ROOT);
        String address = email.toLowerCase(Locale.ROOT);
        int at = address.indexOf('@');
        String local = at < 0 ? address : address.substring(0, at);
        return lower.equals(address)
                || (local.length() >= 4 && lower.startsWith(local) && lower.length() <= local.length() + 4);
    }
}
