package io.newsroute.enrich.trends;

import io.newsroute.common.config.ConfigException;
import io.newsroute.common.config.NewsrouteConfig;
import io.newsroute.common.model.CountryCodes;
import io.newsroute.common.model.CountryTag;
import io.newsroute.common.model.EnrichedArticle;
import io.newsroute.common.model.ThemeTag;
import io.newsroute.kafka.JsonSerde;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.kstream.TimeWindowedKStream;
import org.apache.kafka.streams.kstream.TimeWindows;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;

/**
 * The trends topology: reads {@code news.articles.enriched} (key: article id, value: enriched
 * article JSON) and keeps, per routed country (every valid ISO code of an article's {@code countries},
 * as the router routes them), the number of articles in tumbling one-minute windows (store
 * {@value #COUNTS_STORE}), the same split by IPTC top level (store {@value #THEME_COUNTS_STORE}), both
 * kept {@code trends.retention} (default 7 days) and accepting records up to {@code trends.grace} late,
 * and the latest {@code trends.latest.size} articles (store {@value #LATEST_STORE}, bodies cut to an
 * excerpt). Writes no topic of its own: only its repartition topic ({@code <app id>-by-country-repartition})
 * and the stores' changelogs. The enriched topic holds each article once (the enrich step drops
 * repeated ids), so a repeat is never counted twice. Every step and store is named.
 */
public final class TrendsTopology {

    /** Articles per country and minute: key country code, windowed, value a count. */
    public static final String COUNTS_STORE = "country-minute-counts";
    /** Articles per country, minute and IPTC top level: key country code, windowed, value {@link ThemeCounts}. */
    public static final String THEME_COUNTS_STORE = "country-minute-theme-counts";
    /** The latest articles per country: key country code, value {@link LatestArticles}. */
    public static final String LATEST_STORE = "country-latest-articles";
    /** The size of the tumbling windows. */
    public static final Duration WINDOW = Duration.ofMinutes(1);
    /** How much of an article's body the latest articles keep. */
    public static final int EXCERPT_CHARS = 600;

    private TrendsTopology() {}

    /** Builds the topology from the configuration (topic names, retention, grace, latest size). */
    public static Topology build(NewsrouteConfig config) {
        Duration retention = config.getDuration(NewsrouteConfig.TRENDS_RETENTION);
        Duration grace = config.getDuration(NewsrouteConfig.TRENDS_GRACE);
        int latestSize = config.getInt(NewsrouteConfig.TRENDS_LATEST_SIZE);
        if (retention.compareTo(WINDOW.plus(grace)) < 0 || latestSize < 1) {
            throw new ConfigException(
                    "trends.retention must be at least a minute plus trends.grace, and trends.latest.size at least 1");
        }
        JsonSerde<EnrichedArticle> articles = JsonSerde.of(EnrichedArticle.class);
        StreamsBuilder builder = new StreamsBuilder(new TopologyConfig(new StreamsConfig(topologyProperties(config))));
        KStream<String, EnrichedArticle> byCountry = builder.stream(
                        config.topics().enriched(),
                        Consumed.with(Serdes.String(), articles).withName("read-enriched-articles"))
                .flatMap((id, a) -> perCountry(a), Named.as("key-by-country"))
                .repartition(Repartitioned.with(Serdes.String(), articles).withName("by-country"));

        TimeWindowedKStream<String, EnrichedArticle> minutes = byCountry
                .groupByKey(Grouped.with("per-country", Serdes.String(), articles))
                .windowedBy(TimeWindows.ofSizeAndGrace(WINDOW, grace));
        minutes.count(
                Named.as("count-per-country-minute"),
                Materialized.<String, Long, WindowStore<Bytes, byte[]>>as(COUNTS_STORE)
                        .withKeySerde(Serdes.String())
                        .withValueSerde(Serdes.Long())
                        .withRetention(retention));
        minutes.aggregate(
                ThemeCounts::empty,
                (country, a, counts) -> counts.plus(topLevels(a)),
                Named.as("count-themes-per-country-minute"),
                Materialized.<String, ThemeCounts, WindowStore<Bytes, byte[]>>as(THEME_COUNTS_STORE)
                        .withKeySerde(Serdes.String())
                        .withValueSerde(JsonSerde.of(ThemeCounts.class))
                        .withRetention(retention));

        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(LATEST_STORE), Serdes.String(), JsonSerde.of(LatestArticles.class)));
        byCountry.process(
                () -> new KeepLatestProcessor(LATEST_STORE, latestSize),
                Named.as("keep-latest-per-country"),
                LATEST_STORE);
        return builder.build();
    }

    /** One record per distinct valid country of the article, keyed by its code, the article shortened. */
    static List<KeyValue<String, EnrichedArticle>> perCountry(EnrichedArticle a) {
        if (a == null || a.countries().isEmpty()) {
            return List.of();
        }
        EnrichedArticle digest = ArticleDigest.of(a, EXCERPT_CHARS);
        Map<String, KeyValue<String, EnrichedArticle>> out = new LinkedHashMap<>();
        for (CountryTag c : a.countries()) {
            if (CountryCodes.isValid(c.code())) {
                out.putIfAbsent(c.code(), KeyValue.pair(c.code(), digest));
            }
        }
        return List.copyOf(out.values());
    }

    static List<String> topLevels(EnrichedArticle a) {
        return a.themes().stream()
                .map(ThemeTag::top)
                .filter(t -> t != null && !t.isBlank())
                .distinct()
                .toList();
    }

    /** The properties that shape the topology: its application id and explicit naming of internal resources. */
    public static Properties topologyProperties(NewsrouteConfig config) {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, config.require(NewsrouteConfig.TRENDS_APPLICATION_ID));
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        p.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        return p;
    }
}
