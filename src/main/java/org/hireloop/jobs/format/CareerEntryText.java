package org.hireloop.jobs.format;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.hireloop.jobs.JobDescription.CareerEntry;
import org.hireloop.jobs.JobDescription.CareerRole;
import org.jspecify.annotations.Nullable;

/**
 * A career path bullet: alternatives separated by "/" ("Staff Engineer / Principal Engineer"),
 * each with an optional abbreviation in parentheses ("Site Reliability Engineer (SRE)").
 */
final class CareerEntryText {

    private CareerEntryText() {}

    static @Nullable CareerEntry parse(String item) {
        List<CareerRole> roles = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= item.length(); i++) {
            if (i == item.length() || (item.charAt(i) == '/' && separatesRoles(item, i))) {
                CareerRole role = role(item.substring(start, i));
                if (role != null) {
                    roles.add(role);
                }
                start = i + 1;
            }
        }
        return roles.isEmpty() ? null : new CareerEntry(roles);
    }

    static String format(CareerEntry entry) {
        return entry.alternatives().stream().map(CareerEntryText::format).collect(Collectors.joining(" / "));
    }

    private static String format(CareerRole role) {
        String title = Spaces.oneLine(role.title());
        return role.abbreviation() == null ? title : title + " (" + Spaces.oneLine(role.abbreviation()) + ")";
    }

    /** "A / B" and "Frontend/Backend" name two roles; "UI/UX" and "24/7" are one word. */
    private static boolean separatesRoles(String item, int slash) {
        if (slash == 0 || slash == item.length() - 1) {
            return true;
        }
        char before = item.charAt(slash - 1);
        char after = item.charAt(slash + 1);
        boolean acronyms = Character.isUpperCase(before) && Character.isUpperCase(after);
        boolean numbers = Character.isDigit(before) && Character.isDigit(after);
        return !acronyms && !numbers;
    }

    private static @Nullable CareerRole role(String text) {
        String role = Spaces.collapse(text);
        if (role.isEmpty()) {
            return null;
        }
        int open = role.lastIndexOf('(');
        if (role.endsWith(")") && open > 0) {
            String abbreviation = Spaces.trim(role.substring(open + 1, role.length() - 1));
            String title = Spaces.trim(role.substring(0, open));
            if (!title.isEmpty() && CareerRole.isAbbreviation(abbreviation)) {
                return new CareerRole(title, abbreviation);
            }
        }
        return new CareerRole(role, null);
    }
}
