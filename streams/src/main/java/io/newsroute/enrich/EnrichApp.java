package io.newsroute.enrich;

import io.newsroute.common.config.NewsrouteConfig;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the enrichment topology as a Kafka Streams application with exactly-once processing
 * ({@code exactly_once_v2}). Reads {@code news.articles.raw}; writes {@code news.articles.enriched}
 * and {@code news.articles.dlq}. A stream thread that fails is replaced, unless the error is fatal or
 * threads keep failing ({@link ThreadFailurePolicy}): then the application reaches ERROR, which
 * {@link #awaitError(Duration)} reports so the command can exit non-zero.
 */
public final class EnrichApp implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EnrichApp.class);

    /** Stream threads that may fail within {@link #REPLACEMENT_WINDOW} and be replaced before the application stops. */
    static final int MAX_REPLACEMENTS = 5;

    static final Duration REPLACEMENT_WINDOW = Duration.ofMinutes(1);

    private final KafkaStreams streams;
    private final ThreadFailurePolicy failures =
            new ThreadFailurePolicy(MAX_REPLACEMENTS, REPLACEMENT_WINDOW, System::nanoTime);
    private final CountDownLatch failed = new CountDownLatch(1);

    public EnrichApp(NewsrouteConfig config) {
        this(config, EnrichTopology.build(config));
    }

    public EnrichApp(NewsrouteConfig config, Topology topology) {
        this.streams = new KafkaStreams(topology, streamsProperties(config));
        this.streams.setUncaughtExceptionHandler(failures::onFailure);
        this.streams.setStateListener((now, before) -> {
            if (now == KafkaStreams.State.ERROR) {
                LOG.error("The streams application stopped with an error (was {})", before);
                failed.countDown();
            }
        });
    }

    /** The properties of the running application: exactly-once, defaults tuned for low latency, then user overrides. */
    public static Properties streamsProperties(NewsrouteConfig config) {
        Properties p = EnrichTopology.topologyProperties(config);
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        // read_committed readers see a record only once its transaction commits: 50 ms halves the
        // latency of 100 ms at no measured cost in throughput (bench/README.md, tuning)
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 50);
        p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, config.getInt(NewsrouteConfig.TOPIC_REPLICATION_FACTOR));
        p.put(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), 5);
        p.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "lz4");
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        p.put(StreamsConfig.STATE_DIR_CONFIG, System.getProperty("java.io.tmpdir") + "/newsroute-streams");
        p.putAll(config.clientProperties("streams"));
        return p;
    }

    /** The Kafka Streams instance (for its metrics). */
    public KafkaStreams streams() {
        return streams;
    }

    /** Starts processing in the background. */
    public void start() {
        streams.start();
    }

    /** How many stream threads failed and were replaced since start (0 when no record ever crashed one). */
    public int replacedThreads() {
        return failures.replaced();
    }

    /**
     * Waits up to {@code timeout} for the application to reach ERROR (a fatal error, or stream threads
     * failing again and again); returns whether it did.
     */
    public boolean awaitError(Duration timeout) throws InterruptedException {
        return failed.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** The current state, for health checks and waiting. */
    public KafkaStreams.State state() {
        return streams.state();
    }

    /** Waits until the application is running, or fails after {@code timeout}. */
    public void awaitRunning(Duration timeout) throws InterruptedException {
        StreamsStates.awaitRunning(streams, timeout, "streams application");
    }

    @Override
    public void close() {
        streams.close(Duration.ofSeconds(30));
    }
}
