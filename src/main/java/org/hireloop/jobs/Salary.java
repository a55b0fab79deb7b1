package org.hireloop.jobs;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * A pay range: decimal amounts in one ISO 4217 currency for one period. A single figure
 * ("£50,000") is a range whose minimum equals its maximum.
 */
public record Salary(BigDecimal min, BigDecimal max, Currency currency, SalaryPeriod period) {

    public Salary {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(period, "period");
        if (min.signum() < 0) {
            throw new SalaryRangeInvalid("the minimum salary must not be negative");
        }
        if (min.compareTo(max) > 0) {
            throw new SalaryRangeInvalid(
                    "the minimum salary " + min.toPlainString() + " is above the maximum " + max.toPlainString());
        }
        min = min.stripTrailingZeros();
        max = max.stripTrailingZeros();
        if (min.scale() < 0) {
            min = min.setScale(0);
        }
        if (max.scale() < 0) {
            max = max.setScale(0);
        }
    }

    public enum SalaryPeriod {
        YEAR,
        MONTH,
        HOUR
    }

    /** A salary whose figures cannot be a range. */
    public static final class SalaryRangeInvalid extends IllegalArgumentException {
        public SalaryRangeInvalid(String message) {
            super(message);
        }
    }
}
