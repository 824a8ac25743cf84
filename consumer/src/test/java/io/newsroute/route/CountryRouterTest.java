package io.newsroute.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsroute.common.config.Topics;
import io.newsroute.common.model.CountryTag;
import io.newsroute.common.model.EnrichedArticle;
import io.newsroute.kafka.DeadLetterHeaders;
import io.newsroute.kafka.JsonSerde;
import io.newsroute.kafka.RoutingHeaders;
import io.newsroute.kafka.TopicCreationException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class CountryRouterTest {

    private static final Topics TOPICS = Topics.defaults();
    private static final TopicPartition ENRICHED_0 = new TopicPartition(TOPICS.enriched(), 0);
    private static final JsonSerde<EnrichedArticle> SERDE = JsonSerde.of(EnrichedArticle.class);

    private final MockConsumer<String, byte[]> consumer = new MockConsumer<>("earliest");
    private final FlakyProducer producer = new FlakyProducer();
    private final Set<String> created = new HashSet<>();
    /** Topics the provisioner refuses to create, with the reason; a retriable failure to throw once, when set. */
    private final Map<String, String> uncreatable = new java.util.HashMap<>();

    private final Deque<TopicCreationException> creationFailures = new ArrayDeque<>();
    private final CountryRouter router = new CountryRouter(
                    consumer, producer, this::provision, TOPICS, Duration.ofMillis(10))
            .maxBackoff(Duration.ofMillis(20));
    private long positionAtStop = -1;

    /** A mock producer whose commit and abort can fail a given number of times first. */
    private static final class FlakyProducer extends MockProducer<String, byte[]> {
        final Deque<RuntimeException> commitFailures = new ArrayDeque<>();
        final Deque<RuntimeException> abortFailures = new ArrayDeque<>();
        int commitCalls;
        int abortCalls;

        FlakyProducer() {
            super(true, null, new StringSerializer(), new ByteArraySerializer());
        }

        @Override
        public void commitTransaction() {
            commitCalls++;
            RuntimeException e = commitFailures.poll();
            if (e != null) {
                throw e;
            }
            super.commitTransaction();
        }

        @Override
        public void abortTransaction() {
            abortCalls++;
            RuntimeException e = abortFailures.poll();
            if (e != null) {
                throw e;
            }
            super.abortTransaction();
        }
    }

    private void provision(Set<String> topics) {
        TopicCreationException once = creationFailures.poll();
        if (once != null) {
            throw once;
        }
        Map<String, String> refused = new java.util.TreeMap<>();
        for (String t : topics) {
            if (uncreatable.containsKey(t)) {
                refused.put(t, uncreatable.get(t));
            } else {
                created.add(t);
            }
        }
        if (!refused.isEmpty()) {
            throw new TopicCreationException("cannot create " + refused, null, false, refused);
        }
    }

    private static byte[] enriched(String id, String... codes) {
        List<CountryTag> tags = new ArrayList<>();
        for (String c : codes) {
            tags.add(new CountryTag(c, c, 0.9, true, List.of()));
        }
        return SERDE.serialize(
                null,
                new EnrichedArticle(
                        id,
                        null,
                        "test",
                        "t",
                        null,
                        List.of(),
                        null,
                        "en",
                        "body",
                        Instant.EPOCH,
                        tags,
                        List.of(),
                        "test"));
    }

    /** A record at {@code offset} whose {@value RoutingHeaders#COUNTRIES} header is {@code header} (none when null). */
    private static ConsumerRecord<String, byte[]> record(int offset, byte[] value, String header) {
        ConsumerRecord<String, byte[]> r = new ConsumerRecord<>(TOPICS.enriched(), 0, offset, "k" + offset, value);
        if (header != null) {
            r.headers().add(RoutingHeaders.COUNTRIES, header.getBytes(StandardCharsets.US_ASCII));
        }
        return r;
    }

    private static byte[] notJson() {
        return "not json, only the header can route this".getBytes(StandardCharsets.UTF_8);
    }

    /** Feeds the values, without headers, in one poll, lets the router handle them, then stops it. */
    private void routeOnce(List<byte[]> values) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            records.add(record(i, values.get(i), null));
        }
        routeRecordsOnce(records);
    }

    /** Feeds the records in one poll, lets the router handle them, then stops it. */
    private void routeRecordsOnce(List<ConsumerRecord<String, byte[]>> records) {
        consumer.schedulePollTask(() -> {
            consumer.rebalance(List.of(ENRICHED_0));
            consumer.updateBeginningOffsets(Map.of(ENRICHED_0, 0L));
            records.forEach(consumer::addRecord);
        });
        consumer.schedulePollTask(this::stopRouter);
        router.run();
    }

    /** Notes where the consumer stands (its position after any rewind), then stops the router. */
    private void stopRouter() {
        positionAtStop = consumer.position(ENRICHED_0);
        router.stop();
    }

    private List<String> topicsWritten() {
        return producer.history().stream().map(ProducerRecord::topic).toList();
    }

    @Test
    void shouldRouteToEachTaggedCountry() {
        routeOnce(List.of(enriched("a", "LA", "JP"), enriched("b", "FR")));

        assertThat(topicsWritten()).containsExactly("news.country.la", "news.country.jp", "news.country.fr");
        assertThat(created).containsExactlyInAnyOrder("news.country.la", "news.country.jp", "news.country.fr");
        assertThat(producer.history().get(0).key()).isEqualTo("k0");
    }

    @Test
    void shouldCommitTheBatchAndItsOffsetsInOneTransaction() {
        routeOnce(List.of(enriched("a", "LA"), enriched("b", "JP"), enriched("c", "CN")));

        assertThat(producer.transactionCommitted()).isTrue();
        List<Map<String, Map<TopicPartition, OffsetAndMetadata>>> offsets = producer.consumerGroupOffsetsHistory();
        assertThat(offsets).hasSize(1);
        assertThat(offsets.get(0).values().iterator().next()).containsEntry(ENRICHED_0, new OffsetAndMetadata(3));
    }

    @Test
    void shouldNeverMakeATopicOfAnInvalidCountryCode() {
        routeOnce(List.of(enriched("a", "ZZ", "../x", "jp", "JP")));

        assertThat(topicsWritten()).containsExactly("news.country.jp");
    }

    @Test
    void shouldSendUnreadableRecordsToTheDeadLetterTopicAndKeepRouting() {
        routeOnce(List.of("not json".getBytes(StandardCharsets.UTF_8), enriched("b", "JP")));

        assertThat(topicsWritten()).containsExactly(TOPICS.dlq(), "news.country.jp");
        ProducerRecord<String, byte[]> dead = producer.history().get(0);
        assertThat(DeadLetterHeaders.get(dead.headers(), DeadLetterHeaders.STAGE))
                .isEqualTo("route");
        assertThat(DeadLetterHeaders.get(dead.headers(), DeadLetterHeaders.REASON))
                .isNotBlank();
    }

    @Test
    void shouldRouteByCountriesHeaderWithoutParsingValue() {
        byte[] value = notJson();
        routeRecordsOnce(List.of(record(0, value, "LA,JP")));

        assertThat(topicsWritten()).containsExactly("news.country.la", "news.country.jp");
        assertThat(created).containsExactlyInAnyOrder("news.country.la", "news.country.jp");
        ProducerRecord<String, byte[]> copy = producer.history().get(0);
        assertThat(copy.value()).isEqualTo(value);
        assertThat(RoutingHeaders.countries(copy.headers())).contains(List.of("LA", "JP"));
        assertThat(producer.transactionCommitted()).isTrue();
    }

    @Test
    void shouldPreferTheCountriesHeaderOverTheCountriesInTheValue() {
        routeRecordsOnce(List.of(record(0, enriched("a", "FR"), "JP")));

        assertThat(topicsWritten()).containsExactly("news.country.jp");
    }

    @Test
    void shouldIgnoreInvalidCodesInTheCountriesHeader() {
        routeRecordsOnce(List.of(record(0, notJson(), "ZZ,JP,JP")));

        assertThat(topicsWritten()).containsExactly("news.country.jp");
    }

    @Test
    void shouldRouteNowhereWhenTheCountriesHeaderIsEmptyButStillCommitTheOffset() {
        routeRecordsOnce(List.of(record(0, notJson(), "")));

        assertThat(producer.history()).isEmpty();
        assertThat(producer.consumerGroupOffsetsHistory()).hasSize(1);
    }

    @Test
    void shouldRouteAVersionOneRecordWithoutHeadersByItsJson() {
        EnrichedArticle v1 = new EnrichedArticle(
                "a",
                null,
                "test",
                "Laos",
                null,
                List.of(),
                null,
                "en",
                "body",
                Instant.EPOCH,
                List.of(new CountryTag(
                        "LA",
                        "Laos",
                        0.9,
                        true,
                        List.of(new io.newsroute.common.model.Mention("Laos", "title", 0, 4)))),
                List.of(),
                "test");
        byte[] value =
                io.newsroute.common.serde.EnrichedRecords.expandedJson(v1).getBytes(StandardCharsets.UTF_8);

        routeOnce(List.of(value));

        assertThat(topicsWritten()).containsExactly("news.country.la");
        assertThat(producer.history().get(0).value()).isEqualTo(value);
    }

    @Test
    void shouldDeadLetterAVersionTwoRecordThatPointsToAMentionItDoesNotHave() {
        String v2 = new String(enriched("a", "LA"), StandardCharsets.UTF_8)
                .replace("\"primary\":true,\"mentions\":[]", "\"primary\":true,\"mentions\":[3]");

        routeOnce(List.of(v2.getBytes(StandardCharsets.UTF_8)));

        assertThat(topicsWritten()).containsExactly(TOPICS.dlq());
        assertThat(DeadLetterHeaders.get(producer.history().get(0).headers(), DeadLetterHeaders.REASON))
                .contains("refers to mention 3");
    }

    @Test
    void shouldForwardTheSchemaHeaderWithTheRecord() {
        ConsumerRecord<String, byte[]> r = record(0, enriched("a", "JP"), "JP");
        io.newsroute.kafka.SchemaHeaders.put(r.headers(), 2);

        routeRecordsOnce(List.of(r));

        assertThat(io.newsroute.kafka.SchemaHeaders.version(
                        producer.history().get(0).headers()))
                .hasValue(2);
    }

    @Test
    void shouldFallBackToTheJsonWhenTheCountriesHeaderIsMalformed() {
        routeRecordsOnce(List.of(record(0, enriched("a", "FR"), "jp"), record(1, notJson(), "JP,")));

        assertThat(topicsWritten()).containsExactly("news.country.fr", TOPICS.dlq());
    }

    @Test
    void shouldDeadLetterARecordWithoutValueEvenWithACountriesHeader() {
        routeRecordsOnce(List.of(record(0, null, "JP")));

        assertThat(topicsWritten()).containsExactly(TOPICS.dlq());
    }

    @Test
    void shouldWriteNothingForAnArticleWithoutCountriesButStillCommitItsOffset() {
        routeOnce(List.of(enriched("a")));

        assertThat(producer.history()).isEmpty();
        assertThat(producer.consumerGroupOffsetsHistory()).hasSize(1);
    }

    @Test
    void shouldAbortTheTransactionWhenCommittingFails() {
        producer.commitTransactionException = new KafkaException("broker went away");
        routeOnce(List.of(enriched("a", "JP")));

        assertThat(producer.transactionAborted()).isTrue();
        assertThat(producer.transactionCommitted()).isFalse();
        assertThat(positionAtStop).as("rewound to the batch's first record").isZero();
    }

    /** Feeds the records, then on each further poll re-delivers those at or after the consumer's position, as a broker would. */
    private void routeWithRedelivery(List<ConsumerRecord<String, byte[]>> records, int polls) {
        consumer.schedulePollTask(() -> {
            consumer.rebalance(List.of(ENRICHED_0));
            consumer.updateBeginningOffsets(Map.of(ENRICHED_0, 0L));
            records.forEach(consumer::addRecord);
        });
        for (int i = 1; i < polls; i++) {
            consumer.schedulePollTask(() -> records.stream()
                    .filter(r -> r.offset() >= consumer.position(ENRICHED_0))
                    .forEach(consumer::addRecord));
        }
        consumer.schedulePollTask(this::stopRouter);
        router.run();
    }

    @Test
    void shouldRewindToTheBatchStartAfterAFailedCommitAndRouteItAgain() {
        producer.commitFailures.add(new KafkaException("broker went away"));
        routeWithRedelivery(List.of(record(0, notJson(), "JP"), record(1, notJson(), "FR")), 2);

        assertThat(producer.abortCalls).isEqualTo(1);
        assertThat(producer.transactionCommitted()).isTrue();
        assertThat(positionAtStop).isEqualTo(2);
        List<Map<String, Map<TopicPartition, OffsetAndMetadata>>> offsets = producer.consumerGroupOffsetsHistory();
        assertThat(offsets).hasSize(1);
        assertThat(offsets.get(0).values().iterator().next()).containsEntry(ENRICHED_0, new OffsetAndMetadata(2));
    }

    @Test
    void shouldCommitAgainAfterACommitTimeoutInsteadOfAborting() {
        producer.commitFailures.add(new TimeoutException("commit not acknowledged in time"));
        routeRecordsOnce(List.of(record(0, notJson(), "JP")));

        assertThat(producer.commitCalls).isEqualTo(2);
        assertThat(producer.abortCalls).isZero();
        assertThat(producer.transactionCommitted()).isTrue();
        assertThat(topicsWritten()).containsExactly("news.country.jp");
    }

    @Test
    void shouldStopWithTheErrorAndCloseTheProducerWhenTheProducerIsInAFatalState() {
        producer.commitFailures.add(new KafkaException(
                "Cannot execute transactional method because we are in an error state",
                new OutOfOrderSequenceException("out of order")));

        assertThatThrownBy(() -> routeRecordsOnce(List.of(record(0, notJson(), "JP"))))
                .hasRootCauseInstanceOf(OutOfOrderSequenceException.class);
        assertThat(producer.closed()).isTrue();
        assertThat(producer.abortCalls).isZero();
    }

    @Test
    void shouldNotSwallowAFailedAbort() {
        producer.commitFailures.add(new KafkaException("broker went away"));
        producer.abortFailures.add(new KafkaException("abort failed"));

        assertThatThrownBy(() -> routeRecordsOnce(List.of(record(0, notJson(), "JP"))))
                .hasMessageContaining("abort failed");
        assertThat(producer.closed()).isTrue();
    }

    @Test
    void shouldStopAfterTooManyNonRetriableFailuresInARow() {
        for (int i = 0; i < CountryRouter.MAX_NON_RETRIABLE_FAILURES; i++) {
            producer.commitFailures.add(new KafkaException("record rejected"));
        }
        List<ConsumerRecord<String, byte[]>> records = List.of(record(0, notJson(), "JP"));

        assertThatThrownBy(() -> routeWithRedelivery(records, CountryRouter.MAX_NON_RETRIABLE_FAILURES + 1))
                .hasMessageContaining("record rejected");
        assertThat(producer.abortCalls).isEqualTo(CountryRouter.MAX_NON_RETRIABLE_FAILURES - 1);
        assertThat(producer.transactionCommitted()).isFalse();
    }

    @Test
    void shouldDeadLetterWithTheReasonARecordWhoseCountryTopicCannotBeCreatedAndRouteItElsewhere() {
        uncreatable.put("news.country.kp", "TopicAuthorizationException: not authorised");
        routeRecordsOnce(List.of(record(0, notJson(), "KP,JP"), record(1, notJson(), "FR")));

        assertThat(topicsWritten()).containsExactly("news.country.jp", TOPICS.dlq(), "news.country.fr");
        ProducerRecord<String, byte[]> dead = producer.history().get(1);
        assertThat(DeadLetterHeaders.get(dead.headers(), DeadLetterHeaders.REASON))
                .contains("news.country.kp")
                .contains("TopicAuthorizationException");
        assertThat(producer.transactionCommitted()).isTrue();
        assertThat(producer.abortCalls).isZero();
    }

    @Test
    void shouldRetryWithoutAbortingWhenATopicCannotBeCreatedYet() {
        creationFailures.add(new TopicCreationException("controller not available", null, true, Map.of()));
        routeWithRedelivery(List.of(record(0, notJson(), "JP")), 2);

        assertThat(producer.abortCalls).isZero();
        assertThat(topicsWritten()).containsExactly("news.country.jp");
        assertThat(producer.transactionCommitted()).isTrue();
    }

    @Test
    void shouldBackOffMoreAfterEachFailureUpToAMaximum() {
        assertThat(CountryRouter.backoff(1, CountryRouter.MAX_BACKOFF)).isEqualTo(Duration.ofMillis(100));
        assertThat(CountryRouter.backoff(2, CountryRouter.MAX_BACKOFF)).isEqualTo(Duration.ofMillis(200));
        assertThat(CountryRouter.backoff(30, CountryRouter.MAX_BACKOFF)).isEqualTo(CountryRouter.MAX_BACKOFF);
    }
}
