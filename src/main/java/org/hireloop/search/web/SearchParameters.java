package org.hireloop.search.web;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hireloop.platform.FieldError;
import org.hireloop.platform.ProblemException;
import org.hireloop.search.JobSearchRequest;
import org.hireloop.search.JobSearchRequest.Facet;
import org.hireloop.search.JobSearchRequest.Filters;
import org.hireloop.search.JobSearchRequest.Sort;
import org.hireloop.search.SearchScope;
import org.hireloop.search.indexing.CurrencyRates;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.BindParam;

/**
 * Reads a search's query parameters into a request the engine can trust, collecting every wrong
 * parameter into one 400 that names each. Limits keep any query cheap: the query text, the number
 * of values per filter, page and facet sizes.
 */
final class SearchParameters {

    static final int MAX_QUERY_LENGTH = 1000;
    static final int MAX_VALUES = 20;
    static final int MAX_VALUE_LENGTH = 100;
    static final int DEFAULT_LIMIT = 20;
    static final int DEFAULT_FACET_LIMIT = 10;
    private static final Set<String> WORKPLACES = Set.of("remote", "hybrid", "on_site");
    private static final Set<String> EMPLOYMENT_TYPES =
            Set.of("FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY", "INTERN", "VOLUNTEER", "PER_DIEM", "OTHER");
    private static final Set<String> STATUSES = Set.of("draft", "published", "closed", "archived");

    private final List<FieldError> errors = new ArrayList<>();

    /**
     * Every filter and option a search takes, bound from the query string; the members' ones
     * ({@code status}, {@code department}) are refused on public boards.
     */
    @ParameterObject
    record Raw(
            @Parameter(description = "Words, \"quoted phrases\", prefix*, -excluded; at most 1000 characters") @Nullable
            String q,

            @Parameter(description = "Tags (repeat or separate by commas); any of them") @Nullable
            List<String> tag,

            @Parameter(name = "salary_min", description = "Yearly salary range to overlap, in `currency`")
            @BindParam("salary_min")
            @Nullable
            String salaryMin,

            @Parameter(name = "salary_max") @BindParam("salary_max") @Nullable
            String salaryMax,

            @Parameter(description = "ISO 4217 code of salary_min and salary_max; the base currency by default")
            @Nullable
            String currency,

            @Parameter(name = "experience_max", description = "Jobs asking at most this many years")
            @BindParam("experience_max")
            @Nullable
            String experienceMax,

            @Parameter(description = "remote, hybrid or on_site (true means remote)") @Nullable
            List<String> remote,

            @Parameter(description = "Country code (ISO 3166-1) or city") @Nullable
            List<String> location,

            @Parameter(name = "employment_type", description = "FULL_TIME, PART_TIME, CONTRACTOR, ...")
            @BindParam("employment_type")
            @Nullable
            List<String> employmentType,

            @Parameter(description = "Organization slugs") @Nullable
            List<String> org,

            @Parameter(name = "posted_since", description = "A date or an RFC 3339 date-time")
            @BindParam("posted_since")
            @Nullable
            String postedSince,

            @Parameter(description = "Members only: draft, published, closed, archived") @Nullable
            List<String> status,

            @Parameter(description = "Members only") @Nullable
            List<String> department,

            @Parameter(description = "Canonical skills, any of them") @Nullable
            List<String> skill,

            @Parameter(schema = @Schema(allowableValues = {"relevance", "newest", "salary"})) @Nullable
            String sort,

            @Parameter(description = "1 to 100, 20 by default") @Nullable
            String limit,

            @Nullable String cursor,

            @Parameter(
                    description = "Facets to count: tag, remote, employment_type, location, org, experience,"
                            + " salary, skill (members also status, department)")
            @Nullable
            List<String> facets,

            @Parameter(name = "facet_limit", description = "Values per facet, 1 to 100, 10 by default")
            @BindParam("facet_limit")
            @Nullable
            String facetLimit) {}

    static JobSearchRequest read(Raw raw, SearchScope scope, CurrencyRates rates) {
        return new SearchParameters().toRequest(raw, scope, rates);
    }

