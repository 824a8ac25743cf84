package io.newsroute.tools.faults;

import io.newsroute.common.config.NewsrouteConfig;
import io.newsroute.common.config.Topics;
import io.newsroute.common.model.Article;
import io.newsroute.common.model.CountryTag;
import io.newsroute.enrich.ArticleValidator;
import io.newsroute.extract.ArticleFiles;
import io.newsroute.extract.LoadResult;
import io.newsroute.tagger.ArticleEnricher;
import io.newsroute.tagger.Taggers;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The fault run's checker: loads the articles that were published (the same files, read the same way as
 * {@code newsroute produce}, so the ids match), then reads the enriched topic, the dead-letter topic and
 * every country topic with {@code read_committed}. Expected: each article in each country topic the tagger,
 * run here offline on the same inputs, tags it with, exactly once; no published article in the
 * dead-letter topic. Waits up to {@code --timeout} for the pipeline to catch up, then prints the expected
 * and found counts and one summary line {@code articles=N routed=M lost=L duplicated=D good_in_dlq=G};
 * exits 1 on any difference.
 */
@Command(
        name = "exactly-once-check",
        mixinStandardHelpOptions = true,
        description =
                "Check that every published article reached each tagged country topic exactly once (read_committed).")
public final class ExactlyOnceCheck implements Callable<Integer> {

    @Option(
            names = {"-b", "--bootstrap-servers"},
            required = true)
    String bootstrap;

    @Option(names = "--articles", required = true, arity = "1..*", description = "The files that were published.")
    List<Path> files;

    @Option(names = "--timeout", defaultValue = "180", description = "Seconds to wait for the pipeline to catch up.")
    int timeoutSeconds;

    @Option(
            names = "--settle",
            defaultValue = "15",
            description =
                    "Seconds to keep reading after everything arrived, to catch late "
                            + "duplicates (longer than the router's 10 s transaction timeout, so a zombie's late commit is seen).")
    int settleSeconds;

    private final Map<String, Set<String>> expectedTopics = new HashMap<>();
    private final Map<String, Integer> enrichedCopies = new HashMap<>();
    private final Map<String, Integer> copies = new HashMap<>();
    private final Set<String> deadLettered = new HashSet<>();
    private long foreignRecords;

    @Override
    public Integer call() {
        LoadResult loaded = new ArticleFiles(Clock.systemUTC()).load(files);
        Set<String> ids = new HashSet<>();
        for (Article a : loaded.articles()) {
            ids.add(a.id());
        }
        System.out.printf(
                "loaded %d articles (%d distinct ids, %d unreadable) from %s%n",
                loaded.articles().size(), ids.size(), loaded.failures().size(), files);
        NewsrouteConfig config = NewsrouteConfig.defaults().with(NewsrouteConfig.BOOTSTRAP_SERVERS, bootstrap);
        Topics topics = config.topics();
        expectOffline(loaded.articles(), config, topics);
        long start = System.nanoTime();
        Tally t = readUntilSettled(
                config, topics, ids, start + Duration.ofSeconds(timeoutSeconds).toNanos());
        long waited = Duration.ofNanos(System.nanoTime() - start).toSeconds();
        System.out.printf(
                "expected copies in country topics: %d (from %d enriched articles), found: %d; waited %d s%n",
                t.expected(), t.enriched(), t.found(), waited);
        System.out.printf(
                "articles not enriched: %d, enriched more than once: %d, missing copies: %d, extra copies: %d, "
                        + "copies of unknown or untagged articles: %d, published articles in the DLQ: %d%n",
                t.notEnriched(), t.enrichedDuplicates(), t.lost(), t.duplicated(), foreignRecords, t.goodInDlq());
        long lost = t.lost() + t.notEnriched();
        long duplicated = t.duplicated() + t.enrichedDuplicates() + foreignRecords;
        System.out.printf(
                "articles=%d routed=%d lost=%d duplicated=%d good_in_dlq=%d%n",
                ids.size(), t.found(), lost, duplicated, t.goodInDlq());
        return lost == 0
                        && duplicated == 0
                        && t.goodInDlq() == 0
                        && loaded.failures().isEmpty()
                ? 0
                : 1;
    }

