package org.hireloop.search.corpus;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Lays a generated description out in the text format with the variety of real files: other
 * bullets, headings with or without emoji or Markdown hashes, other line endings, a stray line
 * before the title. Sections are written only when they have content.
 */
final class DescriptionText {

    private static final String[] BULLETS = {"  • ", "  • ", "  • ", "• ", "- ", "* ", "  - ", "  · "};

    private final StringBuilder out = new StringBuilder(6_000);
    private final String bullet;
    private final boolean numbered;
    private final boolean emoji;
    private final boolean markdown;
    private final String newline;

    DescriptionText(SplittableRandom random) {
        int style = random.nextInt(100);
        this.numbered = style < 5;
        this.bullet = BULLETS[random.nextInt(BULLETS.length)];
        this.markdown = style >= 5 && style < 12;
        this.emoji = !markdown && random.nextInt(100) < 85;
        int endings = random.nextInt(100);
        this.newline = endings < 85 ? "\n" : endings < 97 ? "\r\n" : "\r";
        if (random.nextInt(100) < 6) {
            line("Back to Home").blank();
        }
    }

    DescriptionText title(String title, SplittableRandom random) {
        int style = random.nextInt(100);
        String line = style < 92
                ? "Key Responsibilities and Required Skills for " + title
                : style < 96 ? "Title: " + title : "# " + title;
        return line(line).blank();
    }

    DescriptionText paragraph(String text) {
        return line(text).blank();
    }

    /** A section heading: "🎯 Role Definition", "## Role Definition" or plain. */
    DescriptionText heading(String text, String emojiMark) {
        String line = markdown ? "## " + text : emoji && !emojiMark.isEmpty() ? emojiMark + " " + text : text;
        return line(line).blank();
    }

    DescriptionText list(String heading, List<String> items) {
        if (items.isEmpty()) {
            return this;
        }
        line(markdown ? "### " + heading : heading).blank();
        for (int i = 0; i < items.size(); i++) {
            line((numbered ? "  " + (i + 1) + ". " : bullet) + items.get(i));
        }
        return blank();
    }

    private DescriptionText line(String text) {
        out.append(text).append(newline);
        return this;
    }

    private DescriptionText blank() {
        out.append(newline);
        return this;
    }

    String text() {
        return out.toString();
    }
}
