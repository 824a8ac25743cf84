package io.newsroute.consumer;

import io.newsroute.common.kafka.TopicProvisioner;

import io.newsroute.common.config.Topics;
import io.newsroute.common.kafka.DeadLetterHeaders;
import io.newsroute.common.kafka.RoutingHeaders;
import io.newsroute.common.model.CountryTag;
import io.newsroute.common.model.EnrichedArticle;
import io.newsroute.common.serde.JsonSerde;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.UnsupportedVersionException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The country router: reads {@code news.articles.enriched} (read_committed) and writes each record,
 * unchanged, to the topic of every country it is tagged with ({@code news.country.jp}, ...), creating
 * missing topics. Each poll batch is one Kafka transaction that also commits the consumer offsets, so a
 * crash neither loses nor duplicates a routed record. Records that cannot be read go to the
 * dead-letter topic in the same transaction. Only valid ISO 3166-1 codes become topic names.
 *
 * <p>The countries come from the record's {@value RoutingHeaders#COUNTRIES} header, written by the
 * enrich step, so the value (about 10 KB of JSON) is forwarded without being parsed; a record without
 * a well-formed header (written by something else, or before the header existed) is read as JSON.
 *
 * <p>The clients are passed in (the producer must be transactional and {@code initTransactions()}
 * not yet called); {@link #run()} loops until {@link #stop()}.
 */
public final class CountryRouter implements Runnable {

    static final String STAGE = "route";
    private static final Logger LOG = LoggerFactory.getLogger(CountryRouter.class);

    private final Consumer<String, byte[]> consumer;
    private final Producer<String, byte[]> producer;
    private final TopicProvisioner topicCreator;
    private final Topics topics;
    private final JsonSerde<EnrichedArticle> serde = JsonSerde.of(EnrichedArticle.class);
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Duration pollTimeout;
    private volatile long routedRecords;
    private volatile long deadLetters;

    public CountryRouter(Consumer<String, byte[]> consumer, Producer<String, byte[]> producer,
                         TopicProvisioner topicCreator, Topics topics, Duration pollTimeout) {
        this.consumer = consumer;
        this.producer = producer;
        this.topicCreator = topicCreator;
        this.topics = topics;
        this.pollTimeout = pollTimeout;
    }

    @Override
    public void run() {
        try {
            producer.initTransactions();
            consumer.subscribe(List.of(topics.enriched()));
            while (running.get()) {
                ConsumerRecords<String, byte[]> records = consumer.poll(pollTimeout);
                if (!records.isEmpty()) {
                    routeBatch(records);
                }
            }
        } catch (WakeupException e) {
            if (running.get()) {
                throw e;
            }
            LOG.debug("Router woken up to stop");
        } finally {
            closeQuietlyOnStop();
        }
    }

    /** Routes one poll batch in one transaction; on a recoverable failure aborts and rewinds. */
    void routeBatch(ConsumerRecords<String, byte[]> records) {
        try {
            Set<String> destinations = new LinkedHashSet<>();
            Map<ConsumerRecord<String, byte[]>, List<String>> plan = new HashMap<>();
            for (ConsumerRecord<String, byte[]> r : records) {
                List<String> targets = targetsOf(r);
                plan.put(r, targets);
                if (targets != null) {
                    destinations.addAll(targets);
                }
            }
            topicCreator.ensure(destinations);

            producer.beginTransaction();
            Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
            for (ConsumerRecord<String, byte[]> r : records) {
                List<String> targets = plan.get(r);
                if (targets == null) {
                    sendToDeadLetters(r);
                } else {
                    for (String topic : targets) {
                        producer.send(new ProducerRecord<>(topic, null, timestampOf(r), r.key(), r.value(), r.headers()));
                        routedRecords++;
                    }
                }
                offsets.put(new TopicPartition(r.topic(), r.partition()), new OffsetAndMetadata(r.offset() + 1));
            }
            producer.sendOffsetsToTransaction(offsets, consumer.groupMetadata());
            producer.commitTransaction();
            countRouted(plan.values());
            LOG.debug("Routed a batch of {} records to {}", records.count(), destinations);
        } catch (ProducerFencedException | UnsupportedVersionException | AuthorizationException e) {
            // fatal: another instance took over our transactional id, or we may not write
            throw e;
        } catch (KafkaException | IllegalStateException e) {
            LOG.warn("Routing a batch failed, aborting its transaction and retrying from the last commit: {}", e.toString());
            abortAndRewind(records);
        }
    }

    /**
     * The country topics of a record, or {@code null} when it cannot be read (dead letter): from its
     * routing header without touching the value, else from the value's JSON.
     */
    private List<String> targetsOf(ConsumerRecord<String, byte[]> r) {
        Optional<List<String>> codes = RoutingHeaders.countries(r.headers());
        if (codes.isPresent() && r.value() != null) {
            return countryTopics(r, codes.get());
        }
        if (codes.isEmpty() && r.headers().lastHeader(RoutingHeaders.COUNTRIES) != null) {
            LOG.warn("Malformed {} header in {}-{}@{} key={}, reading the countries from the value",
                    RoutingHeaders.COUNTRIES, r.topic(), r.partition(), r.offset(), r.key());
        }
        return targetsFromValue(r);
    }

    /** The country topics of a record read as an {@link EnrichedArticle}, or {@code null} when it is not one. */
    private List<String> targetsFromValue(ConsumerRecord<String, byte[]> r) {
        try {
            EnrichedArticle a = serde.deserialize(r.topic(), r.value());
            if (a == null) {
                return null;
            }
            return countryTopics(r, a.countries().stream().map(CountryTag::code).toList());
        } catch (SerializationException e) {
            LOG.warn("Unreadable enriched record {}-{}@{} key={}: {}", r.topic(), r.partition(), r.offset(), r.key(), e.getMessage());
            return null;
        }
    }

    /** The topics of the valid codes, in order, once each; an invalid code is logged and ignored. */
    private List<String> countryTopics(ConsumerRecord<String, byte[]> r, List<String> codes) {
        Set<String> out = new LinkedHashSet<>();
        for (String code : codes) {
            topics.countryTopic(code).ifPresentOrElse(out::add,
                    () -> LOG.warn("Ignoring invalid country code in {}-{}@{} key={}", r.topic(), r.partition(), r.offset(), r.key()));
        }
        return List.copyOf(out);
    }

    /** The source record's timestamp, kept so a country topic shows when the article was published to Kafka. */
    private static Long timestampOf(ConsumerRecord<String, byte[]> r) {
        return r.timestamp() < 0 ? null : r.timestamp();
    }

    private void sendToDeadLetters(ConsumerRecord<String, byte[]> r) {
        RecordHeaders headers = new RecordHeaders(r.headers().toArray());
        DeadLetterHeaders.add(headers, STAGE, "not a valid enriched article", null, r.topic(), r.partition(), r.offset());
        producer.send(new ProducerRecord<>(topics.dlq(), null, timestampOf(r), r.key(), r.value(), headers));
        deadLetters++;
        io.newsroute.common.metrics.NewsrouteMetrics.deadLettered(STAGE, "not-enriched-article");
    }

    private void abortAndRewind(ConsumerRecords<String, byte[]> records) {
        try {
            producer.abortTransaction();
        } catch (KafkaException | IllegalStateException e) {
            LOG.warn("Abort failed: {}", e.toString());
        }
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(records.partitions());
        for (TopicPartition tp : records.partitions()) {
            OffsetAndMetadata c = committed.get(tp);
            if (c != null) {
                consumer.seek(tp, c.offset());
            } else {
                consumer.seekToBeginning(List.of(tp));
            }
        }
    }

    private void closeQuietlyOnStop() {
        try {
            consumer.close();
        } finally {
            producer.close(Duration.ofSeconds(10));
        }
    }

    /** Asks the loop to stop: the current batch finishes or aborts, then the clients close. Safe from any thread. */
    public void stop() {
        running.set(false);
        consumer.wakeup();
    }

    /** Records written to country topics so far (committed or not). */
    /** Counts the records of a committed batch per country ({@code newsroute_articles_routed_total}). */
    private void countRouted(java.util.Collection<List<String>> targets) {
        Map<String, Long> perCountry = new HashMap<>();
        for (List<String> t : targets) {
            if (t != null) {
                t.forEach(topic -> topics.countryOf(topic).ifPresent(c -> perCountry.merge(c, 1L, Long::sum)));
            }
        }
        perCountry.forEach(io.newsroute.common.metrics.NewsrouteMetrics::routed);
    }

    public long routedRecords() {
        return routedRecords;
    }

    /** Records sent to the dead-letter topic so far. */
    public long deadLetters() {
        return deadLetters;
    }
}
