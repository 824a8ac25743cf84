package io.newsroute.kafka;

import io.newsroute.common.config.Topics;
import io.newsroute.common.model.CountryTag;
import io.newsroute.common.model.EnrichedArticle;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Header;

/**
 * What arrived where, from records of the enriched, dead-letter and country topics handed to
 * {@link #accept}: the enriched articles, each dead letter's headers, and every copy of an article in
 * each country topic, counted by its distinct partition and offset (so a record read twice after a
 * rebalance is not a copy, and a duplicate written at its own offset is). The one place that counts
 * arrivals: the run's watcher, the fault-run checker and the integration tests read through it.
 * Reads no topic itself; not thread-safe.
 */
public final class ArrivalLog {

    private final Topics topics;
    private final JsonSerde<EnrichedArticle> serde = JsonSerde.of(EnrichedArticle.class);
    private final Map<String, EnrichedArticle> enriched = new HashMap<>();
    private final Map<String, Set<String>> enrichedAt = new HashMap<>();
    private final Set<String> unreadable = new LinkedHashSet<>();
    private final Map<String, List<Map<String, String>>> deadLetters = new LinkedHashMap<>();
    private final Map<String, Set<String>> keysByCountryTopic = new TreeMap<>();
    /** topic/key → the distinct partition@offset positions it was read at. */
    private final Map<String, Set<String>> routedAt = new HashMap<>();

    public ArrivalLog(Topics topics) {
        this.topics = topics;
    }

    /** Whether a topic is one this log counts: the enriched, the dead-letter or a country topic. */
    public static boolean counts(Topics topics, String topic) {
        return topic.equals(topics.enriched())
                || topic.equals(topics.dlq())
                || topics.countryOf(topic).isPresent();
    }

    /** Counts one record; a record of any other topic is ignored. */
    public void accept(ConsumerRecord<String, byte[]> r) {
        String key = r.key() == null ? "(no key)@" + r.offset() : r.key();
        String position = r.partition() + "@" + r.offset();
        if (r.topic().equals(topics.dlq())) {
            deadLetters.computeIfAbsent(key, k -> new ArrayList<>()).add(headers(r));
        } else if (r.topic().equals(topics.enriched())) {
            enrichedAt.computeIfAbsent(key, k -> new HashSet<>()).add(position);
            readEnriched(key, r);
        } else if (topics.countryOf(r.topic()).isPresent()) {
            keysByCountryTopic
                    .computeIfAbsent(r.topic(), t -> new LinkedHashSet<>())
                    .add(key);
            routedAt.computeIfAbsent(r.topic() + "/" + key, k -> new HashSet<>())
                    .add(position);
        }
    }

    private void readEnriched(String key, ConsumerRecord<String, byte[]> r) {
        try {
            enriched.put(key, serde.deserialize(r.topic(), r.value()));
        } catch (SerializationException e) {
            unreadable.add(key);
        }
    }

    private static Map<String, String> headers(ConsumerRecord<String, byte[]> r) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Header h : r.headers()) {
            out.put(h.key(), h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8));
        }
        return out;
    }

    /**
     * The ids not yet fully arrived: neither dead-lettered nor enriched and present in every country
     * topic their enriched record names.
     */
    public Set<String> missing(Collection<String> ids) {
        Set<String> out = new LinkedHashSet<>();
        for (String id : ids) {
            if (!deadLetters.containsKey(id) && !arrived(id)) {
                out.add(id);
            }
        }
        return out;
    }

    private boolean arrived(String id) {
        EnrichedArticle a = enriched.get(id);
        if (a == null) {
            return false;
        }
        for (CountryTag c : a.countries()) {
            String topic = topics.countryTopic(c.code()).orElse(null);
            if (topic != null && copies(topic, id) == 0) {
                return false;
            }
        }
        return true;
    }

    /** The enriched article of a key, or {@code null}. */
    public EnrichedArticle enriched(String key) {
        return enriched.get(key);
    }

    /** Every enriched article read, by key. */
    public Map<String, EnrichedArticle> enriched() {
        return enriched;
    }

    /** How many copies of a key the enriched topic holds. */
    public int enrichedCopies(String key) {
        return enrichedAt.getOrDefault(key, Set.of()).size();
    }

    /** Keys of enriched-topic records that were not enriched articles. */
    public Set<String> unreadable() {
        return unreadable;
    }

    /** Dead-lettered keys, each with the headers of each of its dead letters, in arrival order. */
    public Map<String, List<Map<String, String>>> deadLetters() {
        return deadLetters;
    }

    /** How many copies of a key arrived in a country topic (1 when exactly once). */
    public int copies(String topic, String key) {
        return routedAt.getOrDefault(topic + "/" + key, Set.of()).size();
    }

    /** Every copy read from the country topics, duplicates included. */
    public int totalCopies() {
        return routedAt.values().stream().mapToInt(Set::size).sum();
    }

    /** Country topic → the keys that arrived in it, in arrival order. */
    public Map<String, Set<String>> keysByCountryTopic() {
        return keysByCountryTopic;
    }
}
