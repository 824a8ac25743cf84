package io.newsroute.route;

import io.newsroute.common.config.Topics;
import io.newsroute.common.metrics.NewsrouteMetrics;
import io.newsroute.common.model.CountryTag;
import io.newsroute.common.model.EnrichedArticle;
import io.newsroute.kafka.DeadLetterHeaders;
import io.newsroute.kafka.JsonSerde;
import io.newsroute.kafka.RoutingHeaders;
import io.newsroute.kafka.TopicCreationException;
import io.newsroute.kafka.TopicProvisioner;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.FencedInstanceIdException;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.UnsupportedVersionException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The country router: reads {@code news.articles.enriched} (read_committed) and writes each record,
 * unchanged, to the topic of every country it is tagged with ({@code news.country.jp}, ...), creating
 * missing topics. Each poll batch is one Kafka transaction that also commits the consumer offsets, so a
 * crash neither loses nor duplicates a routed record. Records that cannot be read, and records whose
 * country topic cannot be created (with the reason), go to the dead-letter topic in the same
 * transaction. Only valid ISO 3166-1 codes become topic names. A failed batch is aborted, rewound and
 * retried with a backoff; a fatal error ends {@link #run()} with the exception (see {@link #routeBatch}).
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
    /** Non-retriable failures in a row after which the router stops (exit non-zero) instead of trying again. */
    static final int MAX_NON_RETRIABLE_FAILURES = 10;
    /** Longest wait between two attempts at a failed batch. */
    static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    private final AtomicBoolean running = new AtomicBoolean(true);
    private final CountDownLatch stopSignal = new CountDownLatch(1);
    private int consecutiveFailures;
    private Duration maxBackoff = MAX_BACKOFF;
    private final Duration pollTimeout;
    private volatile long routedRecords;
    private volatile long deadLetters;

    public CountryRouter(
            Consumer<String, byte[]> consumer,
            Producer<String, byte[]> producer,
            TopicProvisioner topicCreator,
            Topics topics,
            Duration pollTimeout) {
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

    /**
     * Routes one poll batch in one transaction. A record whose country topic cannot be created (not
     * authorised, invalid) still goes to its other countries and, with the reason, to the dead-letter
     * topic. On a recoverable failure the open transaction is aborted, the batch rewound and tried again
     * after a backoff; a commit that timed out is committed again; a fatal error (fenced, not authorised,
     * a producer in an error state, or {@value #MAX_NON_RETRIABLE_FAILURES} non-retriable failures in a
     * row) is thrown, so {@link #run()} closes the clients and the process can exit non-zero.
     */
    void routeBatch(ConsumerRecords<String, byte[]> records) {
        boolean begun = false;
        try {
            Map<ConsumerRecord<String, byte[]>, List<String>> plan = new HashMap<>();
            Set<String> destinations = new LinkedHashSet<>();
            for (ConsumerRecord<String, byte[]> r : records) {
                List<String> targets = targetsOf(r);
                plan.put(r, targets);
                if (targets != null) {
                    destinations.addAll(targets);
                }
            }
            Map<String, String> uncreatable = provision(destinations);

            producer.beginTransaction();
            begun = true;
            Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
            for (ConsumerRecord<String, byte[]> r : records) {
                write(r, plan.get(r), uncreatable);
                offsets.put(new TopicPartition(r.topic(), r.partition()), new OffsetAndMetadata(r.offset() + 1));
            }
            producer.sendOffsetsToTransaction(offsets, consumer.groupMetadata());
            commit();
            countRouted(plan.values());
            consecutiveFailures = 0;
            LOG.debug("Routed a batch of {} records to {}", records.count(), destinations);
        } catch (WakeupException | InterruptException e) {
            throw e;
        } catch (KafkaException | IllegalStateException e) {
            if (isFatal(e)) {
                throw e;
            }
            recover(records, begun, e);
        }
    }

    /** Creates the topics; returns those that can never be created, with the reason (retriable failures are thrown). */
    private Map<String, String> provision(Set<String> destinations) {
        try {
            topicCreator.ensure(destinations);
            return Map.of();
        } catch (TopicCreationException e) {
            if (e.retriable()) {
                throw e;
            }
            return e.uncreatable();
        }
    }

    /** Writes one record to its country topics, or to the dead-letter topic when it cannot be read or routed everywhere. */
    private void write(ConsumerRecord<String, byte[]> r, List<String> targets, Map<String, String> uncreatable) {
        if (targets == null) {
            sendToDeadLetters(r, "not a valid enriched article" + whyUnreadable(r));
            return;
        }
        List<String> notRouted = new ArrayList<>();
        for (String topic : targets) {
            String reason = uncreatable.get(topic);
            if (reason != null) {
                notRouted.add(topic + " (" + reason + ")");
                continue;
            }
            producer.send(new ProducerRecord<>(topic, null, timestampOf(r), r.key(), r.value(), r.headers()));
            routedRecords++;
        }
        if (!notRouted.isEmpty()) {
            LOG.warn(
                    "Record {}-{}@{} key={} not routed to {}: dead-lettered",
                    r.topic(),
                    r.partition(),
                    r.offset(),
                    r.key(),
                    notRouted);
            sendToDeadLetters(r, "cannot create country topic " + String.join(", ", notRouted));
        }
    }

    /** Commits the open transaction; one that timed out (the broker slow or away) is committed again, never aborted. */
    private void commit() {
        for (int attempt = 1; ; attempt++) {
            try {
                producer.commitTransaction();
                return;
            } catch (TimeoutException e) {
                if (!running.get()) {
                    throw e;
                }
                LOG.warn(
                        "Committing the transaction timed out (attempt {}); committing it again: {}",
                        attempt,
                        e.toString());
                pause(backoff(attempt));
            }
        }
    }

    /**
     * After a failed batch: aborts the transaction when one was begun, rewinds to the batch's first
     * records (the last commit) and waits a growing backoff; too many non-retriable failures in a row
     * are thrown as fatal.
     */
    private void recover(ConsumerRecords<String, byte[]> records, boolean begun, RuntimeException e) {
        consecutiveFailures++;
        boolean retriable =
                causedBy(e, RetriableException.class) || e instanceof TopicCreationException t && t.retriable();
        if (!retriable && consecutiveFailures >= MAX_NON_RETRIABLE_FAILURES) {
            LOG.error("Routing failed {} times in a row with a non-retriable error; stopping", consecutiveFailures);
            throw e;
        }
        LOG.warn(
                "Routing a batch failed (attempt {}), {}retrying from the last commit: {}",
                consecutiveFailures,
                begun ? "aborting its transaction and " : "",
                e.toString());
        if (begun) {
            abort();
        }
        rewind(records);
        pause(backoff(consecutiveFailures));
    }

    /** Aborts the open transaction, again while it times out; any other failure of the abort is fatal and thrown. */
    private void abort() {
        for (int attempt = 1; ; attempt++) {
            try {
                producer.abortTransaction();
                return;
            } catch (TimeoutException e) {
                if (!running.get()) {
                    throw e;
                }
                LOG.warn("Aborting the transaction timed out (attempt {}); aborting again: {}", attempt, e.toString());
                pause(backoff(attempt));
            }
        }
    }

    /** Seeks each partition of the batch back to its first record, the position the last commit left. */
    private void rewind(ConsumerRecords<String, byte[]> records) {
        Set<TopicPartition> assigned = consumer.assignment();
        for (TopicPartition tp : records.partitions()) {
            if (assigned.contains(tp)) {
                consumer.seek(tp, records.records(tp).get(0).offset());
            }
        }
    }

    /** Fatal for this producer or process: fenced, not authorised, unsupported, or a producer in an error state. */
    static boolean isFatal(RuntimeException e) {
        if (e instanceof TopicCreationException) {
            return false;
        }
        if (e instanceof IllegalStateException) {
            return true;
        }
        for (Class<? extends Throwable> c : List.of(
                ProducerFencedException.class,
                FencedInstanceIdException.class,
                OutOfOrderSequenceException.class,
                UnsupportedVersionException.class,
                AuthorizationException.class,
                AuthenticationException.class)) {
            if (causedBy(e, c)) {
                return true;
            }
        }
        return e.getMessage() != null && e.getMessage().contains("in an error state");
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** 100 ms, doubling per attempt, at most {@code max}. */
    static Duration backoff(int attempt, Duration max) {
        long ms = 100L << Math.min(Math.max(attempt - 1, 0), 10);
        return Duration.ofMillis(Math.min(ms, max.toMillis()));
    }

    private Duration backoff(int attempt) {
        return backoff(attempt, maxBackoff);
    }

    /** Caps the wait between attempts (tests use a short one). */
    CountryRouter maxBackoff(Duration max) {
        this.maxBackoff = max;
        return this;
    }

    /** Waits, or returns at once when the router is asked to stop. */
    private void pause(Duration d) {
        try {
            if (stopSignal.await(d.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.debug("Backoff cut short: stopping");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WakeupException();
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
            LOG.warn(
                    "Malformed {} header in {}-{}@{} key={}, reading the countries from the value",
                    RoutingHeaders.COUNTRIES,
                    r.topic(),
                    r.partition(),
                    r.offset(),
                    r.key());
        }
        return targetsFromValue(r);
    }

    /** Why a record's value cannot be read (read again: only on this rare path), for the dead-letter reason. */
    private String whyUnreadable(ConsumerRecord<String, byte[]> r) {
        if (r.value() == null) {
            return " (no value)";
        }
        try {
            serde.deserialize(r.topic(), r.value());
            return "";
        } catch (SerializationException e) {
            return ": " + e.getMessage();
        }
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
            LOG.warn(
                    "Unreadable enriched record {}-{}@{} key={}: {}",
                    r.topic(),
                    r.partition(),
                    r.offset(),
                    r.key(),
                    e.getMessage());
            return null;
        }
    }

    /** The topics of the valid codes, in order, once each; an invalid code is logged and ignored. */
    private List<String> countryTopics(ConsumerRecord<String, byte[]> r, List<String> codes) {
        Set<String> out = new LinkedHashSet<>();
        for (String code : codes) {
            topics.countryTopic(code)
                    .ifPresentOrElse(
                            out::add,
                            () -> LOG.warn(
                                    "Ignoring invalid country code in {}-{}@{} key={}",
                                    r.topic(),
                                    r.partition(),
                                    r.offset(),
                                    r.key()));
        }
        return List.copyOf(out);
    }

    /** The source record's timestamp, kept so a country topic shows when the article was published to Kafka. */
    private static Long timestampOf(ConsumerRecord<String, byte[]> r) {
        return r.timestamp() < 0 ? null : r.timestamp();
    }

    private void sendToDeadLetters(ConsumerRecord<String, byte[]> r, String reason) {
        RecordHeaders headers = new RecordHeaders(r.headers().toArray());
        DeadLetterHeaders.add(headers, STAGE, reason, null, r.topic(), r.partition(), r.offset());
        producer.send(new ProducerRecord<>(topics.dlq(), null, timestampOf(r), r.key(), r.value(), headers));
        deadLetters++;
        io.newsroute.common.metrics.NewsrouteMetrics.deadLettered(STAGE, "not-enriched-article");
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
        stopSignal.countDown();
        consumer.wakeup();
    }

    /** Records written to country topics so far (committed or not). */
    /** Counts the records of a committed batch per country ({@code newsroute_articles_routed_total}). */
    private void countRouted(Collection<List<String>> targets) {
        Map<String, Long> perCountry = new HashMap<>();
        for (List<String> t : targets) {
            if (t != null) {
                t.forEach(topic -> topics.countryOf(topic).ifPresent(c -> perCountry.merge(c, 1L, Long::sum)));
            }
        }
        perCountry.forEach(NewsrouteMetrics::routed);
    }

    public long routedRecords() {
        return routedRecords;
    }

    /** Records sent to the dead-letter topic so far. */
    public long deadLetters() {
        return deadLetters;
    }
}
