package org.hireloop.jobs.format;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.hireloop.jobs.Salary;
import org.hireloop.jobs.Salary.SalaryPeriod;
import org.hireloop.jobs.Salary.SalaryRangeInvalid;
import org.hireloop.jobs.format.SalaryToken.Kind;
import org.jspecify.annotations.Nullable;

/**
 * Recognises and reads the salary line: "[💰 | Salary:] figure [- figure] [per period]" with
 * the currency before or after the figures. A line that starts like a salary must be one.
 */
final class SalaryLine {

    private static final String MONEY_BAG = "\uD83D\uDCB0";
    private static final List<String> LABELS = List.of("salary", "compensation", "pay range", "pay rate");
    private static final int MAX_LABEL_LENGTH = 40;

    private final Line line;
    private final List<SalaryToken> tokens;
    private int next;
    private @Nullable Currency currency;

    private SalaryLine(Line line, List<SalaryToken> tokens) {
        this.line = line;
        this.tokens = tokens;
    }

    /** Says it is the salary, with a money bag or a label; it may still carry no figures. */
    static boolean isLabelled(String content) {
        return content.startsWith(MONEY_BAG) || labelEnd(afterSymbols(content)) > 0;
    }

    /** Starts with a currency, or with a figure that a currency follows: "120000-220000 USD". */
    static boolean looksLikeSalary(String content) {
        String body = afterSymbols(content);
        if (body.isEmpty()) {
            return false;
        }
        char first = body.charAt(0);
        if (Currencies.isSymbol(first)) {
            return true;
        }
        return Character.isLetter(first) ? startsWithCode(body) : SalaryMarkers.containsCurrency(body);
    }

    /** The salary on a salary line; null when a labelled line has none ("💰 Competitive"). */
    static @Nullable Salary parse(Line line) {
        String body = afterSymbols(line.content());
        body = body.substring(labelEnd(body));
        List<SalaryToken> tokens = SalaryScanner.scan(line, body);
        boolean named = tokens.stream().anyMatch(t -> t.kind() == Kind.AMOUNT || t.kind() == Kind.CURRENCY);
        return named ? new SalaryLine(line, tokens).salary() : null;
    }

    private Salary salary() {
        while (next < tokens.size() && tokens.get(next).kind() == Kind.WORD) {
            next++;
        }
        BigDecimal min = amount();
        BigDecimal max = min;
        if (next < tokens.size() && tokens.get(next).kind() == Kind.SEPARATOR) {
            next++;
            max = amount();
        }
        SalaryPeriod period = null;
        for (; next < tokens.size(); next++) {
            SalaryToken token = tokens.get(next);
            switch (token.kind()) {
                case AMOUNT, SEPARATOR -> throw refused(SalaryScanner.EXAMPLE);
                case CURRENCY -> takeCurrency(token);
                case PERIOD -> period = period == null ? token.period() : period;
                default -> {} // words after the figures, like "plus equity", say nothing we keep
            }
        }
        if (currency == null) {
            throw refused("a salary with a currency, such as \"$120,000 - $220,000\"");
        }
        try {
            return new Salary(min, max, currency, period == null ? SalaryPeriod.YEAR : period);
        } catch (SalaryRangeInvalid inverted) {
            throw refused("the minimum salary not to exceed the maximum");
        }
    }

    private BigDecimal amount() {
        takeCurrencies();
        if (next >= tokens.size() || tokens.get(next).kind() != Kind.AMOUNT) {
            throw refused(SalaryScanner.EXAMPLE);
        }
        BigDecimal amount = tokens.get(next++).amount();
        takeCurrencies();
        return amount;
    }

    private void takeCurrencies() {
        while (next < tokens.size() && tokens.get(next).kind() == Kind.CURRENCY) {
            takeCurrency(tokens.get(next++));
        }
    }

    private void takeCurrency(SalaryToken token) {
        if (currency != null && !currency.equals(token.currency())) {
            throw refused("a salary in one currency, such as \"$120,000 - $220,000\"");
        }
        currency = token.currency();
    }

    private JobDescriptionParseException refused(String expected) {
        return new JobDescriptionParseException(
                line.number(), expected, JobDescriptionParseException.quoted(line.content()));
    }

    /** Skips emoji, hashes and bullets before the salary, but not a currency symbol. */
    private static String afterSymbols(String content) {
        int i = 0;
        while (i < content.length()) {
            char c = content.charAt(i);
            if (Character.isLetterOrDigit(c) || Currencies.isSymbol(c)) {
                break;
            }
            i++;
        }
        return content.substring(i);
    }

    /** Where a label like "Salary:" or "Salary range:" ends, 0 when there is none. */
    private static int labelEnd(String body) {
        for (String label : LABELS) {
            int end = label.length();
            if (body.regionMatches(true, 0, label, 0, end)
                    && (end == body.length() || !Character.isLetter(body.charAt(end)))) {
                int colon = body.indexOf(':');
                boolean colonEndsLabel =
                        colon >= end && colon <= MAX_LABEL_LENGTH && SalaryMarkers.isPlainWords(body, end, colon);
                return colonEndsLabel ? colon + 1 : end;
            }
        }
        return 0;
    }

    private static boolean startsWithCode(String body) {
        int end = 0;
        while (end < body.length() && Character.isLetter(body.charAt(end))) {
            end++;
        }
        String word = body.substring(0, end);
        if (end < body.length() && body.charAt(end) == '$') {
            return Currencies.ofDollarPrefix(word) != null;
        }
        int digit = end;
        while (digit < body.length() && Spaces.isSpace(body.charAt(digit))) {
            digit++;
        }
        return Currencies.ofCode(word) != null && digit < body.length() && Character.isDigit(body.charAt(digit));
    }
}
