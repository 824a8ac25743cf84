package io.newsroute.consumer;

import io.newsroute.common.config.Topics;
import io.newsroute.common.kafka.DeadLetterHeaders;
import io.newsroute.common.model.CountryTag;
import io.newsroute.common.model.EnrichedArticle;
import io.newsroute.common.serde.JsonSerde;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CountryRouterTest {

    private static final Topics TOPICS = Topics.defaults();
    private static final TopicPartition ENRICHED_0 = new TopicPartition(TOPICS.enriched(), 0);
    private static final JsonSerde<EnrichedArticle> SERDE = JsonSerde.of(EnrichedArticle.class);

    private final MockConsumer<String, byte[]> consumer = new MockConsumer<>("earliest");
    private final MockProducer<String, byte[]> producer =
            new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
    private final Set<String> created = new HashSet<>();
    private final CountryRouter router = new CountryRouter(consumer, producer, created::addAll, TOPICS, Duration.ofMillis(10));

    private static byte[] enriched(String id, String... codes) {
        List<CountryTag> tags = new ArrayList<>();
        for (String c : codes) {
            tags.add(new CountryTag(c, c, 0.9, true, List.of()));
        }
        return SERDE.serialize(null, new EnrichedArticle(id, null, "test", "t", null, List.of(), null, "en", "body",
                Instant.EPOCH, tags, List.of(), "test"));
    }

    /** Feeds the records in one poll, lets the router handle them, then stops it. */
    private void routeOnce(List<byte[]> values) {
        consumer.schedulePollTask(() -> {
            consumer.rebalance(List.of(ENRICHED_0));
            consumer.updateBeginningOffsets(Map.of(ENRICHED_0, 0L));
            for (int i = 0; i < values.size(); i++) {
                consumer.addRecord(new ConsumerRecord<>(TOPICS.enriched(), 0, i, "k" + i, values.get(i)));
            }
        });
        consumer.schedulePollTask(router::stop);
        router.run();
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
        assertThat(DeadLetterHeaders.get(dead.headers(), DeadLetterHeaders.STAGE)).isEqualTo("route");
        assertThat(DeadLetterHeaders.get(dead.headers(), DeadLetterHeaders.REASON)).isNotBlank();
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
    }
}
