package io.newsroute.kafka;

import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The one set-up of a consumer that reads what the pipeline wrote: {@code read_committed} (only
 * records of committed transactions, as the router and enrich write them), and for a reader that owns
 * its position, from the earliest offset with no automatic offset commits. Every reader of the enriched, dead-letter or country topics
 * (router, {@code subscribe}, the web view, the run's watcher, the fault checks, the benchmarks)
 * starts from these properties. Creates consumers; reads nothing itself.
 */
public final class CommittedConsumers {

    private CommittedConsumers() {}

    /**
     * A copy of {@code clientProperties} that reads only committed records; the rest as given (a
     * group reader such as {@code subscribe} keeps its own offset reset and commits).
     */
    public static Properties readCommitted(Properties clientProperties) {
        Properties p = new Properties();
        p.putAll(clientProperties);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return p;
    }

    /**
     * {@link #readCommitted} for a reader that owns its position: from the earliest offset, and no
     * offsets committed automatically (partitions assigned, or a transactional reader that commits in
     * its transactions).
     */
    public static Properties fromStart(Properties clientProperties) {
        Properties p = readCommitted(clientProperties);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return p;
    }

    /** A read-committed consumer of string keys and raw values, for a {@link CommittedTopicReader} or a group. */
    public static KafkaConsumer<String, byte[]> create(Properties clientProperties) {
        return new KafkaConsumer<>(fromStart(clientProperties), new StringDeserializer(), new ByteArrayDeserializer());
    }
}
