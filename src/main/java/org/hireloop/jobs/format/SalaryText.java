package org.hireloop.jobs.format;

import java.math.BigDecimal;
import org.hireloop.jobs.Salary;

/** A salary as the renderers write it, in a form the parser reads back to the same salary. */
final class SalaryText {

    private SalaryText() {}

    static String format(Salary salary) {
        String symbol = Currencies.writtenSymbol(salary.currency());
        String range = salary.min().compareTo(salary.max()) == 0
                ? amount(salary.min(), symbol)
                : amount(salary.min(), symbol) + " - " + amount(salary.max(), symbol);
        String withCode = symbol == null ? range + " " + salary.currency().getCurrencyCode() : range;
        return switch (salary.period()) {
            case YEAR -> withCode;
            case MONTH -> withCode + " per month";
            case HOUR -> withCode + " per hour";
        };
    }

    private static String amount(BigDecimal amount, String symbol) {
        return symbol == null ? figure(amount) : symbol + figure(amount);
    }

    /** "120,000" or "45.5"; three decimals get a zero, as "1.234" would read as 1234. */
    static String figure(BigDecimal amount) {
        String plain = amount.toPlainString();
        int dot = plain.indexOf('.');
        String integer = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : plain.substring(dot);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < integer.length(); i++) {
            if (i > 0 && (integer.length() - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(integer.charAt(i));
        }
        return grouped + (fraction.length() == 4 ? fraction + "0" : fraction);
    }
}
