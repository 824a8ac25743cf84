package io.newsroute.app.faults;

import io.newsroute.app.broker.EmbeddedKafkaBroker;
import io.newsroute.common.config.NewsrouteConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/** One real embedded Kafka broker shared by the fault and hostile-input tests of a JVM, and configs pointing at it. */
final class FaultsTestBroker {

    private static EmbeddedKafkaBroker broker;

    private FaultsTestBroker() {
    }

    static synchronized EmbeddedKafkaBroker get() {
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
    static NewsrouteConfig isolatedConfig() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        return NewsrouteConfig.defaults().with(Map.of(
                NewsrouteConfig.BOOTSTRAP_SERVERS, get().bootstrapServers(),
                NewsrouteConfig.TOPIC_RAW, "h" + run + ".raw",
                NewsrouteConfig.TOPIC_ENRICHED, "h" + run + ".enriched",
                NewsrouteConfig.TOPIC_DLQ, "h" + run + ".dlq",
                NewsrouteConfig.TOPIC_COUNTRY_PREFIX, "h" + run + ".country.",
                NewsrouteConfig.TOPIC_PARTITIONS, "2",
                NewsrouteConfig.STREAMS_APPLICATION_ID, "it-hostile-" + run,
                NewsrouteConfig.ROUTER_GROUP_ID, "it-hostile-router-" + run,
                "streams.state.dir", System.getProperty("java.io.tmpdir") + "/newsroute-it-" + run));
    }
}
