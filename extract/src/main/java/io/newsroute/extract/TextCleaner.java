package io.newsroute.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Plain-text hygiene shared by the readers: reads raw text fragments and writes clean text with
 * control and invisible format characters removed, non-breaking spaces turned into spaces, and
 * runs of whitespace collapsed. Bodies are written as paragraphs separated by a blank line.
 */
public final class TextCleaner {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u3000]+");

    private TextCleaner() {}

    /** One line of text: control/format characters dropped, all whitespace collapsed to one space, trimmed. */
    public static String inline(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                sb.append(' ');
            } else if (Character.isISOControl(c) || isInvisibleFormat(c)) {
                continue;
            } else {
                sb.append(c);
            }
        }
        return WHITESPACE.matcher(sb).replaceAll(" ").trim();
    }

    /** Paragraphs cleaned with {@link #inline(String)}, empty ones dropped, joined by a blank line. */
    public static String joinParagraphs(List<String> paragraphs) {
        List<String> kept = new ArrayList<>(paragraphs.size());
        for (String p : paragraphs) {
            String clean = inline(p);
            if (!clean.isEmpty()) {
                kept.add(clean);
            }
        }
        return String.join("\n\n", kept);
    }

    /** A multi-line body: each blank-line separated block becomes one clean paragraph. */
    public static String body(String text) {
        if (text == null) {
            return "";
        }
        return joinParagraphs(
                List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\\n\\s*\\n")));
    }

    private static boolean isInvisibleFormat(char c) {
        // zero-width space/joiners, word joiner, BOM, soft hyphen, bidi marks and embeddings
        return c == '\u200B'
                || c == '\u200C'
                || c == '\u200D'
                || c == '\u2060'
                || c == '\uFEFF'
                || c == '\u00AD'
                || (c >= '\u200E' && c <= '\u200F')
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }
}
