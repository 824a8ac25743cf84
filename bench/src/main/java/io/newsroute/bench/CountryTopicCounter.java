package io.newsroute.bench;

import io.newsroute.common.time.Poll;
import io.newsroute.kafka.CommittedConsumers;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads the country topics of one run ({@code read_committed}, partitions assigned directly, from the
 * beginning, so no group rebalance delays it) on its own thread and counts what arrives: the number of
 * routed records and the bytes of their values, the first and last arrival time, and, for records that carry the
 * {@value #SENT_HEADER} header, the latency from the producer's send to arrival here.
 */
public final class CountryTopicCounter implements AutoCloseable {

    /** Header with the producer's {@link System#nanoTime()} at send, 8 bytes big-endian. */
    public static final String SENT_HEADER = "bench.sent.nanos";

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long count;
    private volatile long valueBytes;
    private volatile long firstArrivalNanos;
    private volatile long lastArrivalNanos;
    private volatile long firstArrivalCpuNanos;
    private volatile long lastArrivalCpuNanos;
    private volatile long checkpointRecords = Long.MAX_VALUE;
    private volatile long checkpointCount;
    private volatile long checkpointNanos;
    private volatile long checkpointCpuNanos;
    private volatile long latencyFromNanos = Long.MAX_VALUE;
    private final List<Double> latenciesMs = new ArrayList<>();
    private volatile RuntimeException failure;

    public CountryTopicCounter(Properties clientProperties, Collection<String> topics) {
        Properties p = CommittedConsumers.fromStart(clientProperties);
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        this.consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        for (String topic : topics) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(30));
            // a topic created a moment ago may not be in the metadata yet
            while (infos.isEmpty() && System.nanoTime() < deadline) {
                LockSupport.parkNanos(50_000_000L);
                infos = consumer.partitionsFor(topic, Duration.ofSeconds(30));
            }
            if (infos.isEmpty()) {
                consumer.close();
                throw new IllegalStateException("no partitions for " + topic);
            }
            for (PartitionInfo info : infos) {
                partitions.add(new TopicPartition(topic, info.partition()));
            }
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        this.thread = new Thread(this::loop, "bench-country-counter");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void loop() {
        try {
            while (running) {
                var records = consumer.poll(Duration.ofMillis(100));
                if (records.isEmpty()) {
                    continue;
                }
                long now = System.nanoTime();
                long bytes = 0;
                for (ConsumerRecord<byte[], byte[]> r : records) {
                    bytes += Math.max(0, r.serializedValueSize());
                    Header sent = r.headers().lastHeader(SENT_HEADER);
                    if (sent != null) {
                        long sentNanos = ByteBuffer.wrap(sent.value()).getLong();
                        if (sentNanos >= latencyFromNanos) {
                            synchronized (latenciesMs) {
                                latenciesMs.add((now - sentNanos) / 1e6);
                            }
                        }
                    }
                }
                long cpu = CpuTime.processCpuNanos();
                if (firstArrivalNanos == 0) {
                    firstArrivalNanos = now;
                    firstArrivalCpuNanos = cpu;
                }
                lastArrivalNanos = now;
                lastArrivalCpuNanos = cpu;
                valueBytes += bytes;
                count += records.count();
                if (checkpointNanos == 0 && count >= checkpointRecords) {
                    checkpointCount = count;
                    checkpointCpuNanos = cpu;
                    checkpointNanos = now;
                }
            }
        } catch (WakeupException e) {
            if (running) {
                failure = e;
            }
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    /**
     * Records the time, CPU and count when at least {@code records} have arrived: the start of the
     * steady window, measured at the same stage as its end so the pipeline's fill time drops out.
     */
    public void checkpointAt(long records) {
        checkpointRecords = records;
    }

    public long checkpointCount() {
        return checkpointCount;
    }

    public long checkpointNanos() {
        return checkpointNanos;
    }

    public long checkpointCpuNanos() {
        return checkpointCpuNanos;
    }

    /** Only records sent at or after this {@link System#nanoTime()} become latency samples (warm-up excluded). */
    public void measureLatencyFrom(long nanos) {
        latencyFromNanos = nanos;
    }

    /** Waits until {@code expected} records have arrived; false on timeout. */
    public boolean awaitCount(long expected, Duration timeout) throws InterruptedException {
        return Poll.until(timeout, Duration.ofMillis(5), () -> {
            if (failure != null) {
                throw new IllegalStateException("country topic reader failed", failure);
            }
            return count >= expected;
        });
    }

    public long count() {
        return count;
    }

    /** The bytes of the values of the routed records seen so far (the records as a subscriber gets them). */
    public long valueBytes() {
        return valueBytes;
    }

    public long firstArrivalNanos() {
        return firstArrivalNanos;
    }

    public long lastArrivalNanos() {
        return lastArrivalNanos;
    }

    /** Process CPU time at the first arrival. */
    public long firstArrivalCpuNanos() {
        return firstArrivalCpuNanos;
    }

    /** Process CPU time at the last arrival so far. */
    public long lastArrivalCpuNanos() {
        return lastArrivalCpuNanos;
    }

    /** A copy of the latency samples so far, in milliseconds. */
    public List<Double> latenciesMs() {
        synchronized (latenciesMs) {
            return new ArrayList<>(latenciesMs);
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        thread.join(10_000);
    }
}
