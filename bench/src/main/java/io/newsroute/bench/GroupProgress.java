package io.newsroute.bench;

import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Prints, every interval, how many records a consumer group (a Kafka Streams application id) has
 * committed on one topic, and the rate over that interval: how fast a service works through a
 * backlog, from its first second. Reads only committed offsets (with exactly-once, what the
 * application has finished), through the Admin API. Used by {@code bench/cold-start.sh}.
 *
 * <p>Usage: {@code GroupProgress BOOTSTRAP GROUP TOPIC INTERVAL_S DURATION_S}; one line per interval:
 * {@code t_s=10 committed=12345 aps=1234.5}.
 */
public final class GroupProgress {

    private GroupProgress() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: GroupProgress BOOTSTRAP GROUP TOPIC INTERVAL_S DURATION_S");
            System.exit(2);
        }
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]);
        long intervalNanos = TimeUnit.SECONDS.toNanos(Long.parseLong(args[3]));
        long durationNanos = TimeUnit.SECONDS.toNanos(Long.parseLong(args[4]));
        try (Admin admin = Admin.create(p)) {
            long start = System.nanoTime();
            long previous = committed(admin, args[1], args[2]);
            for (long next = start + intervalNanos; next - start <= durationNanos; next += intervalNanos) {
                TimeUnit.NANOSECONDS.sleep(Math.max(0, next - System.nanoTime()));
                long now = committed(admin, args[1], args[2]);
                double aps = (now - previous) / (intervalNanos / 1e9);
                System.out.printf(
                        Locale.ROOT,
                        "t_s=%d committed=%d aps=%.1f%n",
                        TimeUnit.NANOSECONDS.toSeconds(next - start),
                        now,
                        aps);
                previous = now;
            }
        }
    }

    /** The sum of the group's committed offsets on the topic's partitions (0 before its first commit). */
    static long committed(Admin admin, String group, String topic) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata()
                .get(30, TimeUnit.SECONDS);
        long sum = 0;
        for (Map.Entry<TopicPartition, OffsetAndMetadata> e : offsets.entrySet()) {
            if (e.getKey().topic().equals(topic) && e.getValue() != null) {
                sum += e.getValue().offset();
            }
        }
        return sum;
    }
}
