package io.newsroute.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Removes HTML/XML markup from text so what the pipeline writes is plain text that is safe to show:
 * tags (with their attributes, so {@code on*=} handlers and {@code javascript:} links go too), comments,
 * and the whole content of {@code script}, {@code style} and similar elements. Entities are left as they
 * are (decoding them could create markup). A {@code <} that does not start a tag ({@code a < b}) stays.
 * Linear in the length of the text, whatever it holds; plain Java.
 */
public final class MarkupStripper {

    /** Elements whose content is code or fallback, not text: dropped with the tags. */
    private static final Set<String> DROP_CONTENT = Set.of(
            "script",
            "style",
            "iframe",
            "noscript",
            "template",
            "object",
            "embed",
            "svg",
            "math",
            "textarea",
            "title",
            "head");
    /** Elements that end a line. */
    private static final Set<String> BLOCK = Set.of(
            "p",
            "br",
            "div",
            "li",
            "ul",
            "ol",
            "tr",
            "table",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "blockquote",
            "section",
            "article",
            "pre",
            "hr");

    private MarkupStripper() {}

    /** The text without markup ({@code null} stays {@code null}). */
    public static String strip(String s) {
        if (s == null || s.indexOf('<') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int n = s.length();
        int i = 0;
        boolean noMoreClose = false;
        while (i < n) {
            int lt = s.indexOf('<', i);
            if (lt < 0 || noMoreClose) {
                out.append(s, i, n);
                break;
            }
            out.append(s, i, lt);
            if (s.startsWith("<!--", lt)) {
                int end = s.indexOf("-->", lt + 4);
                i = end < 0 ? n : end + 3;
                continue;
            }
            if (lt + 1 >= n || !startsTag(s.charAt(lt + 1))) {
                out.append('<');
                i = lt + 1;
                continue;
            }
            int gt = s.indexOf('>', lt + 1);
            if (gt < 0) {
                noMoreClose = true;
                i = lt;
                continue;
            }
            String name = tagName(s, lt + 1);
            boolean closing = s.charAt(lt + 1) == '/';
            i = gt + 1;
            if (!closing && DROP_CONTENT.contains(name) && s.charAt(gt - 1) != '/') {
                i = endOfElement(s, gt + 1, name);
            } else if (BLOCK.contains(name)) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static boolean startsTag(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '/' || c == '!' || c == '?';
    }

    private static String tagName(String s, int from) {
        int i = from;
        if (i < s.length() && (s.charAt(i) == '/' || s.charAt(i) == '!' || s.charAt(i) == '?')) {
            i++;
        }
        int start = i;
        while (i < s.length() && i - start < 20 && Character.isLetterOrDigit(s.charAt(i)) && s.charAt(i) < 128) {
            i++;
        }
        return s.substring(start, i).toLowerCase(Locale.ROOT);
    }

    /** The index just after {@code </name ...>} from {@code from}, or the end of the text when it is not closed. */
    private static int endOfElement(String s, int from, String name) {
        int p = from;
        while (true) {
            int lt = s.indexOf("</", p);
            if (lt < 0) {
                return s.length();
            }
            if (s.regionMatches(true, lt + 2, name, 0, name.length())) {
                int gt = s.indexOf('>', lt + 2);
                return gt < 0 ? s.length() : gt + 1;
            }
            p = lt + 2;
        }
    }
}
