package org.hireloop.search.corpus;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A query a candidate would type, the filters they chose, and the criteria over the corpus's
 * ground truth that judge each job: grade 2 (what should come first) when it meets {@link
 * #perfect}, grade 1 when it meets one of {@link #partial}, otherwise 0.
 *
 * @param filters by the public API's filter names (remote, tag, location, employment_type, ...):
 *     values within one filter are alternatives
 */
public record JudgedQuery(
        String id, String query, Map<String, List<String>> filters, Criteria perfect, List<Criteria> partial) {

    public JudgedQuery {
        filters = Map.copyOf(filters);
        partial = List.copyOf(partial);
    }

    /** The grade of a job for this query: 2, 1 or 0. */
    public int grade(GeneratedJob job) {
        if (perfect.matches(job)) {
            return 2;
        }
        for (Criteria criteria : partial) {
            if (criteria.matches(job)) {
                return 1;
            }
        }
        return 0;
    }

    /** Conditions that must all hold. */
    public record Criteria(List<Condition> conditions) {
        public Criteria {
            conditions = List.copyOf(conditions);
        }

        public boolean matches(GeneratedJob job) {
            return conditions.stream().allMatch(condition -> condition.matches(job));
        }
    }

    /** One fact of the ground truth and the values any of which it may have. */
    public record Condition(String key, Set<String> values) {

        static final Set<String> KEYS = Set.of(
                "family",
                "seniority",
                "skill",
                "tag",
                "workplace",
                "country",
                "city",
                "employment",
                "department",
                "org",
                "title");

        public Condition {
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException("unknown criterion '" + key + "'; one of " + KEYS);
            }
            values = Set.copyOf(values);
        }

        public boolean matches(GeneratedJob job) {
            return switch (key) {
                case "family" -> values.contains(job.family());
                case "seniority" -> values.contains(job.seniority().key());
                case "skill" -> job.skills().stream().anyMatch(values::contains);
                case "tag" -> job.tags().stream().anyMatch(values::contains);
                case "workplace" -> values.contains(job.workplace());
                case "country" -> values.contains(job.country());
                case "city" -> job.city() != null && values.contains(job.city());
                case "employment" -> values.contains(job.employmentType());
                case "department" -> values.contains(job.department());
                case "org" -> values.contains(job.org().slug());
                case "title" ->
                    values.stream()
                            .anyMatch(v -> job.title().toLowerCase(Locale.ROOT).contains(v.toLowerCase(Locale.ROOT)));
                default -> throw new IllegalStateException(key);
            };
        }
    }
}
