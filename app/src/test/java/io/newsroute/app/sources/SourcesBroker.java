package io.newsroute.app.sources;

import io.newsroute.app.TestBroker;
import io.newsroute.common.config.NewsrouteConfig;
import io.newsroute.common.model.Article;
import io.newsroute.kafka.JsonSerde;
import io.newsroute.kafka.TopicCreator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * One real embedded Kafka broker shared by the source integration tests of a JVM (that of
 * {@link io.newsroute.app.TestBroker}), configs with topics of their own, and a reader of the raw topic.
 */
final class SourcesBroker {

    private SourcesBroker() {}

    /** A configuration on the shared broker with pipeline topics of its own, created. */
    static NewsrouteConfig isolatedConfig() {
        NewsrouteConfig config = TestBroker.isolatedConfig("s");
        TopicCreator.ensurePipelineTopics(config);
        return config;
    }

    /** Every record of the raw topic: reads from the beginning up to the end offsets taken now. */
    static List<ConsumerRecord<String, Article>> rawRecords(NewsrouteConfig config, Duration timeout) {
        Properties p = new Properties();
        p.putAll(config.clientProperties("consumer"));
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, Article> consumer = new KafkaConsumer<>(
                p, new StringDeserializer(), JsonSerde.of(Article.class).deserializer())) {
            String topic = config.topics().raw();
            List<TopicPartition> partitions = consumer.partitionsFor(topic, timeout).stream()
                    .map(i -> new TopicPartition(topic, i.partition()))
                    .toList();
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
