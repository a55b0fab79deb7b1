package org.hireloop.search.lucene;

import org.jspecify.annotations.Nullable;

/** The ranges the experience and salary facets count in, and what a facet label may hold. */
final class FacetBuckets {

    private FacetBuckets() {}

    static String experience(int yearsMin) {
        if (yearsMin <= 2) {
            return "0-2";
        }
        if (yearsMin <= 5) {
            return "3-5";
        }
        return yearsMin <= 9 ? "6-9" : "10+";
    }

    static String salary(double yearlyMax) {
        if (yearlyMax < 50_000) {
            return "0-50000";
        }
        if (yearlyMax < 100_000) {
            return "50000-100000";
        }
        if (yearlyMax < 150_000) {
            return "100000-150000";
        }
        return yearlyMax < 200_000 ? "150000-200000" : "200000+";
    }

    /**
     * A facet label without control characters (the facet module uses two of them as separators)
     * and without surrounding blanks; empty when nothing is left.
     */
    static String label(@Nullable String value) {
        if (value == null) {
            return "";
        }
        StringBuilder label = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!Character.isISOControl(c)) {
                label.append(c);
            }
        }
        String stripped = label.toString().strip();
        return stripped.length() > JobFields.MAX_KEYWORD ? stripped.substring(0, JobFields.MAX_KEYWORD) : stripped;
    }
}
