package io.newsroute.enrich.trends;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * The articles of one country in one minute, counted per IPTC top level (qcode to count): the
 * value of the {@value TrendsTopology#THEME_COUNTS_STORE} window store. An article counts once per
 * distinct top level among its themes. Immutable.
 *
 * @param byTop top-level qcode ({@code medtop:11000000}) to number of articles
 */
public record ThemeCounts(Map<String, Long> byTop) {

    public ThemeCounts {
        byTop = byTop == null ? Map.of() : Map.copyOf(byTop);
    }

    /** No articles yet. */
    public static ThemeCounts empty() {
        return new ThemeCounts(Map.of());
    }

    /** A copy with one more article under each of {@code tops} (each distinct top level counted once). */
    public ThemeCounts plus(Collection<String> tops) {
        Map<String, Long> m = new TreeMap<>(byTop);
        tops.stream().distinct().forEach(t -> m.merge(t, 1L, Long::sum));
        return new ThemeCounts(m);
    }

    /** The sum of two counts (for adding up windows). */
    public ThemeCounts plus(ThemeCounts other) {
        Map<String, Long> m = new TreeMap<>(byTop);
        other.byTop.forEach((k, v) -> m.merge(k, v, Long::sum));
        return new ThemeCounts(m);
    }
}
