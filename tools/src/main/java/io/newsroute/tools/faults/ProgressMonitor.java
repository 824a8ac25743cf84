package io.newsroute.tools.faults;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Samples, a few times a second, the committed offsets of the pipeline's consumer groups (the streams
 * application on the raw topic, the router on the enriched topic) and the committed end (last stable
 * offset) of those input topics, and appends them to a file as {@code epochMillis group topic-partition
 * committed end}. {@link RecoveryReport} turns that and the fault times into recovery times. Runs until
 * SIGTERM; a failed sample (a broker is down) is skipped.
 */
@Command(
        name = "progress-monitor",
        mixinStandardHelpOptions = true,
        description = "Append the committed progress of consumer groups to a file until stopped.")
public final class ProgressMonitor implements Callable<Integer> {

    @Option(
            names = {"-b", "--bootstrap-servers"},
            required = true)
    String bootstrap;

    @Option(
            names = "--group",
            required = true,
            description = "GROUP=TOPIC, e.g. newsroute-router=news.articles.enriched (repeatable).")
    Map<String, String> groups;

    @Option(names = "--out", required = true)
    Path out;

    @Option(names = "--interval-ms", defaultValue = "250")
    long intervalMs;

    @Override
    public Integer call() throws IOException {
        AtomicBoolean running = new AtomicBoolean(true);
        Thread main = Thread.currentThread();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            running.set(false);
            try {
                main.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000);
        try (Admin admin = Admin.create(p);
                BufferedWriter w = Files.newBufferedWriter(
                        out, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            while (running.get()) {
                long now = System.currentTimeMillis();
                for (Map.Entry<String, String> g : groups.entrySet()) {
                    try {
                        sample(admin, g.getKey(), g.getValue(), now, w);
                    } catch (Exception e) {
                        w.write(now + " " + g.getKey() + " sample-failed "
                                + e.getClass().getSimpleName() + "\n");
                    }
                }
                w.flush();
                LockSupport.parkNanos(Duration.ofMillis(intervalMs).toNanos());
            }
        }
        return 0;
    }

    private static void sample(Admin admin, String group, String topic, long now, BufferedWriter w) throws Exception {
        List<TopicPartition> parts = admin
                .describeTopics(List.of(topic))
                .allTopicNames()
                .get(3, TimeUnit.SECONDS)
                .get(topic)
                .partitions()
                .stream()
                .map(i -> new TopicPartition(topic, i.partition()))
                .toList();
        Map<TopicPartition, OffsetSpec> spec = new HashMap<>();
        parts.forEach(tp -> spec.put(tp, OffsetSpec.latest()));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(
                        spec, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
                .all()
                .get(3, TimeUnit.SECONDS);
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata()
                .get(3, TimeUnit.SECONDS);
        StringBuilder b = new StringBuilder();
        for (TopicPartition tp : parts) {
            OffsetAndMetadata c = committed.get(tp);
            b.append(now)
                    .append(' ')
                    .append(group)
                    .append(' ')
                    .append(tp)
                    .append(' ')
                    .append(c == null ? 0 : c.offset())
                    .append(' ')
                    .append(ends.get(tp).offset())
                    .append('\n');
        }
        w.write(b.toString());
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new ProgressMonitor()).execute(args));
    }
}
