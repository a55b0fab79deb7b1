package org.hireloop.search.corpus;

import java.util.Locale;

/** The rungs of a career ladder, with the typical years of experience of each. */
public enum Seniority {
    JUNIOR(0, 2),
    MID(2, 5),
    SENIOR(5, 8),
    STAFF(8, 12),
    MANAGER(7, 15);

    private final int minYears;
    private final int maxYears;

    Seniority(int minYears, int maxYears) {
        this.minYears = minYears;
        this.maxYears = maxYears;
    }

    int minYears() {
        return minYears;
    }

    int maxYears() {
        return maxYears;
    }

    /** The name in manifests and judging criteria: "junior", "senior", ... */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Seniority ofKey(String key) {
        return valueOf(key.trim().toUpperCase(Locale.ROOT));
    }
}
