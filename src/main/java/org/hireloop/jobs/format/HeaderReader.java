package org.hireloop.jobs.format;

import java.util.List;
import org.hireloop.jobs.Salary;
import org.jspecify.annotations.Nullable;

/**
 * Reads the head of a description: the title line (after any junk such as "Back to Home"),
 * then the salary and tag lines up to the first section heading.
 */
final class HeaderReader {

    static final String TITLE_PREFIX = "Key Responsibilities and Required Skills for";
    private static final String EXPECTED_TITLE = "a title line such as \"" + TITLE_PREFIX + " <Title>\"";
    private static final List<String> TAG_LABELS = List.of("tags:", "keywords:");

    private HeaderReader() {}

    /** Fills title, salary and tags; returns the index of the first line after the head. */
    static int read(List<Line> lines, DescriptionBuilder into) {
        int title = findTitle(lines, into);
        return readSalaryAndTags(lines, title + 1, into);
    }

    private static int findTitle(List<Line> lines, DescriptionBuilder into) {
        Line firstContent = null;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            firstContent = firstContent == null ? line : firstContent;
            if (Heading.of(line.content()) != null) {
                break;
            }
            String title = titleOf(line.content());
            if (title != null) {
                if (title.isEmpty()) {
                    throw new JobDescriptionParseException(
                            line.number(), "a title after \"" + TITLE_PREFIX + "\"", "none");
                }
                into.title = title;
                return i;
            }
        }
        throw new JobDescriptionParseException(
                firstContent == null ? 0 : firstContent.number(),
                EXPECTED_TITLE,
                firstContent == null ? "none" : JobDescriptionParseException.quoted(firstContent.content()));
    }

    /** The title this line gives, "" for a title line without one, null for another line. */
    static @Nullable String titleOf(String content) {
        boolean markdown = content.startsWith("# ") || content.startsWith("#\t");
        String text = markdown ? content.substring(2) : content;
        int start = 0;
        while (start < text.length() && !Character.isLetterOrDigit(text.charAt(start))) {
            start++;
        }
        String plain = Spaces.collapse(text.substring(start));
        if (startsWithWords(plain, TITLE_PREFIX)) {
            return Spaces.trim(plain.substring(TITLE_PREFIX.length()));
        }
        if (plain.regionMatches(true, 0, "title:", 0, "title:".length())) {
            return Spaces.trim(plain.substring("title:".length()));
        }
        return markdown ? Spaces.collapse(text) : null;
    }

    private static boolean startsWithWords(String text, String words) {
        int end = words.length();
        return text.regionMatches(true, 0, words, 0, end)
                && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
    }

    private static int readSalaryAndTags(List<Line> lines, int from, DescriptionBuilder into) {
        boolean first = true;
        boolean tagsSeen = false;
        for (int i = from; i < lines.size(); i++) {
            Line line = lines.get(i);
            String content = line.content();
            if (line.isBlank()) {
                continue;
            }
            if (Heading.of(content) != null) {
                return i;
            }
            if (SalaryLine.isLabelled(content) || (first && SalaryLine.looksLikeSalary(content))) {
                Salary salary = SalaryLine.parse(line);
                into.salary = into.salary == null ? salary : into.salary;
            } else if (!tagsSeen) {
                into.tags = TagSplitter.split(withoutTagLabel(content));
                tagsSeen = true;
            }
            first = false;
        }
        return lines.size();
    }

    static boolean hasTagLabel(String content) {
        return TAG_LABELS.stream().anyMatch(label -> content.regionMatches(true, 0, label, 0, label.length()));
    }

    private static String withoutTagLabel(String content) {
        return hasTagLabel(content) ? content.substring(content.indexOf(':') + 1) : content;
    }
}
