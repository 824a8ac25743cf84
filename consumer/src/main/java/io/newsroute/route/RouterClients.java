package io.newsroute.route;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.newsroute.common.config.NewsrouteConfig;
import io.newsroute.kafka.CommittedConsumers;
import io.newsroute.kafka.TopicCreator;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Builds a {@link CountryRouter} with real Kafka clients from the configuration. */
public final class RouterClients {

    /** Optional: a stable id of this router instance (unique among running instances), e.g. {@code 1}. */
    public static final String INSTANCE_ID = "router.instance.id";

    private RouterClients() {}

    public static Properties consumerProperties(NewsrouteConfig config) {
        Properties p = CommittedConsumers.fromStart(new Properties());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, config.require(NewsrouteConfig.ROUTER_GROUP_ID));
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        p.putAll(config.clientProperties("consumer"));
        return p;
    }

    public static Properties producerProperties(NewsrouteConfig config) {
        Properties p = new Properties();
        // a suffix per instance: two routers must not fence each other; the consumer group metadata passed
        // to sendOffsetsToTransaction fences zombies (KIP-447). A stable router.instance.id lets a restarted
        // instance abort its killed predecessor's open transaction at once (initTransactions) instead of
        // read_committed readers waiting for transaction.timeout.ms; without one, a random suffix.
        String instance = config.get(INSTANCE_ID);
        p.put(
                ProducerConfig.TRANSACTIONAL_ID_CONFIG,
                config.require(NewsrouteConfig.ROUTER_TRANSACTIONAL_ID) + "-"
                        + (instance == null || instance.isBlank() ? UUID.randomUUID() : instance));
        // an open transaction of a dead instance that is not restarted blocks readers for this long (default 60 s)
        p.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, 10_000);
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        p.putAll(config.clientProperties("producer"));
        return p;
    }

    /** A router with its own consumer, transactional producer and admin client. */
    public static CountryRouter create(NewsrouteConfig config, Admin admin) {
        var consumer =
                new KafkaConsumer<>(consumerProperties(config), new StringDeserializer(), new ByteArrayDeserializer());
        // the router's lag and fetch metrics (kafka_consumer_fetch_manager_records_lag_max, ...) on /metrics
        new KafkaClientMetrics(consumer).bindTo(Metrics.globalRegistry);
        var producer =
                new KafkaProducer<>(producerProperties(config), new StringSerializer(), new ByteArraySerializer());
        var creator = TopicCreator.fromConfig(admin, config);
        return new CountryRouter(consumer, producer, creator, config.topics(), Duration.ofMillis(200));
    }
}
