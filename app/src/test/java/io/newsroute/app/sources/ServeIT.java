package io.newsroute.app.sources;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsroute.common.config.NewsrouteConfig;
import io.newsroute.common.model.Article;
import io.newsroute.common.serde.Json;
import io.newsroute.extract.ArticleFiles;
import io.newsroute.extract.HtmlExtractor;
import io.newsroute.ingest.ArticlePublisher;
import io.newsroute.ingest.ProducerClients;
import io.newsroute.ingest.sources.Deduplicator;
import io.newsroute.ingest.sources.IngestServer;
import io.newsroute.ingest.sources.IngestStats;
import io.newsroute.ingest.sources.SourcePublisher;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** {@code newsroute serve} on a real broker: POST → 202 with the id once acknowledged → the record is on the raw topic, once. */
class ServeIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Test
    void shouldPutAPostedArticleOnTheRawTopicOnceAndAnswerItsId() throws Exception {
        NewsrouteConfig config = SourcesBroker.isolatedConfig();
        String article = "{\"url\":\"https://news.example/harbour?utm_source=x\",\"title\":\"Harbour reopens\","
                + "\"body\":\"The harbour of Brest reopened on Friday after three days of closure.\\n\\nFerries resumed.\"}";
        HttpClient client = HttpClient.newHttpClient();

        try (ArticlePublisher publisher = ProducerClients.publisher(config);
                IngestServer server = new IngestServer(
                                new InetSocketAddress("127.0.0.1", 0),
                                new SourcePublisher(publisher, new Deduplicator(), new IngestStats(), TIMEOUT),
                                new ArticleFiles(Clock.systemUTC()),
                                new HtmlExtractor(),
                                1 << 20,
                                2,
                                Clock.systemUTC())
                        .start()) {
            HttpRequest post = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/articles"))
                    .header("Content-Type", "application/json")
                    .timeout(TIMEOUT)
                    .POST(HttpRequest.BodyPublishers.ofString(article))
                    .build();

            HttpResponse<String> first = client.send(post, HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> again = client.send(post, HttpResponse.BodyHandlers.ofString());

            assertThat(first.statusCode()).as(first.body()).isEqualTo(202);
            JsonNode answer = Json.mapper().readTree(first.body());
            String id = answer.get("ids").get(0).asText();
            assertThat(again.statusCode()).isEqualTo(202);
            assertThat(Json.mapper()
                            .readTree(again.body())
                            .get("duplicates")
                            .get(0)
                            .asText())
                    .isEqualTo(id);

            List<ConsumerRecord<String, Article>> records = SourcesBroker.rawRecords(config, TIMEOUT);
            assertThat(records).hasSize(1);
            assertThat(records.get(0).key()).isEqualTo(id);
            assertThat(records.get(0).value().url()).isEqualTo("https://news.example/harbour?utm_source=x");
            assertThat(records.get(0).value().title()).isEqualTo("Harbour reopens");
        }
    }
}
