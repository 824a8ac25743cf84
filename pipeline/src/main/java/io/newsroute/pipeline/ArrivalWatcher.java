package io.newsroute.pipeline;

import io.newsroute.common.config.NewsrouteConfig;
import io.newsroute.common.config.Topics;
import io.newsroute.common.model.CountryTag;
import io.newsroute.common.model.EnrichedArticle;
import io.newsroute.kafka.DeadLetterHeaders;
import io.newsroute.kafka.JsonSerde;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Watches the enriched topic, the dead-letter topic and every country topic (read_committed) until
 * each of the given articles has reached every country topic it was tagged with, or was dead-lettered.
 * Remembers what arrived where, for the run summary and the tests.
 */
public final class ArrivalWatcher implements AutoCloseable {

    private final Consumer<String, byte[]> consumer;
    private final Topics topics;
    private final JsonSerde<EnrichedArticle> serde = JsonSerde.of(EnrichedArticle.class);
    private final Map<String, EnrichedArticle> enriched = new HashMap<>();
    private final Map<String, String> deadLetters = new LinkedHashMap<>();
    private final Map<String, Map<String, EnrichedArticle>> byCountryTopic = new TreeMap<>();
    /** topic/id → the distinct partition@offset positions it was read at: a re-read after a rebalance is not a copy. */
    private final Map<String, Set<String>> copies = new HashMap<>();

    public ArrivalWatcher(Consumer<String, byte[]> consumer, Topics topics) {
        this.consumer = consumer;
        this.topics = topics;
        String pattern = Pattern.quote(topics.enriched()) + "|" + Pattern.quote(topics.dlq()) + "|"
                + topics.countryTopicPattern();
        consumer.subscribe(Pattern.compile(pattern));
    }

    /** A watcher with its own consumer from the configuration. */
    public static ArrivalWatcher create(NewsrouteConfig config) {
        Properties p = config.clientProperties("consumer");
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "newsroute-watch-" + UUID.randomUUID());
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, 500);
        return new ArrivalWatcher(
                new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer()), config.topics());
    }

    /**
     * Polls until every id has arrived everywhere it was tagged for (or was dead-lettered).
     *
     * @throws TimeoutException naming the articles still missing
     */
    public void awaitArrival(Collection<String> ids, Duration timeout) throws TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!missing(ids).isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("after " + timeout.toSeconds() + " s these articles had not reached all "
                        + "their country topics: " + missing(ids));
            }
            for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                accept(r);
            }
        }
    }

    private void accept(ConsumerRecord<String, byte[]> r) {
        if (r.topic().equals(topics.dlq())) {
            String reason = DeadLetterHeaders.get(r.headers(), DeadLetterHeaders.REASON);
            deadLetters.put(r.key() == null ? "(no key)@" + r.offset() : r.key(), reason);
            return;
        }
        EnrichedArticle a = serde.deserialize(r.topic(), r.value());
        if (r.topic().equals(topics.enriched())) {
            enriched.put(a.id(), a);
        } else {
            byCountryTopic
                    .computeIfAbsent(r.topic(), t -> new LinkedHashMap<>())
                    .put(a.id(), a);
            copies.computeIfAbsent(r.topic() + "/" + a.id(), k -> new HashSet<>())
                    .add(r.partition() + "@" + r.offset());
        }
    }

    /** The ids not yet fully arrived. */
    public Set<String> missing(Collection<String> ids) {
        Set<String> out = new HashSet<>();
        for (String id : ids) {
            if (deadLetters.containsKey(id)) {
                continue;
            }
            EnrichedArticle a = enriched.get(id);
            if (a == null) {
                out.add(id);
                continue;
            }
            for (CountryTag c : a.countries()) {
                String topic = topics.countryTopic(c.code()).orElse(null);
                if (topic != null
                        && !byCountryTopic.getOrDefault(topic, Map.of()).containsKey(id)) {
                    out.add(id);
                }
            }
        }
        return out;
    }

    /** Country topic → the articles that arrived in it, by id, in arrival order. */
    public Map<String, Map<String, EnrichedArticle>> byCountryTopic() {
        return byCountryTopic;
    }

    /** How many copies of an article arrived in a topic (1 when exactly once). */
    public int copies(String topic, String id) {
        return copies.getOrDefault(topic + "/" + id, Set.of()).size();
    }

    /** Every copy read from the country topics, duplicates included (each distinct topic, partition and offset once). */
    public int totalCopies() {
        return copies.values().stream().mapToInt(Set::size).sum();
    }

    /** The enriched article of an id, or {@code null}. */
    public EnrichedArticle enriched(String id) {
        return enriched.get(id);
    }

    /** Dead-lettered record keys and their reasons. */
    public Map<String, String> deadLetters() {
        return deadLetters;
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
