package io.newsroute.common.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * Newsroute's configuration, in layers: built-in defaults &lt; a properties file &lt; environment
 * variables &lt; command-line flags. Reads nothing by itself; {@link #load} is given each layer.
 *
 * <p>Environment variables named {@code NEWSROUTE_SOME_KEY} set the key {@code some.key}. Any Kafka
 * client property passes through: {@code kafka.X} goes to every client, and {@code producer.X},
 * {@code consumer.X}, {@code streams.X}, {@code admin.X} to that client only (for example
 * {@code kafka.security.protocol=SASL_SSL}, or {@code NEWSROUTE_KAFKA_SASL_MECHANISM=SCRAM-SHA-512}).
 */
public final class NewsrouteConfig {

    public static final String BOOTSTRAP_SERVERS = "bootstrap.servers";
    public static final String TOPIC_RAW = "topic.raw";
    public static final String TOPIC_ENRICHED = "topic.enriched";
    public static final String TOPIC_DLQ = "topic.dlq";
    public static final String TOPIC_COUNTRY_PREFIX = "topic.country.prefix";
    public static final String TOPIC_PARTITIONS = "topic.partitions";
    public static final String TOPIC_REPLICATION_FACTOR = "topic.replication.factor";
    public static final String TOPIC_MIN_INSYNC_REPLICAS = "topic.min.insync.replicas";
    public static final String STREAMS_APPLICATION_ID = "streams.application.id";
    public static final String ROUTER_GROUP_ID = "router.group.id";
    public static final String ROUTER_TRANSACTIONAL_ID = "router.transactional.id";
    public static final String ARTICLE_MAX_BYTES = "article.max.bytes";
    public static final String COUNTRY_MIN_RELEVANCE = "country.min.relevance";
    public static final String COUNTRY_MAX_MENTIONS = "country.max.mentions";
    public static final String TAXONOMY_FILE = "taxonomy.file";
    /** Themes kept per enriched record, highest score first (record v2; the default was chosen on the dev sets). */
    public static final String TAGGER_THEMES_MAX = "tagger.themes.max";
    /** Longest warm-up of the tagger before {@code enrich} takes work, in ms (0: none); stops sooner once steady. */
    public static final String TAGGER_WARMUP_MS = "tagger.warmup.ms";
    /** How long the streams side remembers an article id to drop repeats (ISO-8601 duration). */
    public static final String DEDUP_WINDOW = "dedup.window";
    /** The trends streams application (its consumer group, internal topics and state folder). */
    public static final String TRENDS_APPLICATION_ID = "trends.application.id";
    /** How long the per-minute trend counts are kept (ISO-8601 duration). */
    public static final String TRENDS_RETENTION = "trends.retention";
    /** How late (in stream time) a record may arrive and still be counted in its minute (ISO-8601 duration). */
    public static final String TRENDS_GRACE = "trends.grace";
    /** How many of the latest articles are kept per country. */
    public static final String TRENDS_LATEST_SIZE = "trends.latest.size";

    /** The prefixes of keys that are passed to Kafka clients. */
    public static final String KAFKA_PREFIX = "kafka.";

    private static final Map<String, String> DEFAULTS;

    static {
        Map<String, String> d = new LinkedHashMap<>();
        d.put(BOOTSTRAP_SERVERS, "localhost:9092");
        d.put(TOPIC_RAW, "news.articles.raw");
        d.put(TOPIC_ENRICHED, "news.articles.enriched");
        d.put(TOPIC_DLQ, "news.articles.dlq");
        d.put(TOPIC_COUNTRY_PREFIX, "news.country.");
        d.put(TOPIC_PARTITIONS, "3");
        d.put(TOPIC_REPLICATION_FACTOR, "1");
        d.put(TOPIC_MIN_INSYNC_REPLICAS, "1");
        d.put(STREAMS_APPLICATION_ID, "newsroute-enrich");
        d.put(ROUTER_GROUP_ID, "newsroute-router");
        d.put(ROUTER_TRANSACTIONAL_ID, "newsroute-router");
        d.put(ARTICLE_MAX_BYTES, String.valueOf(512 * 1024));
        d.put(COUNTRY_MIN_RELEVANCE, "");
        d.put(COUNTRY_MAX_MENTIONS, "3");
        d.put(TAXONOMY_FILE, "");
        d.put(TAGGER_THEMES_MAX, "4");
        d.put(TAGGER_WARMUP_MS, "0");
        d.put(DEDUP_WINDOW, "PT24H");
        d.put(TRENDS_APPLICATION_ID, "newsroute-trends");
        d.put(TRENDS_RETENTION, "P7D");
        d.put(TRENDS_GRACE, "PT2M");
        d.put(TRENDS_LATEST_SIZE, "20");
        DEFAULTS = Collections.unmodifiableMap(d);
    }

    private final Map<String, String> values;
    private final Set<String> explicit;

    private NewsrouteConfig(Map<String, String> values, Set<String> explicit) {
        this.values = Collections.unmodifiableMap(new TreeMap<>(values));
        this.explicit = Set.copyOf(explicit);
    }

    /** The built-in defaults only. */
    public static NewsrouteConfig defaults() {
        return new NewsrouteConfig(DEFAULTS, Set.of());
    }

    /** Whether {@code key} was set by a layer above the defaults (file, environment, flags or {@link #with}). */
    public boolean isSet(String key) {
        return explicit.contains(key);
    }

    /**
     * Merges the layers, each overriding the one before.
     *
     * @param file  a properties file, or {@code null}
     * @param env   the environment ({@code System.getenv()}); only {@code NEWSROUTE_*} variables are read
     * @param flags keys set on the command line
     * @throws ConfigException when the file cannot be read
     */
    public static NewsrouteConfig load(Path file, Map<String, String> env, Map<String, String> flags) {
        Map<String, String> set = new LinkedHashMap<>();
        if (file != null) {
            set.putAll(readFile(file));
        }
        set.putAll(fromEnvironment(env));
        set.putAll(flags);
        Map<String, String> merged = new LinkedHashMap<>(DEFAULTS);
        merged.putAll(set);
        return new NewsrouteConfig(merged, set.keySet());
    }

    /** A copy with some keys overridden. */
    public NewsrouteConfig with(Map<String, String> overrides) {
        Map<String, String> merged = new LinkedHashMap<>(values);
        merged.putAll(overrides);
        Set<String> set = new HashSet<>(explicit);
        set.addAll(overrides.keySet());
        return new NewsrouteConfig(merged, set);
    }

    /** A copy with one key overridden. */
    public NewsrouteConfig with(String key, String value) {
        return with(Map.of(key, value));
    }

    static Map<String, String> readFile(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new ConfigException("cannot read configuration file " + file + ": " + e.getMessage(), e);
        }
        Map<String, String> m = new LinkedHashMap<>();
        p.stringPropertyNames().forEach(k -> m.put(k.trim(), p.getProperty(k).trim()));
        return m;
    }

    static Map<String, String> fromEnvironment(Map<String, String> env) {
        Map<String, String> m = new LinkedHashMap<>();
        env.forEach((k, v) -> {
            if (k.startsWith("NEWSROUTE_") && k.length() > "NEWSROUTE_".length() && !k.equals("NEWSROUTE_CONFIG")) {
                m.put(
                        k.substring("NEWSROUTE_".length())
                                .toLowerCase(Locale.ROOT)
                                .replace('_', '.'),
                        v);
            }
        });
        return m;
    }

    /** The value of {@code key}, or {@code null}. */
    public String get(String key) {
        return values.get(key);
    }

    /** The value of {@code key}; fails with a clear message when it is missing or blank. */
    public String require(String key) {
        String v = values.get(key);
        if (v == null || v.isBlank()) {
            throw new ConfigException("configuration key '" + key + "' is required");
        }
        return v;
    }

    public int getInt(String key) {
        String v = require(key);
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new ConfigException("configuration key '" + key + "' must be a whole number, not '" + v + "'", e);
        }
    }

    public double getDouble(String key, double fallback) {
        String v = values.get(key);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            throw new ConfigException("configuration key '" + key + "' must be a number, not '" + v + "'", e);
        }
    }

    /** The value of {@code key} as an ISO-8601 duration ({@code PT24H}, {@code P7D}); fails with a clear message otherwise. */
    public Duration getDuration(String key) {
        String v = require(key);
        try {
            return Duration.parse(v.trim());
        } catch (DateTimeParseException e) {
            throw new ConfigException(
                    "configuration key '" + key + "' must be an ISO-8601 duration such as PT1H or P7D, not '" + v + "'",
                    e);
        }
    }

    public String bootstrapServers() {
        return require(BOOTSTRAP_SERVERS);
    }

    public Topics topics() {
        return new Topics(
                require(TOPIC_RAW), require(TOPIC_ENRICHED), require(TOPIC_DLQ), require(TOPIC_COUNTRY_PREFIX));
    }

    /**
     * The properties for one kind of Kafka client: {@code bootstrap.servers}, then every {@code kafka.*}
     * key, then every {@code <client>.*} key, each without its prefix.
     *
     * @param client {@code producer}, {@code consumer}, {@code streams} or {@code admin}
     */
    public Properties clientProperties(String client) {
        Properties p = new Properties();
        p.put(BOOTSTRAP_SERVERS, bootstrapServers());
        String own = client + ".";
        values.forEach((k, v) -> {
            if (k.startsWith(KAFKA_PREFIX)) {
                p.put(k.substring(KAFKA_PREFIX.length()), v);
            }
        });
        values.forEach((k, v) -> {
            if (k.startsWith(own) && !isNewsrouteKey(k)) {
                p.put(k.substring(own.length()), v);
            }
        });
        return p;
    }

    private static boolean isNewsrouteKey(String key) {
        return DEFAULTS.containsKey(key);
    }

    /** All values, for display: anything that looks like a secret is masked. */
    public Map<String, String> redacted() {
        Map<String, String> m = new TreeMap<>();
        values.forEach((k, v) -> m.put(k, isSecret(k) ? "[hidden]" : v));
        return m;
    }

    /** Whether a key holds a secret that must never be logged. */
    public static boolean isSecret(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        return k.contains("password")
                || k.contains("jaas")
                || k.contains("secret")
                || k.contains("token")
                || k.endsWith(".key")
                || k.contains("credentials");
    }

    /** All values, unmodifiable. */
    public Map<String, String> asMap() {
        return values;
    }

    @Override
    public String toString() {
        return "NewsrouteConfig" + redacted();
    }
}
