package io.newsroute.app.sources;

import io.newsroute.app.broker.EmbeddedKafkaBroker;
import io.newsroute.common.config.NewsrouteConfig;
import io.newsroute.common.kafka.TopicCreator;
import io.newsroute.common.model.Article;
import io.newsroute.common.serde.JsonSerde;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

/**
 * One real embedded Kafka broker shared by the source integration tests of a JVM (the pattern of
 * {@code io.newsroute.app.TestBroker}), configs with topics of their own, and a reader of the raw topic.
 */
final class SourcesBroker {

    private static EmbeddedKafkaBroker broker;

    private SourcesBroker() {
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

    /** A configuration on the shared broker with pipeline topics of its own, created. */
    static NewsrouteConfig isolatedConfig() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        NewsrouteConfig config = NewsrouteConfig.defaults().with(Map.of(
                NewsrouteConfig.BOOTSTRAP_SERVERS, get().bootstrapServers(),
                NewsrouteConfig.TOPIC_RAW, "s" + run + ".raw",
                NewsrouteConfig.TOPIC_ENRICHED, "s" + run + ".enriched",
                NewsrouteConfig.TOPIC_DLQ, "s" + run + ".dlq",
                NewsrouteConfig.TOPIC_COUNTRY_PREFIX, "s" + run + ".country.",
                NewsrouteConfig.TOPIC_PARTITIONS, "2"));
        try (Admin admin = Admin.create(config.clientProperties("admin"))) {
            TopicCreator.fromConfig(admin, config).ensurePipelineTopics(config.topics());
        }
        return config;
    }

    /** Every record of the raw topic: reads from the beginning up to the end offsets taken now. */
    static List<ConsumerRecord<String, Article>> rawRecords(NewsrouteConfig config, Duration timeout) {
        Properties p = new Properties();
        p.putAll(config.clientProperties("consumer"));
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, Article> consumer = new KafkaConsumer<>(p, new StringDeserializer(),
                JsonSerde.of(Article.class).deserializer())) {
            String topic = config.topics().raw();
            List<TopicPartition> partitions = consumer.partitionsFor(topic, timeout).stream()
                    .map(i -> new TopicPartition(topic, i.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            List<ConsumerRecord<String, Article>> out = new ArrayList<>();
            long deadline = System.nanoTime() + timeout.toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("raw topic not read to its end within " + timeout);
                }
                consumer.poll(Duration.ofMillis(200)).forEach(out::add);
            }
            return out;
        }
    }
}
