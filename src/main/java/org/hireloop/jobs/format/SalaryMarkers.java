package org.hireloop.jobs.format;

/** Cheap looks at a line, before deciding whether it is the salary line at all. */
final class SalaryMarkers {

    private SalaryMarkers() {}

    /** A currency symbol or a standalone ISO code ("USD") anywhere in the text. */
    static boolean containsCurrency(String text) {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Currencies.isSymbol(c)) {
                return true;
            }
            if (!Character.isLetter(c)) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && Character.isLetter(text.charAt(end))) {
                end++;
            }
            if (end - i == 3 && Currencies.ofCode(text.substring(i, end)) != null) {
                return true;
            }
            i = end;
        }
        return false;
    }

    /** Only letters and spaces between from and to: the words of a label, no figures. */
    static boolean isPlainWords(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c) && !Spaces.isSpace(c)) {
                return false;
            }
        }
        return true;
    }
}
