package org.hireloop.jobs.format;

import java.math.BigDecimal;
import java.util.Currency;
import org.hireloop.jobs.Salary.SalaryPeriod;
import org.jspecify.annotations.Nullable;

/** One meaningful piece of a salary line: a figure, a currency, a separator or a period word. */
record SalaryToken(
        Kind kind,
        @Nullable BigDecimal amount,
        @Nullable Currency currency,
        @Nullable SalaryPeriod period) {

    enum Kind {
        AMOUNT,
        CURRENCY,
        /** "-", "–", "—" or "to" between two figures. */
        SEPARATOR,
        /** "/", "per", "a", "an" before a period word. */
        PER,
        PERIOD,
        WORD
    }

    static SalaryToken of(Kind kind) {
        return new SalaryToken(kind, null, null, null);
    }

    static SalaryToken amount(BigDecimal amount) {
        return new SalaryToken(Kind.AMOUNT, amount, null, null);
    }

    static SalaryToken currency(Currency currency) {
        return new SalaryToken(Kind.CURRENCY, null, currency, null);
    }

    static SalaryToken period(SalaryPeriod period) {
        return new SalaryToken(Kind.PERIOD, null, null, period);
    }
}
