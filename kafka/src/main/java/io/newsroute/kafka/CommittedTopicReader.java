package io.newsroute.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;

/**
 * Reads topics from the beginning with a {@code read_committed} consumer (passed in, without a group) up to
 * their current last stable offsets, handing each record to a callback; later calls continue where the last
 * one stopped and pick up topics that appeared since. Assigns partitions itself (no group), so no rebalance
 * ever makes it read a record twice. Used by the run's arrival watcher, the fault-run checker and the integration tests.
 */
public final class CommittedTopicReader {

    private final org.apache.kafka.clients.consumer.Consumer<String, byte[]> consumer;
    private final Predicate<String> wanted;
    private final Set<TopicPartition> assigned = new HashSet<>();

    /**
     * @param consumer a consumer with {@code isolation.level=read_committed} and no group subscription
     * @param wanted   which topics to read (checked again on every call, so new topics are picked up)
     */
    public CommittedTopicReader(
            org.apache.kafka.clients.consumer.Consumer<String, byte[]> consumer, Predicate<String> wanted) {
        this.consumer = consumer;
        this.wanted = wanted;
    }

    /** Reads every wanted topic up to its current end (last stable offset); returns how many records it read. */
    public long readToEnd(Consumer<ConsumerRecord<String, byte[]>> sink, Duration timeout) {
        refreshAssignment();
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<TopicPartition, Long> ends = consumer.endOffsets(assigned);
        long n = 0;
        while (!atEnd(ends)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("could not read to the end of " + ends.keySet() + " within " + timeout);
            }
            for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                sink.accept(r);
                n++;
            }
        }
        return n;
    }

    private boolean atEnd(Map<TopicPartition, Long> ends) {
        for (Map.Entry<TopicPartition, Long> e : ends.entrySet()) {
            if (consumer.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    private void refreshAssignment() {
        List<TopicPartition> all = new ArrayList<>();
        for (Map.Entry<String, List<PartitionInfo>> t :
                consumer.listTopics(Duration.ofSeconds(30)).entrySet()) {
            if (wanted.test(t.getKey())) {
                t.getValue().forEach(p -> all.add(new TopicPartition(p.topic(), p.partition())));
            }
        }
        List<TopicPartition> added =
                all.stream().filter(tp -> !assigned.contains(tp)).toList();
        if (added.isEmpty()) {
            return;
        }
        assigned.addAll(added);
        consumer.assign(assigned);
        consumer.seekToBeginning(added);
    }
}
