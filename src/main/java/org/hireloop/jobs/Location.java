package org.hireloop.jobs;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Where the work happens: remote, hybrid or on site, and the country (ISO 3166-1 alpha-2) and
 * city. For remote jobs the country says where applicants must live, if anywhere.
 */
public record Location(
        @Nullable Workplace workplace,
        @Nullable String country,
        @Nullable String city) {

    public static final Location UNSPECIFIED = new Location(null, null, null);
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    public Location {
        if (country != null) {
            country = country.trim().toUpperCase(Locale.ROOT);
            if (!COUNTRIES.contains(country)) {
                throw new IllegalArgumentException("country must be an ISO 3166-1 alpha-2 code such as US or DE");
            }
        }
        if (city != null && city.isBlank()) {
            city = null;
        }
    }

    public enum Workplace {
        @JsonProperty("remote")
        REMOTE,
        @JsonProperty("hybrid")
        HYBRID,
        @JsonProperty("on_site")
        ON_SITE
    }
}