    private JobSearchRequest toRequest(Raw raw, SearchScope scope, CurrencyRates rates) {
        boolean members = scope instanceof SearchScope.OrgPrivate || scope instanceof SearchScope.OrgAssigned;
        String query = query(raw.q());
        Double salaryMin = number("salary_min", raw.salaryMin(), 0, 1e12);
        Double salaryMax = number("salary_max", raw.salaryMax(), 0, 1e12);
        if (salaryMin != null && salaryMax != null && salaryMin > salaryMax) {
            errors.add(new FieldError("salary_min", "must not be above salary_max"));
        }
        String currency = raw.currency() == null || raw.currency().isBlank()
                ? rates.base()
                : raw.currency().trim().toUpperCase(Locale.ROOT);
        if (!rates.knows(currency)) {
            errors.add(new FieldError(
                    "currency",
                    "has no exchange rate here; use one of "
                            + String.join(", ", rates.rates().keySet())));
        }
        Double experience = number("experience_max", raw.experienceMax(), 0, 80);
        List<String> workplaces = values("remote", raw.remote()).stream()
                .map(value -> value.equals("true") ? "remote" : value.toLowerCase(Locale.ROOT))
                .toList();
        oneOf("remote", workplaces, WORKPLACES);
        List<String> employment = values("employment_type", raw.employmentType()).stream()
                .map(value -> value.toUpperCase(Locale.ROOT))
                .toList();
        oneOf("employment_type", employment, EMPLOYMENT_TYPES);
        List<String> statuses = memberOnly("status", raw.status(), members).stream()
                .map(value -> value.toLowerCase(Locale.ROOT))
                .toList();
        oneOf("status", statuses, STATUSES);
        Filters filters = new Filters(
                values("tag", raw.tag()),
                salaryMin == null || !rates.knows(currency) ? null : rates.toBase(salaryMin, currency),
                salaryMax == null || !rates.knows(currency) ? null : rates.toBase(salaryMax, currency),
                experience == null ? null : experience.intValue(),
                workplaces,
                values("location", raw.location()),
                employment,
                values("org", raw.org()).stream()
                        .map(value -> value.toLowerCase(Locale.ROOT))
                        .toList(),
                postedSince(raw.postedSince()),
                statuses,
                memberOnly("department", raw.department(), members),
                values("skill", raw.skill()));
        Sort sort = sort(raw.sort());
        Double limit = number("limit", raw.limit(), 1, JobSearchRequest.MAX_LIMIT);
        Set<Facet> facets = facets(raw.facets(), members);
        Double facetLimit = number("facet_limit", raw.facetLimit(), 1, JobSearchRequest.MAX_FACET_LIMIT);
        String cursor = raw.cursor() == null || raw.cursor().isBlank() ? null : raw.cursor();
        if (cursor != null && cursor.length() > 512) {
            errors.add(new FieldError("cursor", "is not a cursor this search gave out; start again without it"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException.InvalidRequest("the search has wrong parameters", List.copyOf(errors));
        }
        return new JobSearchRequest(
                scope,
                query,
                List.of(),
                filters,
                sort,
                limit == null ? DEFAULT_LIMIT : limit.intValue(),
                cursor,
                facets,
                facetLimit == null ? DEFAULT_FACET_LIMIT : facetLimit.intValue());
    }

    /** The query text without control characters, which no one types and no analyzer wants. */
    private String query(@Nullable String q) {
        if (q == null) {
            return "";
        }
        if (q.length() > MAX_QUERY_LENGTH) {
            errors.add(new FieldError(
                    "q", "is " + q.length() + " characters long; a search takes at most " + MAX_QUERY_LENGTH));
            return "";
        }
        StringBuilder clean = new StringBuilder(q.length());
        q.codePoints().forEach(c -> clean.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return clean.toString().strip();
    }

    private @Nullable Double number(String name, @Nullable String value, double min, double max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            double number = Double.parseDouble(value.trim());
            if (Double.isNaN(number) || number < min || number > max) {
                errors.add(new FieldError(name, "must be between " + plain(min) + " and " + plain(max)));
                return null;
            }
            if (name.equals("limit") || name.equals("facet_limit") || name.equals("experience_max")) {
                if (number != Math.rint(number)) {
                    errors.add(new FieldError(name, "must be a whole number"));
                    return null;
                }
            }
            return number;
        } catch (NumberFormatException e) {
            errors.add(new FieldError(name, "must be a number"));
            return null;
        }
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    /** Values of a repeatable parameter; each may also list several, separated by commas. */
    private List<String> values(String name, @Nullable List<String> raw) {
        if (raw == null) {
            return List.of();
        }
        Set<String> values = new LinkedHashSet<>();
        for (String one : raw) {
            Arrays.stream(one.split(","))
                    .map(String::strip)
                    .filter(value -> !value.isEmpty())
                    .forEach(values::add);
        }
        if (values.size() > MAX_VALUES) {
            errors.add(new FieldError(name, "takes at most " + MAX_VALUES + " values"));
            return List.of();
        }
        for (String value : values) {
            if (value.length() > MAX_VALUE_LENGTH || value.codePoints().anyMatch(Character::isISOControl)) {
                errors.add(new FieldError(
                        name, "values are at most " + MAX_VALUE_LENGTH + " characters, without control characters"));
                return List.of();
            }
        }
        return List.copyOf(values);
    }

    private List<String> memberOnly(String name, @Nullable List<String> raw, boolean members) {
        if (raw != null && !raw.isEmpty() && !members) {
            errors.add(new FieldError(name, "is a filter of members' search; the public board shows published jobs"));
            return List.of();
        }
        return values(name, raw);
    }

    private void oneOf(String name, List<String> values, Set<String> allowed) {
        for (String value : values) {
            if (!allowed.contains(value)) {
                errors.add(new FieldError(
                        name,
                        "'" + value + "' is not one of "
                                + String.join(", ", allowed.stream().sorted().toList())));
                return;
            }
        }
    }

    private @Nullable Instant postedSince(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.length() == 10
                    ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("posted_since", "must be a date (2026-11-01) or an RFC 3339 date-time"));
            return null;
        }
    }

    private Sort sort(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return Sort.RELEVANCE;
        }
        for (Sort sort : Sort.values()) {
            if (sort.apiValue().equals(value.trim().toLowerCase(Locale.ROOT))) {
                return sort;
            }
        }
        errors.add(new FieldError("sort", "must be relevance, newest or salary"));
        return Sort.RELEVANCE;
    }

    private Set<Facet> facets(@Nullable List<String> raw, boolean members) {
        Set<Facet> facets = EnumSet.noneOf(Facet.class);
        for (String name : values("facets", raw)) {
            Facet facet = Arrays.stream(Facet.values())
                    .filter(f -> f.apiName().equals(name.toLowerCase(Locale.ROOT)))
                    .findFirst()
                    .orElse(null);
            if (facet == null || (!members && (facet == Facet.STATUS || facet == Facet.DEPARTMENT))) {
                errors.add(new FieldError(
                        "facets",
                        "'" + name + "' is not a facet; use "
                                + String.join(
                                        ", ",
                                        Arrays.stream(Facet.values())
                                                .filter(f -> members || (f != Facet.STATUS && f != Facet.DEPARTMENT))
                                                .map(Facet::apiName)
                                                .toList())));
                break;
            }
            facets.add(facet);
        }
        return facets;
    }
}
