package io.newsroute.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsroute.common.config.Topics;
import io.newsroute.common.model.Article;
import io.newsroute.common.model.CountryTag;
import io.newsroute.common.model.EnrichedArticle;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class ArrivalLogTest {

    private final Topics topics = Topics.defaults();
    private final JsonSerde<EnrichedArticle> serde = JsonSerde.of(EnrichedArticle.class);
    private final ArrivalLog log = new ArrivalLog(topics);

    private static EnrichedArticle taggedWith(String id, String... codes) {
        Article a = new Article(
                id, null, "Wire", "Title", null, List.of(), null, "en", "Body.", Instant.parse("2026-03-07T10:15:30Z"));
        List<CountryTag> countries = java.util.Arrays.stream(codes)
                .map(c -> new CountryTag(c, c, 0.9, true, List.of()))
                .toList();
        return EnrichedArticle.of(a, countries, List.of(), "t/1");
    }

    private ConsumerRecord<String, byte[]> record(String topic, int partition, long offset, String key, byte[] value) {
        return new ConsumerRecord<>(topic, partition, offset, key, value);
    }

    private void enriched(long offset, EnrichedArticle e) {
        log.accept(record(topics.enriched(), 0, offset, e.id(), serde.serialize(topics.enriched(), e)));
    }

    private void routed(String code, int partition, long offset, String id) {
        log.accept(record(topics.countryTopic(code).orElseThrow(), partition, offset, id, new byte[0]));
    }

    @Test
    void shouldCountAnArticleAsArrivedOnlyOnceItIsInEachTaggedCountryTopic() {
        enriched(0, taggedWith("a-1", "JP", "LA"));
        routed("JP", 0, 0, "a-1");

        assertThat(log.missing(List.of("a-1"))).containsExactly("a-1");

        routed("LA", 1, 0, "a-1");

        assertThat(log.missing(List.of("a-1"))).isEmpty();
        assertThat(log.keysByCountryTopic()).containsOnlyKeys("news.country.jp", "news.country.la");
    }

    @Test
    void shouldCountACopyByItsPositionSoARereadIsNotADuplicate() {
        enriched(0, taggedWith("a-1", "JP"));
        routed("JP", 0, 5, "a-1");
        routed("JP", 0, 5, "a-1");

        assertThat(log.copies("news.country.jp", "a-1")).isEqualTo(1);

        routed("JP", 0, 9, "a-1");

        assertThat(log.copies("news.country.jp", "a-1")).isEqualTo(2);
        assertThat(log.totalCopies()).isEqualTo(2);
    }

    @Test
    void shouldTakeADeadLetteredArticleAsSettledWithItsHeaders() {
        RecordHeaders headers = new RecordHeaders();
        headers.add(DeadLetterHeaders.REASON, "article has no body".getBytes(StandardCharsets.UTF_8));
        log.accept(new ConsumerRecord<>(
                topics.dlq(),
                0,
                3,
                0L,
                org.apache.kafka.common.record.TimestampType.CREATE_TIME,
                0,
                0,
                "bad-1",
                new byte[0],
                headers,
                java.util.Optional.empty()));

        assertThat(log.missing(List.of("bad-1"))).isEmpty();
        assertThat(log.deadLetters().get("bad-1"))
                .singleElement()
                .satisfies(h -> assertThat(h.get(DeadLetterHeaders.REASON)).isEqualTo("article has no body"));
    }

    @Test
    void shouldKeepAnUnreadableEnrichedRecordAsSuchWithoutStopping() {
        log.accept(
                record(topics.enriched(), 0, 0, "junk", "{\"countries\": \"../x\"".getBytes(StandardCharsets.UTF_8)));
        enriched(1, taggedWith("a-2"));

        assertThat(log.unreadable()).containsExactly("junk");
        assertThat(log.enrichedCopies("junk")).isEqualTo(1);
        assertThat(log.enriched("a-2")).isNotNull();
        assertThat(log.missing(List.of("a-2", "junk"))).containsExactly("junk");
    }

    @Test
    void shouldIgnoreTopicsOutsideThePipeline() {
        log.accept(record(topics.raw(), 0, 0, "a-1", new byte[0]));

        assertThat(ArrivalLog.counts(topics, topics.raw())).isFalse();
        assertThat(ArrivalLog.counts(topics, "news.country.jp")).isTrue();
        assertThat(log.totalCopies()).isZero();
        assertThat(log.enriched()).isEmpty();
    }
}
