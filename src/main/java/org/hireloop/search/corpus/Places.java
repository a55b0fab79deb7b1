package org.hireloop.search.corpus;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where the corpus's jobs are: countries with their currency, how salaries there compare to the
 * United States in that currency, and cities weighted by how many tech jobs they have.
 */
final class Places {

    /**
     * @param pay the salary bands (in US dollars) are multiplied by this to get local amounts
     * @param weight how often a job is in this country
     */
    record Country(String code, String currency, double pay, int weight, List<String> cities, String name) {
        Country(String code, String currency, double pay, int weight, List<String> cities) {
            this(code, currency, pay, weight, cities, new Locale("", code).getDisplayCountry(Locale.ENGLISH));
        }
    }

    static final List<Country> COUNTRIES = List.of(
            new Country(
                    "US",
                    "USD",
                    1.0,
                    30,
                    List.of("San Francisco", "New York", "Seattle", "Austin", "Boston", "Chicago", "Denver")),
            new Country("CA", "CAD", 1.02, 6, List.of("Toronto", "Vancouver", "Montreal")),
            new Country("GB", "GBP", 0.55, 10, List.of("London", "Manchester", "Edinburgh")),
            new Country("DE", "EUR", 0.62, 10, List.of("Berlin", "Munich", "Hamburg")),
            new Country("NL", "EUR", 0.6, 4, List.of("Amsterdam", "Rotterdam")),
            new Country("FR", "EUR", 0.55, 4, List.of("Paris", "Lyon")),
            new Country("ES", "EUR", 0.42, 3, List.of("Madrid", "Barcelona")),
            new Country("IE", "EUR", 0.66, 3, List.of("Dublin")),
            new Country("PT", "EUR", 0.36, 2, List.of("Lisbon")),
            new Country("PL", "PLN", 1.45, 3, List.of("Warsaw", "Krakow")),
            new Country("SE", "SEK", 5.4, 2, List.of("Stockholm")),
            new Country("CH", "CHF", 0.95, 2, List.of("Zurich")),
            new Country("IN", "INR", 17.0, 10, List.of("Bangalore", "Hyderabad", "Pune")),
            new Country("AU", "AUD", 1.15, 4, List.of("Sydney", "Melbourne")),
            new Country("SG", "SGD", 1.1, 3, List.of("Singapore")),
            new Country("JP", "JPY", 80.0, 2, List.of("Tokyo")),
            new Country("BR", "BRL", 1.3, 2, List.of("Sao Paulo")));

    private static final int TOTAL_WEIGHT =
            COUNTRIES.stream().mapToInt(Country::weight).sum();

    private Places() {}

    /** A country drawn by weight from a number in [0, 1). */
    static Country country(double draw) {
        int target = (int) (draw * TOTAL_WEIGHT);
        for (Country country : COUNTRIES) {
            target -= country.weight();
            if (target < 0) {
                return country;
            }
        }
        return COUNTRIES.get(COUNTRIES.size() - 1);
    }

    private static final Map<String, Country> BY_CODE =
            COUNTRIES.stream().collect(Collectors.toUnmodifiableMap(Country::code, c -> c));

    static Country byCode(String code) {
        Country country = BY_CODE.get(code);
        if (country == null) {
            throw new IllegalArgumentException("no country " + code);
        }
        return country;
    }
}
