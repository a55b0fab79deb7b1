package org.hireloop.jobs.format;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The gate between raw input and the format: decodes strict UTF-8, refuses what looks binary
 * or empty, and cuts the text into lines whatever the line endings.
 */
final class InputText {

    private InputText() {}

    static String decode(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        // the fast decoder replaces broken bytes with U+FFFD; only then is the strict one needed
        return text.indexOf('\uFFFD') < 0 ? text : decodeStrictly(bytes);
    }

    private static String decodeStrictly(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new JobDescriptionParseException(
                    lineAt(bytes, in.position()), "UTF-8 text", "bytes that are not UTF-8");
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /** Counts line feeds before the offset: good enough to point at the broken byte. */
    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Splits text into lines after refusing binary or empty text; a leading BOM is dropped. */
    static List<Line> lines(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (Spaces.isBlank(body)) {
            refuseBinary(body, countControls(body));
            throw new JobDescriptionParseException(
                    0, "a job description text", body.isEmpty() ? "an empty text" : "only whitespace");
        }
        // one pass over a char array: String.charAt on text with emoji is the slow UTF-16 path
        char[] chars = body.toCharArray();
        List<Line> lines = new ArrayList<>();
        long controls = 0;
        int start = 0;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c == '\n' || c == '\r') {
                lines.add(line(lines.size() + 1, chars, start, i));
                if (c == '\r' && i + 1 < chars.length && chars[i + 1] == '\n') {
                    i++;
                }
                start = i + 1;
            } else if (c < ' ' || c >= 0x7F) {
                controls += controlWeight(c, chars.length);
            }
        }
        lines.add(line(lines.size() + 1, chars, start, chars.length));
        refuseBinary(body, controls);
        return lines;
    }

    private static Line line(int number, char[] chars, int start, int end) {
        while (start < end && Spaces.isSpace(chars[start])) {
            start++;
        }
        while (end > start && Spaces.isSpace(chars[end - 1])) {
            end--;
        }
        return new Line(number, withoutControls(chars, start, end));
    }

    /**
     * Stray control characters in an accepted text are dropped, not kept: a description must
     * render to text that is accepted again, and too many of them would make it look binary.
     */
    private static String withoutControls(char[] chars, int start, int end) {
        StringBuilder kept = null;
        for (int i = start; i < end; i++) {
            if (isControl(chars[i]) || chars[i] == '\f') {
                if (kept == null) {
                    kept = new StringBuilder(end - start).append(chars, start, i - start);
                }
            } else if (kept != null) {
                kept.append(chars[i]);
            }
        }
        return kept == null ? new String(chars, start, end - start) : kept.toString();
    }

    private static long countControls(String text) {
        long controls = 0;
        for (int i = 0; i < text.length(); i++) {
            controls += controlWeight(text.charAt(i), text.length());
        }
        return controls;
    }

    /** A NUL alone makes the text binary; other controls count one each. */
    private static int controlWeight(char c, int length) {
        return c == 0 ? length : isControl(c) ? 1 : 0;
    }

    /** A NUL, or control characters in more than 1 of 20 characters, means this is no text. */
    private static void refuseBinary(String text, long controls) {
        if (controls > 0 && controls * 20L >= text.length()) {
            throw new JobDescriptionParseException(0, "a text file", "binary data");
        }
    }

    private static boolean isControl(char c) {
        boolean layout = c == '\t' || c == '\n' || c == '\r' || c == '\f';
        return !layout && (c < 0x20 || (c >= 0x7F && c <= 0x9F));
    }
}
