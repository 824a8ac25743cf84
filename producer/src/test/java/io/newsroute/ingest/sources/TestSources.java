package io.newsroute.ingest.sources;

import io.newsroute.common.model.Article;
import io.newsroute.extract.ArticleIds;
import io.newsroute.ingest.ArticlePublisher;
import io.newsroute.kafka.JsonSerde;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Shared helpers of the source tests: a MockProducer-backed publisher and articles. */
final class TestSources {

    static final String TOPIC = "news.articles.raw";

    private TestSources() {}

    static MockProducer<String, Article> mockProducer() {
        return new MockProducer<>(true, null, new StringSerializer(), JsonSerde.of(Article.class));
    }

    static SourcePublisher publisher(MockProducer<String, Article> producer, Deduplicator dedup) {
        return new SourcePublisher(
                new ArticlePublisher(producer, TOPIC), dedup, new IngestStats(), Duration.ofSeconds(10));
    }

    static Article article(String url, String title, String body) {
        return new Article(
                ArticleIds.of(url, title, body),
                url,
                "test",
                title,
                null,
                List.of(),
                null,
                "en",
                body,
                Instant.parse("2026-11-27T20:00:00Z"));
    }

    /** A body long enough to be fingerprinted on its own. */
    static String body(String topic) {
        return ("The council of " + topic + " met on Tuesday to discuss the budget for the coming year. ").repeat(4)
                + "\n\nMembers agreed to meet again next month.";
    }

    static List<String> keys(MockProducer<String, Article> producer) {
        return producer.history().stream().map(r -> r.key()).toList();
    }
}
