package io.newsroute.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsroute.common.model.Article;
import io.newsroute.kafka.JsonSerde;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** publishAll on a MockProducer whose sends fail the first times for chosen keys. */
class ArticlePublisherTest {

    /** Fails the first {@code n} sends of each listed key with the given error, then sends normally. */
    private static final class FailingProducer extends MockProducer<String, Article> {
        private final Map<String, Integer> failuresLeft = new HashMap<>();
        private final RuntimeException error;

        FailingProducer(RuntimeException error, Map<String, Integer> failures) {
            super(true, null, new StringSerializer(), JsonSerde.of(Article.class));
            this.error = error;
            failuresLeft.putAll(failures);
        }

        @Override
        public synchronized Future<RecordMetadata> send(ProducerRecord<String, Article> record, Callback callback) {
            int left = failuresLeft.getOrDefault(record.key(), 0);
            if (left > 0) {
                failuresLeft.put(record.key(), left - 1);
                callback.onCompletion(null, error);
                return CompletableFuture.failedFuture(error);
            }
            return super.send(record, callback);
        }
    }

    private static Article article(String id) {
        return new Article(
                id,
                null,
                "test",
                "Title " + id,
                null,
                List.of(),
                null,
                "en",
                "Body of " + id + ".",
                Instant.parse("2026-11-27T20:00:00Z"));
    }

    @Test
    void shouldSendAgainAnArticleWhoseSendTimedOut() throws InterruptedException {
        FailingProducer producer = new FailingProducer(new TimeoutException("delivery timed out"), Map.of("b", 2));
        ArticlePublisher publisher = new ArticlePublisher(producer, "raw");

        ArticlePublisher.Result result = publisher.publishAll(List.of(article("a"), article("b"), article("c")));

        assertThat(result.failures()).isEmpty();
        assertThat(result.publishedIds()).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(producer.history()).extracting(ProducerRecord::key).containsExactlyInAnyOrder("a", "b", "c");
    }

    @Test
    void shouldReportAnArticleThatKeepsTimingOut() throws InterruptedException {
        FailingProducer producer = new FailingProducer(
                new TimeoutException("delivery timed out"), Map.of("b", ArticlePublisher.MAX_ATTEMPTS));
        ArticlePublisher publisher = new ArticlePublisher(producer, "raw");

        ArticlePublisher.Result result = publisher.publishAll(List.of(article("a"), article("b")));

        assertThat(result.publishedIds()).containsExactly("a");
        assertThat(result.failures())
                .singleElement()
                .asString()
                .startsWith("b: ")
                .contains("delivery timed out");
    }

    @Test
    void shouldNotSendAgainAnArticleRefusedForGood() throws InterruptedException {
        FailingProducer producer = new FailingProducer(new RecordTooLargeException("too large"), Map.of("a", 1));
        ArticlePublisher publisher = new ArticlePublisher(producer, "raw");

        ArticlePublisher.Result result = publisher.publishAll(List.of(article("a")));

        assertThat(result.publishedIds()).isEmpty();
        assertThat(result.failures()).singleElement().asString().contains("too large");
        assertThat(producer.history()).isEmpty();
    }
}
