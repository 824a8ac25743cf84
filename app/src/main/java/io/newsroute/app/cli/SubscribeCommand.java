package io.newsroute.app.cli;

import io.newsroute.common.config.NewsrouteConfig;
import io.newsroute.common.config.Topics;
import io.newsroute.common.model.EnrichedArticle;
import io.newsroute.common.serde.EnrichedRecords;
import io.newsroute.kafka.CommittedConsumers;
import io.newsroute.kafka.JsonSerde;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsroute subscribe}: prints the articles arriving on the chosen country topics (read_committed),
 * readable by default or as JSON lines (record v2, or with {@code --expand-mentions} the v1 layout with
 * each mention's text), optionally only those with a theme (or a descendant of it) or in a language.
 * Reads records of version 1 and 2 alike.
 * An article routed to several of the chosen countries is printed once.
 */
@Command(
        name = "subscribe",
        mixinStandardHelpOptions = true,
        description =
                "Print articles arriving on country topics, e.g. subscribe --country JP --country LA --from-beginning.")
public final class SubscribeCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions options;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(
            names = {"-c", "--country"},
            required = true,
            paramLabel = "CODE",
            description = "ISO 3166-1 alpha-2 country code (repeatable).")
    List<String> countries = new ArrayList<>();

    @Option(
            names = {"-t", "--theme"},
            paramLabel = "CODE_OR_LABEL",
            description =
                    "Only articles with this IPTC Media Topic or one below it, by code (medtop:11000000) or label (repeatable: any).")
    List<String> themes = new ArrayList<>();

    @Option(
            names = {"-l", "--language"},
            paramLabel = "CODE",
            description =
                    "Only articles in this language, by ISO 639-1 code as the record's language field has it (fr, de, ja; repeatable: any).")
    List<String> languages = new ArrayList<>();

    @Option(names = "--from-beginning", description = "Start at the oldest article instead of new ones only.")
    boolean fromBeginning;

    @Option(
            names = "--json",
            description = "Print each article as one JSON line (record v2: mentions once, referred to by index).")
    boolean json;

    @Option(
            names = "--expand-mentions",
            description =
                    "With --json: print the v1 layout instead, every country mention and theme evidence inline with its text.")
    boolean expandMentions;

    @Option(
            names = "--group",
            description = "Consumer group, to share the work or resume (default: a new one each time).")
    String group;

    @Option(names = "--max-messages", description = "Stop after this many articles (default: run until Ctrl-C).")
    Integer maxMessages;

    @Option(
            names = "--timeout",
            paramLabel = "SECONDS",
            description = "Stop after this many seconds (default: run until Ctrl-C).")
    Integer timeoutSeconds;

    @Override
    public Integer call() throws Exception {
        NewsrouteConfig config = options.load();
        List<String> names = countryTopics(config.topics());
        ThemeFilter filter = ThemeFilter.of(themes, config);
        LanguageFilter language = LanguageFilter.of(languages);
        Properties p = consumerProperties(config);
        JsonSerde<EnrichedArticle> serde = JsonSerde.of(EnrichedArticle.class);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        long deadline = timeoutSeconds == null
                ? Long.MAX_VALUE
                : System.nanoTime() + Duration.ofSeconds(timeoutSeconds).toNanos();
        try (KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            Shutdown shutdown = new Shutdown(consumer::wakeup);
            consumer.subscribe(names);
            if (!json) {
                out.println("Subscribed to " + String.join(", ", names) + " on " + config.bootstrapServers()
                        + " (Ctrl-C to stop)");
            }
            Set<String> printed = new HashSet<>();
            int count = 0;
            try {
                while (System.nanoTime() < deadline && (maxMessages == null || count < maxMessages)) {
                    for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                        EnrichedArticle a;
                        try {
                            a = serde.deserialize(r.topic(), r.value());
                        } catch (SerializationException e) {
                            System.err.println(
                                    "skipping unreadable record " + r.topic() + "-" + r.partition() + "@" + r.offset());
                            continue;
                        }
                        if (a == null || !filter.accepts(a) || !language.accepts(a) || !printed.add(a.id())) {
                            continue;
                        }
                        out.println(
                                json
                                        ? (expandMentions ? EnrichedRecords.expandedJson(a) : serde.toJson(a))
                                        : "[" + r.topic() + "] "
                                                + Display.article(a, "").stripTrailing());
                        count++;
                        if (maxMessages != null && count >= maxMessages) {
                            break;
                        }
                    }
                }
            } catch (WakeupException e) {
                // Ctrl-C: leave the loop and close the consumer
                return 0;
            } finally {
                shutdown.release();
            }
        }
        return 0;
    }

    /** The country topics asked for, one per {@code --country} code. */
    private List<String> countryTopics(Topics topics) {
        List<String> names = new ArrayList<>();
        for (String c : countries) {
            String code = c.trim().toUpperCase(Locale.ROOT);
            names.add(topics.countryTopic(code)
                    .orElseThrow(() -> new CommandLine.ParameterException(
                            spec.commandLine(), "'" + c + "' is not an ISO 3166-1 alpha-2 country code")));
        }
        return names;
    }

    /** The consumer's settings: its group, read_committed, where a new group starts. */
    private Properties consumerProperties(NewsrouteConfig config) {
        Properties p = CommittedConsumers.readCommitted(config.clientProperties("consumer"));
        p.put(ConsumerConfig.GROUP_ID_CONFIG, group == null ? "newsroute-subscribe-" + UUID.randomUUID() : group);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, fromBeginning ? "earliest" : "latest");
        p.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, 2000);
        return p;
    }
}
