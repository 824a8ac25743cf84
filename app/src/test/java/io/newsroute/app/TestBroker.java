package io.newsroute.app;

import io.newsroute.common.config.NewsrouteConfig;
import io.newsroute.pipeline.EmbeddedKafkaBroker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/** One real embedded Kafka broker shared by all the integration tests of a JVM, and configs pointing at it. */
public final class TestBroker {

    private static EmbeddedKafkaBroker broker;

    private TestBroker() {}

    public static synchronized EmbeddedKafkaBroker get() {
        if (broker == null) {
            try {
                broker = EmbeddedKafkaBroker.create(null, 0, Map.of()).start(Duration.ofSeconds(60));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(broker::close));
        }
        return broker;
    }

    /** A configuration on the shared broker with topics, group and application ids of its own. */
    public static NewsrouteConfig isolatedConfig() {
        return isolatedConfig("t");
    }

    /** The same, with topic names starting with {@code prefix} (to tell the suites' topics apart). */
    public static NewsrouteConfig isolatedConfig(String prefix) {
        String run = prefix + UUID.randomUUID().toString().substring(0, 8);
        return NewsrouteConfig.defaults()
                .with(Map.of(
                        NewsrouteConfig.BOOTSTRAP_SERVERS,
                        get().bootstrapServers(),
                        NewsrouteConfig.TOPIC_RAW,
                        run + ".raw",
                        NewsrouteConfig.TOPIC_ENRICHED,
                        run + ".enriched",
                        NewsrouteConfig.TOPIC_DLQ,
                        run + ".dlq",
                        NewsrouteConfig.TOPIC_COUNTRY_PREFIX,
                        run + ".country.",
                        NewsrouteConfig.TOPIC_PARTITIONS,
                        "2",
                        NewsrouteConfig.STREAMS_APPLICATION_ID,
                        "it-enrich-" + run,
                        NewsrouteConfig.ROUTER_GROUP_ID,
                        "it-router-" + run,
                        "streams.state.dir",
                        System.getProperty("java.io.tmpdir") + "/newsroute-it-" + run));
    }
}
