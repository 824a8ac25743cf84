package io.newsroute.enrich;

import io.newsroute.common.config.NewsrouteConfig;
import io.newsroute.common.config.Topics;
import io.newsroute.common.model.Article;
import io.newsroute.common.model.EnrichedArticle;
import io.newsroute.kafka.JsonSerde;
import io.newsroute.tagger.ArticleEnricher;
import io.newsroute.tagger.Taggers;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyConfig;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;

/**
 * The enrichment topology: reads {@code news.articles.raw} (key: article id, value: article JSON),
 * tags each article with its countries and themes, and writes {@code news.articles.enriched} with the
 * country codes also in the {@code newsroute.countries} header (see
 * {@link io.newsroute.kafka.RoutingHeaders}); a record that cannot be read or is not a valid
 * article goes, unchanged, to {@code news.articles.dlq} with the stage and reason in its headers and
 * without that header. An id already seen within the dedup window ({@code dedup.window}, ISO-8601
 * duration, default PT24H) is dropped, from a named key-value store of ids. Every step is named.
 */
public final class EnrichTopology {

    /**
     * The store of article ids seen recently, id to the record time first seen (its changelog topic is
     * named after it). It replaced the windowed store {@code seen-article-ids}, whose changelog an
     * upgraded application no longer reads.
     */
    public static final String SEEN_IDS_STORE = "first-seen-article-ids";

    private EnrichTopology() {}

    /** Builds the topology with the tagger the configuration names. */
    public static Topology build(NewsrouteConfig config) {
        return build(config, Taggers.fromConfig(config));
    }

    /** Builds the topology with a given tagger (the no-op benchmark and tests pass their own). */
    public static Topology build(NewsrouteConfig config, ArticleEnricher tagger) {
        Topics topics = config.topics();
        JsonSerde<EnrichedArticle> enrichedSerde = JsonSerde.of(EnrichedArticle.class);
        JsonSerde<Article> articleSerde = JsonSerde.of(Article.class);
        ArticleValidator validator = new ArticleValidator(config.getInt(NewsrouteConfig.ARTICLE_MAX_BYTES));

        StreamsBuilder builder = new StreamsBuilder(new TopologyConfig(new StreamsConfig(topologyProperties(config))));
        KStream<String, EnrichOutcome> outcomes = builder.stream(
                        topics.raw(),
                        Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("read-raw-articles"))
                .processValues(() -> new EnrichProcessor(articleSerde, validator, tagger), Named.as("enrich-article"));

        Map<String, KStream<String, EnrichOutcome>> branches = outcomes.split(Named.as("outcome-"))
                .branch((k, v) -> v.isOk(), Branched.as("enriched"))
                .defaultBranch(Branched.as("rejected"));

        Duration window = Duration.parse(config.require(NewsrouteConfig.DEDUP_WINDOW));
        // in memory, backed by its (compacted) changelog topic: restored after a restart, no native library
        // needed. A key-value store, id -> time first seen: a window store keyed by record time would scan
        // every distinct millisecond of the window for each lookup.
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.inMemoryKeyValueStore(SEEN_IDS_STORE), Serdes.String(), Serdes.Long()));

        branches.get("outcome-enriched")
                .mapValues(EnrichOutcome::enriched, Named.as("unwrap-enriched"))
                .processValues(
                        () -> new DeduplicateProcessor(SEEN_IDS_STORE, window),
                        Named.as("drop-repeated-ids"),
                        SEEN_IDS_STORE)
                .to(
                        topics.enriched(),
                        Produced.with(Serdes.String(), enrichedSerde).withName("write-enriched"));
        branches.get("outcome-rejected")
                .mapValues(EnrichOutcome::rejected, Named.as("unwrap-rejected"))
                .to(
                        topics.dlq(),
                        Produced.with(Serdes.String(), Serdes.ByteArray()).withName("write-dead-letters"));
        return builder.build();
    }

    /** The properties that shape the topology itself (as opposed to the running application). */
    static Properties topologyProperties(NewsrouteConfig config) {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, config.require(NewsrouteConfig.STREAMS_APPLICATION_ID));
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        p.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
        return p;
    }
}
