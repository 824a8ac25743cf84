package io.newsroute.tools.faults;

import io.newsroute.common.config.NewsrouteConfig;
import io.newsroute.common.config.Topics;
import io.newsroute.common.model.Article;
import io.newsroute.common.model.CountryTag;
import io.newsroute.common.time.Poll;
import io.newsroute.enrich.ArticleValidator;
import io.newsroute.extract.ArticleFiles;
import io.newsroute.extract.LoadResult;
import io.newsroute.kafka.ArrivalLog;
import io.newsroute.kafka.CommittedConsumers;
import io.newsroute.kafka.CommittedTopicReader;
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
import org.apache.kafka.clients.consumer.KafkaConsumer;
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

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(60);

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
    private ArrivalLog log;
    private long foreignRecords;

    @Override
    public Integer call() throws InterruptedException {
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
        Tally t = readUntilSettled(config, topics, ids, Duration.ofSeconds(timeoutSeconds));
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
     * enriched and routed, then once more after {@link #settleSeconds}; or until {@code timeout}.
     */
    private Tally readUntilSettled(NewsrouteConfig config, Topics topics, Set<String> ids, Duration timeout)
            throws InterruptedException {
        Properties p = config.clientProperties("consumer");
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 4 * 1024 * 1024);
        log = new ArrivalLog(topics);
        try (KafkaConsumer<String, byte[]> consumer = CommittedConsumers.create(p)) {
            CommittedTopicReader reader = new CommittedTopicReader(consumer, t -> ArrivalLog.counts(topics, t));
            boolean caughtUp = Poll.until(timeout, Duration.ofSeconds(1), () -> {
                reader.readToEnd(log::accept, READ_TIMEOUT);
                Tally t = tally(ids);
                return t.lost() == 0 && t.notEnriched() == 0;
            });
            if (caughtUp) {
                LockSupport.parkNanos(Duration.ofSeconds(settleSeconds).toNanos());
                reader.readToEnd(log::accept, READ_TIMEOUT);
            }
        }
        return tally(ids);
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
            if (log.deadLetters().containsKey(id)) {
                goodInDlq++;
            }
            Set<String> targets = expectedTopics.get(id);
            int enrichedCopies = log.enrichedCopies(id);
            if (enrichedCopies == 0) {
                notEnriched++;
                continue;
            }
            enriched++;
            enrichedDup += enrichedCopies - 1;
            for (String topic : targets) {
                expectedKeys.add(topic + "/" + id);
                expected++;
                int n = log.copies(topic, id);
                found += n;
                if (n == 0) {
                    lost++;
                } else {
                    duplicated += n - 1;
                }
            }
        }
        foreignRecords = 0;
        for (Map.Entry<String, Set<String>> e : log.keysByCountryTopic().entrySet()) {
            for (String key : e.getValue()) {
                if (!expectedKeys.contains(e.getKey() + "/" + key)) {
                    int n = log.copies(e.getKey(), key);
                    foreignRecords += n;
                    found += n;
                }
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