    /**
     * Reads the enriched, dead-letter and country topics (read_committed) until every article is
     * enriched and routed, then once more after {@link #settleSeconds}; or until {@code deadline}.
     */
    private Tally readUntilSettled(NewsrouteConfig config, Topics topics, Set<String> ids, long deadline) {
        Properties p = config.clientProperties("consumer");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 4 * 1024 * 1024);
        Tally t;
        try (KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            CommittedTopicReader reader = new CommittedTopicReader(
                    consumer,
                    name -> name.equals(topics.enriched())
                            || name.equals(topics.dlq())
                            || topics.countryOf(name).isPresent());
            while (true) {
                reader.readToEnd(r -> accept(r, topics), Duration.ofSeconds(60));
                t = tally(ids);
                if (t.lost() == 0 && t.notEnriched() == 0) {
                    LockSupport.parkNanos(Duration.ofSeconds(settleSeconds).toNanos());
                    reader.readToEnd(r -> accept(r, topics), Duration.ofSeconds(60));
                    t = tally(ids);
                    break;
                }
                if (System.nanoTime() > deadline) {
                    break;
                }
                LockSupport.parkNanos(Duration.ofSeconds(1).toNanos());
            }
        }
        return t;
    }

    private void accept(ConsumerRecord<String, byte[]> r, Topics topics) {
        String key = r.key();
        if (r.topic().equals(topics.dlq())) {
            deadLettered.add(key);
        } else if (r.topic().equals(topics.enriched())) {
            enrichedCopies.merge(key, 1, Integer::sum);
        } else {
            copies.merge(r.topic() + "\u0000" + key, 1, Integer::sum);
        }
    }

    /**
     * The country topics each article belongs in, from the tagger run here on the inputs (validated as
     * enrich validates them), not from the pipeline's own output, so a pipeline that tags wrongly or
     * drops a country cannot also set what it is checked against.
     */
    private void expectOffline(List<Article> articles, NewsrouteConfig config, Topics topics) {
        ArticleEnricher tagger = Taggers.fromConfig(config);
        ArticleValidator validator = new ArticleValidator(config.getInt(NewsrouteConfig.ARTICLE_MAX_BYTES));
        for (Article a : articles) {
            Set<String> targets = new HashSet<>();
            for (CountryTag c : tagger.enrich(validator.validate(a, a.id())).countries()) {
                topics.countryTopic(c.code()).ifPresent(targets::add);
            }
            expectedTopics.put(a.id(), targets);
        }
    }

    private Tally tally(Set<String> ids) {
        long expected = 0;
        long found = 0;
        long lost = 0;
        long duplicated = 0;
        long notEnriched = 0;
        long enrichedDup = 0;
        long goodInDlq = 0;
        long enriched = 0;
        Set<String> expectedKeys = new HashSet<>();
        for (String id : ids) {
            if (deadLettered.contains(id)) {
                goodInDlq++;
            }
            Set<String> targets = expectedTopics.get(id);
            if (!enrichedCopies.containsKey(id)) {
                notEnriched++;
                continue;
            }
            enriched++;
            enrichedDup += enrichedCopies.get(id) - 1;
            for (String topic : targets) {
                String k = topic + "\u0000" + id;
                expectedKeys.add(k);
                expected++;
                int n = copies.getOrDefault(k, 0);
                found += n;
                if (n == 0) {
                    lost++;
                } else {
                    duplicated += n - 1;
                }
            }
        }
        foreignRecords = 0;
        for (Map.Entry<String, Integer> e : copies.entrySet()) {
            if (!expectedKeys.contains(e.getKey())) {
                foreignRecords += e.getValue();
                found += e.getValue();
            }
        }
        return new Tally(expected, found, lost, duplicated, notEnriched, enrichedDup, goodInDlq, enriched);
    }

    private record Tally(
            long expected,
            long found,
            long lost,
            long duplicated,
            long notEnriched,
            long enrichedDuplicates,
            long goodInDlq,
            long enriched) {}

    public static void main(String[] args) {
        System.exit(new CommandLine(new ExactlyOnceCheck()).execute(args));
    }
}
