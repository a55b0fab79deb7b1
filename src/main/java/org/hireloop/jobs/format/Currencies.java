package org.hireloop.jobs.format;

import java.util.Currency;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** How salaries name their currency: symbols, dollar prefixes like "C$", and ISO 4217 codes. */
final class Currencies {

    private static final Map<Character, String> SYMBOLS = Map.ofEntries(
            Map.entry('$', "USD"),
            Map.entry('€', "EUR"),
            Map.entry('£', "GBP"),
            Map.entry('¥', "JPY"),
            Map.entry('₹', "INR"),
            Map.entry('₩', "KRW"),
            Map.entry('₽', "RUB"),
            Map.entry('₺', "TRY"),
            Map.entry('₪', "ILS"),
            Map.entry('₱', "PHP"),
            Map.entry('₦', "NGN"),
            Map.entry('₫', "VND"),
            Map.entry('₴', "UAH"),
            Map.entry('฿', "THB"));

    /** Letters written before "$": "C$120,000" is Canadian. */
    private static final Map<String, String> DOLLAR_PREFIXES = Map.ofEntries(
            Map.entry("US", "USD"),
            Map.entry("C", "CAD"),
            Map.entry("CA", "CAD"),
            Map.entry("CAN", "CAD"),
            Map.entry("A", "AUD"),
            Map.entry("AU", "AUD"),
            Map.entry("NZ", "NZD"),
            Map.entry("HK", "HKD"),
            Map.entry("S", "SGD"),
            Map.entry("SG", "SGD"),
            Map.entry("R", "BRL"),
            Map.entry("MX", "MXN"));

    /** What the renderers write before the figures; other currencies get their code after them. */
    private static final Map<String, String> WRITTEN =
            Map.of("USD", "$", "EUR", "€", "GBP", "£", "JPY", "¥", "INR", "₹", "CAD", "C$", "AUD", "A$");

    private Currencies() {}

    static @Nullable Currency ofSymbol(char symbol) {
        String code = SYMBOLS.get(symbol);
        return code == null ? null : Currency.getInstance(code);
    }

    static @Nullable Currency ofDollarPrefix(String letters) {
        String code = DOLLAR_PREFIXES.get(letters.toUpperCase(java.util.Locale.ROOT));
        return code == null ? null : Currency.getInstance(code);
    }

    /** An ISO 4217 code such as "CHF", written in capitals as codes are. */
    static @Nullable Currency ofCode(String word) {
        if (word.length() != 3) {
            return null;
        }
        for (int i = 0; i < 3; i++) {
            char c = word.charAt(i);
            if (c < 'A' || c > 'Z') {
                return null;
            }
        }
        try {
            return Currency.getInstance(word);
        } catch (IllegalArgumentException notACode) {
            return null;
        }
    }

    static boolean isSymbol(char c) {
        return Character.getType(c) == Character.CURRENCY_SYMBOL;
    }

    static @Nullable String writtenSymbol(Currency currency) {
        return WRITTEN.get(currency.getCurrencyCode());
    }
}
