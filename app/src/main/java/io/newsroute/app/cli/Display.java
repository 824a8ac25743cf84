package io.newsroute.app.cli;

import io.newsroute.common.model.CountryTag;
import io.newsroute.common.model.EnrichedArticle;
import io.newsroute.common.model.ThemeTag;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Formats enriched articles for a terminal. Every string from a record is made safe first: control
 * characters (escape sequences included) are shown as {@code \\uXXXX}, so a record cannot drive the terminal.
 */
public final class Display {

    private Display() {}

    /** Escapes control characters other than newline; {@code null} becomes "". */
    public static String safe(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\n')
                    || (c >= 0x7f && c <= 0x9f)
                    || c == '\u2028'
                    || c == '\u2029'
                    || (c >= '\u202a' && c <= '\u202e')
                    || (c >= '\u2066' && c <= '\u2069')) {
                b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** One line, cut to {@code max} characters. */
    public static String line(String s, int max) {
        String one = safe(s).replace('\n', ' ');
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }

    /** "LA 0.95 primary, JP 0.91 primary, CN 0.32". */
    public static String countries(EnrichedArticle a) {
        if (a.countries().isEmpty()) {
            return "(none)";
        }
        return a.countries().stream().map(Display::country).collect(Collectors.joining(", "));
    }

    private static String country(CountryTag c) {
        return String.format(
                Locale.ROOT,
                "%s %s %.2f%s",
                safe(c.code()),
                safe(c.name()),
                c.relevance(),
                c.primary() ? " (primary)" : "");
    }

    /** "international relations 0.81, ..." — at most {@code max} themes. */
    public static String themes(EnrichedArticle a, int max) {
        if (a.themes().isEmpty()) {
            return "(none)";
        }
        return a.themes().stream().limit(max).map(Display::theme).collect(Collectors.joining(", "));
    }

    private static String theme(ThemeTag t) {
        return String.format(Locale.ROOT, "%s [%s] %.2f", safe(t.label()), safe(t.code()), t.score());
    }

    /** A short readable block for one article. */
    public static String article(EnrichedArticle a, String indent) {
        StringBuilder b = new StringBuilder();
        b.append(indent)
                .append(line(a.title() == null ? "(untitled)" : a.title(), 100))
                .append('\n');
        if (!a.authors().isEmpty() || a.source() != null) {
            b.append(indent)
                    .append("  by ")
                    .append(line(String.join(", ", a.authors()), 60))
                    .append(a.source() == null ? "" : " · " + line(a.source(), 60))
                    .append('\n');
        }
        b.append(indent).append("  id:        ").append(line(a.id(), 70)).append('\n');
        b.append(indent).append("  countries: ").append(countries(a)).append('\n');
        b.append(indent).append("  themes:    ").append(themes(a, 8)).append('\n');
        return b.toString();
    }
}
