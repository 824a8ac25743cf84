package io.newsroute.common.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;

/**
 * Newsroute's own meters, registered in Micrometer's global registry ({@link Metrics#globalRegistry}):
 * they count nothing anywhere until a process adds a registry (the {@code /metrics} endpoint adds a
 * Prometheus one), and cost a counter increment per record otherwise. Names (Prometheus form):
 * {@code newsroute_articles_read_total}, {@code newsroute_articles_tagged_total},
 * {@code newsroute_articles_dead_lettered_total{stage,reason}}, {@code newsroute_articles_routed_total{country}},
 * {@code newsroute_duplicates_dropped_total}, {@code newsroute_tagging_time_seconds} (histogram),
 * {@code newsroute_feed_fetch_errors_total}. The streams meters carry the application id
 * ({@code application}), so two applications in one process are told apart.
 */
public final class NewsrouteMetrics {

    public static final String READ = "newsroute.articles.read";
    public static final String TAGGED = "newsroute.articles.tagged";
    public static final String DEAD_LETTERED = "newsroute.articles.dead.lettered";
    public static final String ROUTED = "newsroute.articles.routed";
    public static final String DUPLICATES = "newsroute.duplicates.dropped";
    public static final String TAGGING_TIME = "newsroute.tagging.time";
    public static final String FEED_FETCH_ERRORS = "newsroute.feed.fetch.errors";

    private NewsrouteMetrics() {}

    private static MeterRegistry registry() {
        return Metrics.globalRegistry;
    }

    /** Raw records read by the enrich step of {@code application}. */
    public static Counter read(String application) {
        return Counter.builder(READ)
                .description("raw records read by the enrich step")
                .tag("application", application)
                .register(registry());
    }

    /** Articles tagged (and forwarded) by the enrich step of {@code application}. */
    public static Counter tagged(String application) {
        return Counter.builder(TAGGED)
                .description("articles tagged by the enrich step")
                .tag("application", application)
                .register(registry());
    }

    /** Repeated article ids dropped by the dedup step of {@code application}. */
    public static Counter duplicatesDropped(String application) {
        return Counter.builder(DUPLICATES)
                .description("repeated article ids dropped by the dedup step")
                .tag("application", application)
                .register(registry());
    }

    /** The time the tagger takes per article, with a histogram (Prometheus buckets). */
    public static Timer taggingTime(String application) {
        return Timer.builder(TAGGING_TIME)
                .description("time to tag one article (countries and themes)")
                .tag("application", application)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1).dividedBy(100))
                .maximumExpectedValue(Duration.ofSeconds(1))
                .register(registry());
    }

    /** Records sent to the dead-letter topic by {@code stage} ({@code enrich}, {@code route}) for a kind of {@code reason}. */
    public static void deadLettered(String stage, String reason) {
        Counter.builder(DEAD_LETTERED)
                .description("records sent to the dead-letter topic")
                .tag("stage", stage)
                .tag("reason", reason)
                .register(registry())
                .increment();
    }

    /** Records written to a country topic (one per country of an article), once their transaction committed. */
    public static void routed(String country, long n) {
        Counter.builder(ROUTED)
                .description("records written to country topics, by country")
                .tag("country", country.toUpperCase(Locale.ROOT))
                .register(registry())
                .increment(n);
    }

    /** Feed or page fetches that failed for good. */
    public static void feedFetchError() {
        Counter.builder(FEED_FETCH_ERRORS)
                .description("feed or page fetches that failed for good")
                .register(registry())
                .increment();
    }

    /**
     * A short, bounded label for a dead-letter reason (Prometheus labels must not take free text):
     * {@code too-large}, {@code malformed-json}, {@code invalid-article}, {@code tagging-failed},
     * {@code not-enriched-article} or {@code other}.
     */
    public static String reasonKind(String reason) {
        String r = reason == null ? "" : reason.toLowerCase(Locale.ROOT);
        if (r.contains("larger than") || r.contains("too large") || r.contains("over the")) {
            return "too-large";
        }
        if (r.startsWith("not a valid enriched")) {
            return "not-enriched-article";
        }
        if (r.startsWith("not a valid")) {
            return "malformed-json";
        }
        if (r.startsWith("tagging failed")) {
            return "tagging-failed";
        }
        return r.isEmpty() ? "other" : "invalid-article";
    }
}
