package io.newsroute.ingest.sources;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsroute.common.model.Article;
import io.newsroute.ingest.ArticlePublisher;
import io.newsroute.kafka.JsonSerde;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** The acknowledgement paths of SourcePublisher: late acks, failures reported by the callback, retries. */
class SourcePublisherTest {

    private final Deduplicator dedup = new Deduplicator();
    private final Article a = TestSources.article("https://example.org/a", "A", TestSources.body("Lyon"));

    /** Fails the first {@code failures} sends through the callback (asynchronously, as Kafka does), then acknowledges. */
    private static final class FlakyProducer extends MockProducer<String, Article> {
        private int failures;
        private final RuntimeException error;

        FlakyProducer(int failures, RuntimeException error) {
            super(true, null, new StringSerializer(), JsonSerde.of(Article.class));
            this.failures = failures;
            this.error = error;
        }

        @Override
        public synchronized Future<RecordMetadata> send(ProducerRecord<String, Article> record, Callback callback) {
            if (failures > 0) {
                failures--;
                CompletableFuture<RecordMetadata> failed = new CompletableFuture<>();
                failed.completeExceptionally(error);
                CompletableFuture.runAsync(() -> callback.onCompletion(null, error));
                return failed;
            }
            return super.send(record, callback);
        }
    }

    @Test
    void shouldNotAnswerDuplicateForAnIdWhoseFirstSendIsStillUnacknowledged() throws Exception {
        MockProducer<String, Article> producer =
                new MockProducer<>(false, null, new StringSerializer(), JsonSerde.of(Article.class));
        SourcePublisher publisher = new SourcePublisher(
                new ArticlePublisher(producer, TestSources.TOPIC), dedup, new IngestStats(), Duration.ofMillis(50));

        SourcePublisher.Outcome first = publisher.publish(List.of(a));
        SourcePublisher.Outcome retry = publisher.publish(List.of(a));

        assertThat(first.ok()).isFalse();
        assertThat(retry.ok())
                .as("a client's retry must not be told 202 while the first send may still fail")
                .isFalse();
        assertThat(retry.duplicates()).isEmpty();
        assertThat(dedup.snapshot())
                .as("not acknowledged: not in the state file")
                .isEmpty();

        producer.errorNext(new RecordTooLargeException("the first send finally failed"));
        SourcePublisher.Outcome afterFailure = publisher.publish(List.of(a));
        assertThat(producer.history())
                .as("sent again once the first send failed")
                .hasSize(2);

        producer.completeNext();
        assertThat(afterFailure.ok()).isFalse();
        SourcePublisher.Outcome afterAck = publisher.publish(List.of(a));
        assertThat(afterAck.duplicates()).containsExactly(a.id());
        assertThat(dedup.snapshot()).containsKey(a.id());
    }

    @Test
    void shouldSendAgainAfterARetriableFailureReportedByTheCallback() throws Exception {
        FlakyProducer producer = new FlakyProducer(2, new NotLeaderOrFollowerException("leader moved"));
        SourcePublisher publisher = new SourcePublisher(
                new ArticlePublisher(producer, TestSources.TOPIC), dedup, new IngestStats(), Duration.ofSeconds(30));

        SourcePublisher.Outcome outcome = publisher.publish(List.of(a));

        assertThat(outcome.ok()).isTrue();
        assertThat(outcome.published()).containsExactly(a.id());
        assertThat(producer.history()).hasSize(1);
        assertThat(dedup.snapshot()).containsKey(a.id());
    }

    @Test
    void shouldReportANonRetriableFailureReportedByTheCallbackWithItsReason() throws Exception {
        FlakyProducer producer = new FlakyProducer(1, new KafkaException("record refused"));
        IngestStats stats = new IngestStats();
        SourcePublisher publisher = new SourcePublisher(
                new ArticlePublisher(producer, TestSources.TOPIC), dedup, stats, Duration.ofSeconds(30));

        SourcePublisher.Outcome outcome = publisher.publish(List.of(a));

        assertThat(outcome.ok()).isFalse();
        assertThat(outcome.failures())
                .singleElement()
                .asString()
                .startsWith(a.id())
                .contains("record refused");
        assertThat(stats.failed()).isEqualTo(1);
        assertThat(publisher.publish(List.of(a)).ok())
                .as("released: a later attempt publishes it")
                .isTrue();
    }

    @Test
    void shouldCountARepeatWithinOneBatchAsADuplicate() throws Exception {
        MockProducer<String, Article> producer =
                new MockProducer<>(false, null, new StringSerializer(), JsonSerde.of(Article.class));
        SourcePublisher publisher = new SourcePublisher(
                new ArticlePublisher(producer, TestSources.TOPIC), dedup, new IngestStats(), Duration.ofMillis(50));

        SourcePublisher.Outcome outcome = publisher.publish(List.of(a, a));

        assertThat(outcome.duplicates())
                .as("the repeat does not wait for the first copy's send")
                .containsExactly(a.id());
        assertThat(outcome.failures()).hasSize(1);
        assertThat(producer.history()).hasSize(1);
    }
}
