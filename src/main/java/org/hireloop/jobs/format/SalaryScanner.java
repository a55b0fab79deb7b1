package org.hireloop.jobs.format;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.hireloop.jobs.Salary.SalaryPeriod;
import org.hireloop.jobs.format.SalaryToken.Kind;

/**
 * Cuts a salary line into tokens in one pass. Figures are read here, with their grouping
 * ("120,000", "90.000", "120'000"), decimals and "k" or "m" suffix; a figure that cannot be one
 * is refused on the spot.
 */
final class SalaryScanner {

    static final String EXAMPLE = "a salary such as \"$120,000 - $220,000\"";
    private static final int MAX_INTEGER_DIGITS = 12;
    private static final int MAX_FRACTION_DIGITS = 6;

    private final Line line;
    private final String text;
    private int pos;

    private SalaryScanner(Line line, String text) {
        this.line = line;
        this.text = text;
    }

    static List<SalaryToken> scan(Line line, String text) {
        return new SalaryScanner(line, text).tokens();
    }

    private List<SalaryToken> tokens() {
        List<SalaryToken> tokens = new ArrayList<>();
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Spaces.isSpace(c) || c == '(' || c == ')' || c == ',' || c == '.' || c == ':') {
                pos++;
            } else if (c >= '0' && c <= '9') {
                tokens.add(SalaryToken.amount(amount()));
            } else if (c == '-' || c == '–' || c == '—' || c == '‒') {
                pos++;
                tokens.add(SalaryToken.of(Kind.SEPARATOR));
            } else if (c == '/') {
                pos++;
                tokens.add(SalaryToken.of(Kind.PER));
            } else if (Currencies.isSymbol(c)) {
                pos++;
                tokens.add(symbol(c));
            } else if (Character.isLetter(c)) {
                tokens.add(word());
            } else {
                pos++;
                tokens.add(SalaryToken.of(Kind.WORD));
            }
        }
        return tokens;
    }

    private SalaryToken symbol(char c) {
        Currency currency = Currencies.ofSymbol(c);
        if (currency == null) {
            throw refused();
        }
        return SalaryToken.currency(currency);
    }

    private SalaryToken word() {
        int start = pos;
        while (pos < text.length() && Character.isLetter(text.charAt(pos))) {
            pos++;
        }
        String word = text.substring(start, pos);
        if (pos < text.length() && text.charAt(pos) == '$') {
            Currency dollar = Currencies.ofDollarPrefix(word);
            if (dollar != null) {
                pos++;
                return SalaryToken.currency(dollar);
            }
        }
        Currency code = Currencies.ofCode(word);
        return code != null ? SalaryToken.currency(code) : keyword(word.toLowerCase(Locale.ROOT));
    }

    private static SalaryToken keyword(String word) {
        return switch (word) {
            case "to" -> SalaryToken.of(Kind.SEPARATOR);
            case "per", "a", "an" -> SalaryToken.of(Kind.PER);
            case "hour", "hours", "hr", "hrs", "h", "hourly" -> SalaryToken.period(SalaryPeriod.HOUR);
            case "month", "months", "mo", "mth", "monthly" -> SalaryToken.period(SalaryPeriod.MONTH);
            case "year", "years", "yr", "yrs", "annum", "annually", "yearly", "annual" ->
                SalaryToken.period(SalaryPeriod.YEAR);
            default -> SalaryToken.of(Kind.WORD);
        };
    }

    private BigDecimal amount() {
        StringBuilder digits = new StringBuilder();
        int integerDigits = readDigits(digits);
        char grouping = 0;
        int fractionDigits = 0;
        while (pos + 1 < text.length() && isSeparator(text.charAt(pos)) && isDigit(text.charAt(pos + 1))) {
            char separator = text.charAt(pos);
            int groupEnd = digitsEnd(pos + 1);
            // the first group of "1,234,567" has at most three digits: "1234,567" is no figure
            boolean sameGrouping = grouping == 0 ? integerDigits <= 3 : grouping == separator;
            if (groupEnd - pos - 1 == 3 && sameGrouping) {
                grouping = separator;
                pos++;
                integerDigits += readDigits(digits);
            } else if (separator == '.' || (separator == ',' && grouping == '.')) {
                pos++;
                digits.append('.');
                fractionDigits = readDigits(digits);
                break;
            } else {
                throw refused();
            }
        }
        if (integerDigits > MAX_INTEGER_DIGITS || fractionDigits > MAX_FRACTION_DIGITS) {
            throw refused();
        }
        return new BigDecimal(digits.toString()).multiply(suffix());
    }

    private BigDecimal suffix() {
        if (pos >= text.length() || (pos + 1 < text.length() && Character.isLetter(text.charAt(pos + 1)))) {
            return BigDecimal.ONE;
        }
        char c = text.charAt(pos);
        if (c == 'k' || c == 'K') {
            pos++;
            return BigDecimal.valueOf(1_000);
        }
        if (c == 'm' || c == 'M') {
            pos++;
            return BigDecimal.valueOf(1_000_000);
        }
        return BigDecimal.ONE;
    }

    private int readDigits(StringBuilder into) {
        int end = digitsEnd(pos);
        if (end - pos > MAX_INTEGER_DIGITS) {
            throw refused();
        }
        into.append(text, pos, end);
        int count = end - pos;
        pos = end;
        return count;
    }

    private int digitsEnd(int from) {
        int end = from;
        while (end < text.length() && isDigit(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean isSeparator(char c) {
        return c == ',' || c == '.' || c == '\'' || c == '’';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    JobDescriptionParseException refused() {
        return new JobDescriptionParseException(
                line.number(), EXAMPLE, JobDescriptionParseException.quoted(line.content()));
    }
}
