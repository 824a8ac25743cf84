package io.newsroute.ingest.sources;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsroute.common.model.Article;
import io.newsroute.common.serde.Json;
import io.newsroute.common.time.Poll;
import io.newsroute.extract.ArticleFiles;
import io.newsroute.extract.HtmlExtractor;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.KafkaException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IngestServerTest {

    private final MockProducer<String, Article> producer = TestSources.mockProducer();
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private IngestServer server;

    @BeforeEach
    void start() throws Exception {
        server = new IngestServer(
                        new InetSocketAddress("127.0.0.1", 0),
                        TestSources.publisher(producer, new Deduplicator()),
                        new ArticleFiles(Clock.systemUTC()),
                        new HtmlExtractor(),
                        4096,
                        2,
                        Clock.systemUTC())
                .start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                        .header("Content-Type", contentType)
                        .timeout(Duration.ofSeconds(10))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String json(String url, String title, String topic) {
        return "{\"url\":\"" + url + "\",\"title\":\"" + title + "\",\"body\":\""
                + TestSources.body(topic).replace("\n", "\\n") + "\"}";
    }

    private static JsonNode parse(HttpResponse<String> r) throws Exception {
        return Json.mapper().readTree(r.body());
    }

    @Test
    void shouldAcceptOneJsonArticleAndAnswerItsIdOnceAcknowledged() throws Exception {
        HttpResponse<String> r = post("/articles", "application/json", json("https://a.example/1", "One", "Lyon"));

        assertThat(r.statusCode()).isEqualTo(202);
        assertThat(producer.history()).hasSize(1);
        assertThat(parse(r).get("ids").get(0).asText())
                .isEqualTo(producer.history().get(0).key());
    }

    @Test
    void shouldAcceptJsonLinesAndSkipARepeatedArticle() throws Exception {
        String lines =
                json("https://a.example/1", "One", "Lyon") + "\n" + json("https://a.example/2", "Two", "Nantes") + "\n";
        assertThat(post("/articles", "application/x-ndjson", lines).statusCode())
                .isEqualTo(202);

        HttpResponse<String> again = post("/articles", "application/json", lines);

        assertThat(again.statusCode()).isEqualTo(202);
        assertThat(parse(again).get("ids")).isEmpty();
        assertThat(parse(again).get("duplicates")).hasSize(2);
        assertThat(producer.history()).hasSize(2);
    }

    @Test
    void shouldExtractAnHtmlPageGivenItsUrl() throws Exception {
        String html = "<html><head><title>Storm hits Brest</title></head><body><article><h1>Storm hits Brest</h1><p>"
                + TestSources.body("Brest").replace("\n\n", "</p><p>") + "</p></article></body></html>";

        HttpResponse<String> r =
                post("/articles?url=https%3A%2F%2Fnews.example%2Fstorm", "text/html; charset=utf-8", html);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        assertThat(producer.history().get(0).value().url()).isEqualTo("https://news.example/storm");
        assertThat(producer.history().get(0).value().body()).contains("council of Brest");
    }

    @Test
    void shouldRejectBadInputWithAReason() throws Exception {
        HttpResponse<String> badLine = post(
                "/articles", "application/x-ndjson", json("https://a.example/1", "One", "Lyon") + "\n{not json}\n");
        HttpResponse<String> noUrl = post("/articles", "text/html", "<p>hello</p>");
        HttpResponse<String> noBody = post("/articles", "application/json", "{\"title\":\"Only a title\"}");

        assertThat(badLine.statusCode()).isEqualTo(400);
        assertThat(parse(badLine).get("error").asText()).startsWith("line 2:");
        assertThat(noUrl.statusCode()).isEqualTo(400);
        assertThat(parse(noUrl).get("error").asText()).contains("url");
        assertThat(noBody.statusCode()).isEqualTo(400);
        assertThat(producer.history()).isEmpty();
    }

    @Test
    void shouldRefuseABodyOverTheLimitByLengthAndByStream() throws Exception {
        String big = json("https://a.example/1", "One", "Lyon".repeat(2000));
        HttpResponse<String> declared = post("/articles", "application/json", big);

        HttpURLConnection chunked = (HttpURLConnection) URI.create("http://127.0.0.1:" + server.port() + "/articles")
                .toURL()
                .openConnection();
        chunked.setDoOutput(true);
        chunked.setChunkedStreamingMode(512);
        chunked.setRequestProperty("Content-Type", "application/json");
        try (OutputStream out = chunked.getOutputStream()) {
            out.write(big.getBytes(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            // the server may close the connection before the whole body is sent
        }
        int streamed = chunked.getResponseCode();
        chunked.disconnect();

        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(streamed).isEqualTo(413);
        assertThat(producer.history()).isEmpty();
    }

    @Test
    void shouldAnswer405ToOtherMethodsAnd200ToHealth() throws Exception {
        HttpResponse<String> get = client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/articles"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> health = client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/health"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("Allow")).hasValue("POST");
        assertThat(health.statusCode()).isEqualTo(200);
    }

    @Test
    void shouldAnswer503WhenKafkaDoesNotAcknowledge() throws Exception {
        producer.sendException = new KafkaException("broker down");

        HttpResponse<String> r = post("/articles", "application/json", json("https://a.example/1", "One", "Lyon"));
        producer.sendException = null;
        HttpResponse<String> retry = post("/articles", "application/json", json("https://a.example/1", "One", "Lyon"));

        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(retry.statusCode()).isEqualTo(202);
        assertThat(parse(retry).get("ids")).hasSize(1);
    }

    @Test
    void shouldFinishARequestInFlightWhenStopping() throws Exception {
        MockProducer<String, Article> slow = new MockProducer<>(
                false,
                null,
                new org.apache.kafka.common.serialization.StringSerializer(),
                io.newsroute.kafka.JsonSerde.of(Article.class));
        IngestServer stopping = new IngestServer(
                        new InetSocketAddress("127.0.0.1", 0),
                        TestSources.publisher(slow, new Deduplicator()),
                        new ArticleFiles(Clock.systemUTC()),
                        new HtmlExtractor(),
                        4096,
                        2,
                        Clock.systemUTC())
                .start();
        var response = client.sendAsync(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + stopping.port() + "/articles"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json("https://a.example/1", "One", "Lyon")))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Poll.until(Duration.ofSeconds(10), Duration.ofMillis(20), () -> !slow.history()
                .isEmpty());
        Thread closer = new Thread(stopping::close, "closer");
        closer.start();

        assertThat(slow.completeNext()).isTrue();
        closer.join(15_000);

        assertThat(response.get(10, java.util.concurrent.TimeUnit.SECONDS).statusCode())
                .isEqualTo(202);
        assertThat(closer.isAlive()).isFalse();
    }
}
