package io.newsroute.enrich.trends;

import io.newsroute.common.config.NewsrouteConfig;
import io.newsroute.enrich.EnrichApp;
import io.newsroute.enrich.StreamsStates;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the trends topology ({@link TrendsTopology}) as its own Kafka Streams application
 * ({@code trends.application.id}, exactly-once): reads {@code news.articles.enriched}, writes only its
 * repartition and changelog topics, and answers interactive queries ({@link #queries()}) from its
 * stores. One instance per application id sees every partition, so its answers are complete.
 */
public final class TrendsApp implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TrendsApp.class);

    private final KafkaStreams streams;
    private final TrendsQueries queries;

    public TrendsApp(NewsrouteConfig config) {
        this.streams = new KafkaStreams(TrendsTopology.build(config), streamsProperties(config));
        this.streams.setUncaughtExceptionHandler(e -> {
            LOG.error("Trends stream thread failed; replacing it", e);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        this.queries = new TrendsQueries(
                () -> streams.store(StoreQueryParameters.fromNameAndType(
                        TrendsTopology.COUNTS_STORE, QueryableStoreTypes.windowStore())),
                () -> streams.store(StoreQueryParameters.fromNameAndType(
                        TrendsTopology.THEME_COUNTS_STORE, QueryableStoreTypes.windowStore())),
                () -> streams.store(StoreQueryParameters.fromNameAndType(
                        TrendsTopology.LATEST_STORE, QueryableStoreTypes.keyValueStore())),
                config.getDuration(NewsrouteConfig.TRENDS_RETENTION));
    }

    /** The enrich application's settings (exactly-once, latency, user {@code streams.*} overrides) under the trends application id. */
    public static Properties streamsProperties(NewsrouteConfig config) {
        Properties p = EnrichApp.streamsProperties(config);
        p.putAll(TrendsTopology.topologyProperties(config));
        // a record the trends cannot read is skipped and logged: the enrich side dead-letters bad input already
        p.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueExceptionHandler.class);
        // the API reads the stores: a second's commit keeps writes batched and still looks live
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 1000);
        p.putAll(config.clientProperties("streams"));
        p.putAll(TrendsTopology.topologyProperties(config));
        return p;
    }

    /** The queries over this instance's stores (complete when it is the only instance of its application id). */
    public TrendsQueries queries() {
        return queries;
    }

    /** The Kafka Streams instance (for its metrics). */
    public KafkaStreams streams() {
        return streams;
    }

    /** Starts processing in the background. */
    public void start() {
        streams.start();
    }

    /** The current state. */
    public KafkaStreams.State state() {
        return streams.state();
    }

    /** Waits until the application is running, or fails after {@code timeout}. */
    public void awaitRunning(Duration timeout) throws InterruptedException {
        StreamsStates.awaitRunning(streams, timeout, "trends application");
    }

    @Override
    public void close() {
        streams.close(Duration.ofSeconds(30));
    }
}
