package io.newsroute.enrich.trends;

import io.newsroute.common.model.CountryCodes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * Reads the trends stores (interactive queries): counts per country over a span, one country's
 * counts over time, its top themes and its latest articles. A span ending at {@code now} covers the
 * minute windows from {@code now - span} (rounded down to the minute) up to and including the current
 * minute. The stores are fetched through suppliers, so a query after a rebalance sees the new ones.
 */
public final class TrendsQueries {

    private static final long MINUTE = TrendsTopology.WINDOW.toMillis();

    private final Supplier<ReadOnlyWindowStore<String, Long>> counts;
    private final Supplier<ReadOnlyWindowStore<String, ThemeCounts>> themes;
    private final Supplier<ReadOnlyKeyValueStore<String, LatestArticles>> latest;
    private final Duration retention;

    public TrendsQueries(
            Supplier<ReadOnlyWindowStore<String, Long>> counts,
            Supplier<ReadOnlyWindowStore<String, ThemeCounts>> themes,
            Supplier<ReadOnlyKeyValueStore<String, LatestArticles>> latest,
            Duration retention) {
        this.counts = counts;
        this.themes = themes;
        this.latest = latest;
        this.retention = retention;
    }

    /** The first window start of a span of {@code span} ending with the minute of {@code now}. */
    static long spanStart(Instant now, Duration span) {
        long minutes = Math.max(1, span.toMillis() / MINUTE);
        return floorMinute(now.toEpochMilli()) - (minutes - 1) * MINUTE;
    }

    static long floorMinute(long ms) {
        return Math.floorDiv(ms, MINUTE) * MINUTE;
    }

    /** Articles per country in the windows starting in {@code [from, to)}. */
    public Map<String, Long> countsByCountry(long from, long to) {
        Map<String, Long> m = new HashMap<>();
        try (KeyValueIterator<Windowed<String>, Long> it =
                counts.get().fetchAll(Instant.ofEpochMilli(from), Instant.ofEpochMilli(to - 1))) {
            while (it.hasNext()) {
                KeyValue<Windowed<String>, Long> e = it.next();
                m.merge(e.key.key(), e.value, Long::sum);
            }
        }
        return m;
    }

    /** Countries by article count in the span ending now, highest first (ties by code), with the span before. */
    public List<CountryTrend> ranked(Instant now, Duration span) {
        long start = spanStart(now, span);
        long end = floorMinute(now.toEpochMilli()) + MINUTE;
        long length = end - start;
        Map<String, Long> current = countsByCountry(start, end);
        boolean previousKept = 2 * length <= retention.toMillis() + MINUTE;
        Map<String, Long> before = previousKept ? countsByCountry(start - length, start) : Map.of();
        List<CountryTrend> out = new ArrayList<>();
        current.forEach((code, n) -> out.add(new CountryTrend(
                code, CountryCodes.englishName(code), n, previousKept ? before.getOrDefault(code, 0L) : null)));
        out.sort(Comparator.comparingLong(CountryTrend::count).reversed().thenComparing(CountryTrend::code));
        return out;
    }

    /**
     * One country's counts over the span ending now, in buckets of {@code step} (a whole number of
     * minutes), oldest first, every bucket present (zero when empty): bucket start (epoch ms) to count.
     */
    public Map<Long, Long> series(String country, Instant now, Duration span, Duration step) {
        long stepMs = Math.max(1, step.toMillis() / MINUTE) * MINUTE;
        long end = floorMinute(now.toEpochMilli()) + MINUTE;
        long start = Math.floorDiv(spanStart(now, span), stepMs) * stepMs;
        Map<Long, Long> buckets = new TreeMap<>();
        for (long t = start; t < end; t += stepMs) {
            buckets.put(t, 0L);
        }
        try (WindowStoreIterator<Long> it =
                counts.get().fetch(country, Instant.ofEpochMilli(start), Instant.ofEpochMilli(end - 1))) {
            while (it.hasNext()) {
                KeyValue<Long, Long> e = it.next();
                buckets.merge(Math.floorDiv(e.key - start, stepMs) * stepMs + start, e.value, Long::sum);
            }
        }
        return buckets;
    }

    /** One country's articles per IPTC top level over the span ending now. */
    public ThemeCounts themes(String country, Instant now, Duration span) {
        long end = floorMinute(now.toEpochMilli()) + MINUTE;
        ThemeCounts sum = ThemeCounts.empty();
        try (WindowStoreIterator<ThemeCounts> it = themes.get()
                .fetch(country, Instant.ofEpochMilli(spanStart(now, span)), Instant.ofEpochMilli(end - 1))) {
            while (it.hasNext()) {
                sum = sum.plus(it.next().value);
            }
        }
        return sum;
    }

    /** One country's latest articles, newest first (empty when none). */
    public LatestArticles latest(String country) {
        LatestArticles l = latest.get().get(country);
        return l == null ? LatestArticles.empty() : l;
    }
}
