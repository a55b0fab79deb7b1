package org.hireloop.identity.people;

import java.time.ZoneId;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.hireloop.platform.ProblemException;
import org.jspecify.annotations.Nullable;

/**
 * A person as a request names them, checked: an email address, a name, and optionally a time zone
 * (IANA id) and a locale (BCP 47 tag).
 */
public record NewPerson(
        String email,
        String name,
        @Nullable String timeZone,
        @Nullable String locale) {

    private static final Pattern EMAIL =
            Pattern.compile("^[^@\\s\\p{Cntrl}]+@[^@\\s\\p{Cntrl}]+\\.[^@\\s\\p{Cntrl}]+$");

    public NewPerson {
        email = email(email == null ? "" : email.strip(), "email");
        name = text(name, "name", 200);
        if (timeZone != null) {
            timeZone = timeZone(timeZone, "time_zone");
        }
        if (locale != null) {
            try {
                locale = new Locale.Builder().setLanguageTag(locale).build().toLanguageTag();
            } catch (IllformedLocaleException e) {
                throw new ProblemException.InvalidRequest("locale", "is not a BCP 47 language tag such as en-GB");
            }
        }
    }

    static String email(String email, String field) {
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            throw new ProblemException.InvalidRequest(field, "is not an email address");
        }
        return email;
    }

    static String text(@Nullable String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new ProblemException.InvalidRequest(field, "must not be blank");
        }
        String stripped = value.strip();
        if (stripped.length() > max || stripped.chars().anyMatch(Character::isISOControl)) {
            throw new ProblemException.InvalidRequest(field, "must be at most " + max + " characters, on one line");
        }
        return stripped;
    }

    static String timeZone(String value, String field) {
        if (!ZoneId.getAvailableZoneIds().contains(value)) {
            throw new ProblemException.InvalidRequest(field, "is not an IANA time zone such as Europe/Paris");
        }
        return value;
    }
}
