package org.hireloop.jobs.format;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the tag line, where the format runs tags together without separators ("Software
 * EngineeringBackend Development"), and joins tags back so that splitting gives them again.
 */
public final class TagSplitter {

    private static final String SEPARATORS = ",|·•;";
    private static final List<String> FALLBACK_SEPARATORS = List.of(", ", " | ", "; ");

    private TagSplitter() {}

    /**
     * The tags of a line: split on explicit separators when it has any, otherwise where a new
     * capitalised word starts right after a word (camel case, or after an acronym such as
     * "SQLAnalytics"), keeping the curated words of {@link TagWords} whole.
     */
    public static List<String> split(String line) {
        String text = Spaces.trim(line);
        for (int i = 0; i < text.length(); i++) {
            if (SEPARATORS.indexOf(text.charAt(i)) >= 0) {
                return List.copyOf(splitOnSeparators(text));
            }
        }
        return List.copyOf(splitRunTogether(text));
    }

    /** The tag line for these tags: run together when that splits back, else comma separated. */
    public static String join(List<String> tags) {
        String together = String.join("", tags);
        if (split(together).equals(tags)) {
            return together;
        }
        for (String separator : FALLBACK_SEPARATORS) {
            // one tag that would split at its capitals needs a separator to say it is one: "iOSAI,"
            String joined = String.join(separator, tags) + (tags.size() == 1 ? separator.trim() : "");
            if (split(joined).equals(tags)) {
                return joined;
            }
        }
        return String.join(", ", tags);
    }

    private static List<String> splitOnSeparators(String text) {
        List<String> tags = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || SEPARATORS.indexOf(text.charAt(i)) >= 0) {
                add(tags, text.substring(start, i));
                start = i + 1;
            }
        }
        return tags;
    }

    private static List<String> splitRunTogether(String text) {
        List<String> tags = new ArrayList<>();
        StringBuilder tag = new StringBuilder();
        boolean afterCuratedWord = false;
        int i = 0;
        while (i < text.length()) {
            String word = TagWords.at(text, i, afterCuratedWord);
            if (word != null) {
                if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                    add(tags, tag);
                }
                tag.append(word);
                i += word.length();
                afterCuratedWord = true;
                continue;
            }
            char c = text.charAt(i);
            if (Character.isUpperCase(c) && (afterCuratedWord || startsWord(text, i))) {
                add(tags, tag);
            }
            tag.append(c);
            afterCuratedWord = false;
            i++;
        }
        add(tags, tag);
        return tags;
    }

    /** An upper case letter at index starts a new word after a lower case one or an acronym. */
    private static boolean startsWord(String text, int index) {
        if (index == 0) {
            return false;
        }
        char previous = text.charAt(index - 1);
        if (Character.isLowerCase(previous)) {
            return true;
        }
        if (!Character.isUpperCase(previous) || index + 1 >= text.length()) {
            return false;
        }
        char following = text.charAt(index + 1);
        // "SQLAnalytics" starts "Analytics" at its "A"; "APIs" is a plural, not "AP" + "Is".
        return Character.isLowerCase(following) && !isPluralS(text, index + 1);
    }

    private static boolean isPluralS(String text, int index) {
        return text.charAt(index) == 's'
                && (index + 1 == text.length() || !Character.isLowerCase(text.charAt(index + 1)));
    }

    private static void add(List<String> tags, CharSequence tag) {
        String collapsed = Spaces.collapse(tag.toString());
        if (!collapsed.isEmpty()) {
            tags.add(collapsed);
        }
        if (tag instanceof StringBuilder builder) {
            builder.setLength(0);
        }
    }
}
