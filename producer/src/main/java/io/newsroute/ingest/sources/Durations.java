package io.newsroute.ingest.sources;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads durations as people type them on a command line: {@code 500ms}, {@code 30s}, {@code 5m}, {@code 1h}, a plain number of seconds, or ISO-8601 ({@code PT5M}). */
public final class Durations {

    private static final Pattern SIMPLE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)?");

    private Durations() {}

    /** "500ms", "30s", "5m", "1h", or the ISO form for other values. */
    public static String format(Duration d) {
        long ms = d.toMillis();
        if (ms % 3_600_000 == 0 && ms > 0) {
            return ms / 3_600_000 + "h";
        }
        if (ms % 60_000 == 0 && ms > 0) {
            return ms / 60_000 + "m";
        }
        if (ms % 1_000 == 0) {
            return ms / 1_000 + "s";
        }
        return ms < 1_000 ? ms + "ms" : d.toString();
    }

    /** The duration, or an {@link IllegalArgumentException} naming the text. */
    public static Duration parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (t.startsWith("pt") || t.startsWith("p")) {
            try {
                return Duration.parse(t.toUpperCase(Locale.ROOT));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("not a duration: " + text, e);
            }
        }
        Matcher m = SIMPLE.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a duration (e.g. 500ms, 30s, 5m, 1h): " + text);
        }
        double n = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        double millis =
                switch (unit) {
                    case "ms" -> n;
                    case "s" -> n * 1_000;
                    case "m" -> n * 60_000;
                    case "h" -> n * 3_600_000;
                    default -> throw new IllegalArgumentException("unknown unit " + unit);
                };
        return Duration.ofMillis(Math.round(millis));
    }
}
