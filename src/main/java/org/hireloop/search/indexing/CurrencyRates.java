package org.hireloop.search.indexing;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.hireloop.jobs.Salary;
import org.jspecify.annotations.Nullable;

/**
 * Converts salaries to one base currency per year, so a salary filter compares jobs paid in
 * other currencies and periods. The rates are configuration ({@code hireloop.search.currency-rates}:
 * units of the base currency for one unit of each currency), not live market data: a filter needs
 * stable, explainable answers more than today's exchange rate.
 */
public final class CurrencyRates {

    /** Working hours in a year, for hourly pay: 52 weeks of 40 hours. */
    static final int HOURS_PER_YEAR = 2080;

    private final String base;
    private final Map<String, Double> rates;

    public CurrencyRates(String base, Map<String, Double> rates) {
        this.base = base.toUpperCase(Locale.ROOT);
        this.rates = new TreeMap<>();
        rates.forEach((code, rate) -> {
            if (rate == null || !(rate > 0) || rate.isInfinite()) {
                throw new IllegalArgumentException("the rate of " + code + " must be a positive number");
            }
            this.rates.put(code.toUpperCase(Locale.ROOT), rate);
        });
        this.rates.put(this.base, 1.0);
    }

    public String base() {
        return base;
    }

    public boolean knows(String currency) {
        return rates.containsKey(currency.toUpperCase(Locale.ROOT));
    }

    /** The amount in the base currency, or null when the currency has no configured rate. */
    public @Nullable Double toBase(double amount, String currency) {
        Double rate = rates.get(currency.toUpperCase(Locale.ROOT));
        return rate == null ? null : amount * rate;
    }

    /** The yearly minimum and maximum of a salary in the base currency, or null when its currency has no rate. */
    public double @Nullable [] yearlyInBase(Salary salary) {
        Double rate = rates.get(salary.currency().getCurrencyCode());
        if (rate == null) {
            return null;
        }
        double perYear = perYear(salary.period());
        return new double[] {
            salary.min().doubleValue() * perYear * rate, salary.max().doubleValue() * perYear * rate
        };
    }

    static int perYear(Salary.SalaryPeriod period) {
        return switch (period) {
            case YEAR -> 1;
            case MONTH -> 12;
            case HOUR -> HOURS_PER_YEAR;
        };
    }

    public Map<String, Double> rates() {
        return Map.copyOf(rates);
    }
}
