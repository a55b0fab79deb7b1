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
        refuseBinary(body);
        if (Spaces.isBlank(body)) {
            throw new JobDescriptionParseException(
                    0, "a job description text", body.isEmpty() ? "an empty text" : "only whitespace");
        }
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int number = 1;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(new Line(number++, Spaces.trim(body.substring(start, i))));
                if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(new Line(number, Spaces.trim(body.substring(start))));
        return lines;
    }

    /** A NUL, or control characters in more than 1 of 20 characters, means this is no text. */
    private static void refuseBinary(String text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                controls = text.length();
                break;
            }
            if (isControl(c)) {
                controls++;
            }
        }
        if (controls > 0 && controls * 20L >= text.length()) {
            throw new JobDescriptionParseException(0, "a text file", "binary data");
        }
    }

    private static boolean isControl(char c) {
        boolean layout = c == '\t' || c == '\n' || c == '\r' || c == '\f';
        return !layout && (c < 0x20 || (c >= 0x7F && c <= 0x9F));
    }
}
