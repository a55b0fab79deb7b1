package org.hireloop.platform;

/** One field of a request that is wrong, and what is wrong with it, as a person can act on it. */
public record FieldError(String field, String message) {

    /** A Java property name as the API spells it: {@code minYears} is {@code min_years}. */
    public static String apiName(String javaName) {
        StringBuilder out = new StringBuilder(javaName.length() + 4);
        for (int i = 0; i < javaName.length(); i++) {
            char c = javaName.charAt(i);
            if (Character.isUpperCase(c)) {
                out.append('_').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
