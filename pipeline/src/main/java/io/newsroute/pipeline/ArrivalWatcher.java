package io.newsroute.pipeline;

import io.newsroute.common.config.NewsrouteConfig;
import io.newsroute.common.config.Topics;
import io.newsroute.common.model.EnrichedArticle;
import io.newsroute.common.time.Poll;
import io.newsroute.kafka.ArrivalLog;
import io.newsroute.kafka.CommittedConsumers;
import io.newsroute.kafka.CommittedTopicReader;
import io.newsroute.kafka.DeadLetterHeaders;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.Consumer;

/**
 * Reads the enriched topic, the dead-letter topic and every country topic (read_committed, partitions
 * assigned, so no group rebalance delays it) until each of the given articles has reached every
 * country topic it was tagged with, or was dead-lettered. Remembers what arrived where (an
 * {@link ArrivalLog}), for the run summary and the tests.
 */
public final class ArrivalWatcher implements AutoCloseable {

    private static final Duration PACE = Duration.ofMillis(100);

    private final Consumer<String, byte[]> consumer;
    private final CommittedTopicReader reader;
    private final ArrivalLog log;

    /** @param consumer a read_committed consumer without a group (see {@link CommittedConsumers}) */
    public ArrivalWatcher(Consumer<String, byte[]> consumer, Topics topics) {
        this.consumer = consumer;
        this.reader = new CommittedTopicReader(consumer, t -> ArrivalLog.counts(topics, t));
        this.log = new ArrivalLog(topics);
    }

    /** A watcher with its own consumer from the configuration. */
    public static ArrivalWatcher create(NewsrouteConfig config) {
        return new ArrivalWatcher(CommittedConsumers.create(config.clientProperties("consumer")), config.topics());
    }

    /**
     * Reads until every id has arrived everywhere it was tagged for (or was dead-lettered).
     *
     * @throws TimeoutException naming the articles still missing
     */
    public void awaitArrival(Collection<String> ids, Duration timeout) throws TimeoutException, InterruptedException {
        boolean arrived = Poll.until(timeout, PACE, () -> {
            reader.readToEnd(log::accept, timeout);
            return log.missing(ids).isEmpty();
        });
        if (!arrived) {
            throw new TimeoutException("after " + timeout.toSeconds() + " s these articles had not reached all "
                    + "their country topics: " + log.missing(ids));
        }
    }

    /** The ids not yet fully arrived. */
    public Set<String> missing(Collection<String> ids) {
        return log.missing(ids);
    }

    /** Country topic → the articles that arrived in it, by id, in arrival order. */
    public Map<String, Map<String, EnrichedArticle>> byCountryTopic() {
        Map<String, Map<String, EnrichedArticle>> out = new TreeMap<>();
        log.keysByCountryTopic().forEach((topic, keys) -> {
            Map<String, EnrichedArticle> articles = new LinkedHashMap<>();
            for (String k : keys) {
                EnrichedArticle a = log.enriched(k);
                if (a != null) {
                    articles.put(k, a);
                }
            }
            out.put(topic, articles);
        });
        return out;
    }

    /** How many copies of an article arrived in a topic (1 when exactly once). */
    public int copies(String topic, String id) {
        return log.copies(topic, id);
    }

    /** Every copy read from the country topics, duplicates included (each distinct topic, partition and offset once). */
    public int totalCopies() {
        return log.totalCopies();
    }

    /** The enriched article of an id, or {@code null}. */
    public EnrichedArticle enriched(String id) {
        return log.enriched(id);
    }

    /** Dead-lettered record keys and the reason of the last dead letter of each. */
    public Map<String, String> deadLetters() {
        Map<String, String> out = new LinkedHashMap<>();
        log.deadLetters()
                .forEach((key, letters) ->
                        out.put(key, letters.get(letters.size() - 1).get(DeadLetterHeaders.REASON)));
        return out;
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
