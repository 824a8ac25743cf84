package io.newsroute.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsroute.app.TestBroker;
import io.newsroute.common.config.NewsrouteConfig;
import io.newsroute.common.model.Article;
import io.newsroute.common.model.CountryTag;
import io.newsroute.common.model.EnrichedArticle;
import io.newsroute.common.model.ThemeTag;
import io.newsroute.common.serde.Json;
import io.newsroute.common.time.Poll;
import io.newsroute.enrich.EnrichTopology;
import io.newsroute.kafka.JsonSerde;
import io.newsroute.pipeline.PipelineServices;
import io.newsroute.tagger.ArticleEnricher;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The web process on a real broker: articles with known countries, themes and times go through
 * enrich (with a tagger that reads them from the article) and route; the API's counts are checked
 * exactly against what was sent, per country, span and minute; the live stream and /metrics too.
 */
class WebApiIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final String POLITICS = "medtop:11000000";
    private static final String ECONOMY = "medtop:04000000";
    private static final JsonSerde<Article> ARTICLES = JsonSerde.of(Article.class);
    /** Tags the countries listed in the article's source and the top levels listed in its subtitle. */
    private static final ArticleEnricher TAGGER = a -> EnrichedArticle.of(
            a,
            Arrays.stream(a.source().split(","))
                    .filter(s -> !s.isBlank())
                    .map(c -> new CountryTag(c, c, 0.9, true, List.of()))
                    .toList(),
            Arrays.stream((a.subtitle() == null ? "" : a.subtitle()).split(","))
                    .filter(s -> !s.isBlank())
                    .map(t -> new ThemeTag(t, "label", t, 0.8, List.of()))
                    .toList(),
            "it");

    private final HttpClient http = HttpClient.newHttpClient();

    /** One article: minutes before now, its countries and top levels. */
    record Sent(String id, int minutesAgo, List<String> countries, List<String> tops) {}

    private static final List<Sent> SENT = List.of(
            new Sent("p1", 100, List.of("LA"), List.of(POLITICS)),
            new Sent("p2", 90, List.of("LA"), List.of()),
            new Sent("p3", 75, List.of("JP"), List.of(ECONOMY)),
            new Sent("c1", 45, List.of("JP", "LA"), List.of(POLITICS, ECONOMY)),
            new Sent("c2", 30, List.of("JP"), List.of(POLITICS)),
            new Sent("c3", 30, List.of("JP"), List.of(POLITICS)),
            new Sent("c4", 12, List.of("FR", "JP"), List.of(ECONOMY)),
            new Sent("c5", 3, List.of("JP"), List.of()));

    @Test
    void shouldAnswerExactCountsStreamRoutedArticlesAndExposeMetrics() throws Exception {
        NewsrouteConfig config = TestBroker.isolatedConfig("w")
                .with(Map.of(
                        NewsrouteConfig.TRENDS_APPLICATION_ID,
                        "it-trends-" + System.nanoTime(),
                        NewsrouteConfig.TRENDS_GRACE,
                        "PT3H"));
        var registry = Observability.prometheus();
        double routedJpBefore = metric(registry.scrape(), "newsroute_articles_routed_total{country=\"JP\"}");
        double malformedBefore = metric(
                registry.scrape(),
                "newsroute_articles_dead_lettered_total{reason=\"malformed-json\",stage=\"enrich\"}");
        Instant now = Instant.now();

        try (PipelineServices services = PipelineServices.start(config, EnrichTopology.build(config, TAGGER), TIMEOUT);
                WebProcess web = WebProcess.start(config, new InetSocketAddress("127.0.0.1", 0))
                        .awaitRunning(TIMEOUT);
                KafkaProducer<String, byte[]> raw = new KafkaProducer<>(
                        config.clientProperties("producer"), new StringSerializer(), new ByteArraySerializer())) {
            Observability.bind(services.enrichStreams());
            String base = "http://127.0.0.1:" + web.port();
            for (Sent s : SENT) {
                send(raw, config, s, now);
            }
            send(raw, config, SENT.get(3), now); // the same article again: the dedup step drops it
            send(raw, config, SENT.get(4), now);
            raw.send(new ProducerRecord<>(config.topics().raw(), "bad-1", "{".getBytes(StandardCharsets.UTF_8)))
                    .get();

            JsonNode day = poll(
                    () -> get(base + "/api/countries?since=P1D"),
                    n -> n.get("total").asLong() == 10);
            assertThat(counts(day)).containsExactly(entry("JP", 6L), entry("LA", 3L), entry("FR", 1L));
            JsonNode hour = get(base + "/api/countries?since=PT1H");
            assertThat(counts(hour)).containsExactly(entry("JP", 5L), entry("FR", 1L), entry("LA", 1L));
            JsonNode jp = hour.get("countries").get(0);
            assertThat(jp.get("previous").asLong()).isEqualTo(1);
            assertThat(jp.get("change").asLong()).isEqualTo(4);
            assertThat(hour.get("countries").get(2).get("change").asLong())
                    .as("LA: 1 against 2")
                    .isEqualTo(-1);

            checkCountryViews(base, now);
            checkLiveStream(base, raw, config, now);
            checkMetrics(base, config, routedJpBefore, malformedBefore);
        }
    }

    private void checkCountryViews(String base, Instant now) throws Exception {
        JsonNode series = get(base + "/api/countries/jp/series?since=PT2H&step=PT1M");
        Map<Long, Long> expected = new HashMap<>();
        for (Sent s : SENT) {
            if (s.countries().contains("JP")) {
                expected.merge(minuteOf(now.minus(Duration.ofMinutes(s.minutesAgo()))), 1L, Long::sum);
            }
        }
        Map<Long, Long> nonZero = new HashMap<>();
        series.get("points").forEach(p -> {
            if (p.get("count").asLong() > 0) {
                nonZero.put(p.get("t").asLong(), p.get("count").asLong());
            }
        });
        assertThat(nonZero).isEqualTo(expected);
        assertThat(series.get("points")).hasSizeGreaterThanOrEqualTo(120);

        JsonNode themes = get(base + "/api/countries/JP/themes?since=PT1H");
        assertThat(themes.get("themes").get(0).get("code").asText()).isEqualTo(POLITICS);
        assertThat(themes.get("themes").get(0).get("count").asLong()).isEqualTo(3);
        assertThat(themes.get("themes").get(0).get("label").asText()).isEqualTo("politics and government");
        assertThat(themes.get("themes").get(1).get("count").asLong()).isEqualTo(2);

        JsonNode latest = get(base + "/api/countries/LA/latest");
        List<String> ids = new ArrayList<>();
        latest.get("articles").forEach(a -> ids.add(a.get("article").get("id").asText()));
        assertThat(ids).containsExactly("c1", "p2", "p1");

        HttpResponse<String> bad = http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/countries?since=yesterday"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(http.send(
                                HttpRequest.newBuilder(URI.create(base + "/api/countries/XX/latest"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(400);
    }

    private void checkLiveStream(String base, KafkaProducer<String, byte[]> raw, NewsrouteConfig config, Instant now)
            throws Exception {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        HttpResponse<java.util.stream.Stream<String>> sse = http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/stream?country=JP&theme=" + POLITICS + "&replay=0"))
                        .build(),
                HttpResponse.BodyHandlers.ofLines());
        assertThat(sse.statusCode()).isEqualTo(200);
        assertThat(sse.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        Thread reader = new Thread(() -> sse.body().forEach(lines::add), "sse-reader");
        reader.setDaemon(true);
        reader.start();
        send(raw, config, new Sent("live-fr", 0, List.of("FR"), List.of(POLITICS)), now);
        send(raw, config, new Sent("live-jp-economy", 0, List.of("JP"), List.of(ECONOMY)), now);
        send(raw, config, new Sent("live-jp", 0, List.of("JP"), List.of(POLITICS)), now);
        send(raw, config, new Sent("live-jp-fr", 0, List.of("JP", "FR"), List.of(ECONOMY, POLITICS)), now);

        Set<String> seen = new java.util.HashSet<>();
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!seen.containsAll(Set.of("live-jp", "live-jp-fr")) && System.nanoTime() < deadline) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line != null && line.startsWith("data: ")) {
                seen.add(Json.mapper()
                        .readTree(line.substring(6))
                        .get("article")
                        .get("id")
                        .asText());
            }
        }
        assertThat(seen).containsExactlyInAnyOrder("live-jp", "live-jp-fr");
        sse.body().close();
    }

    private void checkMetrics(String base, NewsrouteConfig config, double routedJpBefore, double malformedBefore)
            throws Exception {
        String app = config.require(NewsrouteConfig.STREAMS_APPLICATION_ID);
        // 8 articles + 2 repeats + 1 malformed + 4 live ones read; 12 tagged; JP routed 6 + 3 live
        String text = poll(
                () -> getText(base + "/metrics"),
                t -> metric(t, "newsroute_articles_routed_total{country=\"JP\"}") - routedJpBefore >= 9);
        assertThat(metric(text, "newsroute_articles_read_total{application=\"" + app + "\"}"))
                .isEqualTo(15);
        assertThat(metric(text, "newsroute_articles_tagged_total{application=\"" + app + "\"}"))
                .isEqualTo(14);
        assertThat(metric(text, "newsroute_duplicates_dropped_total{application=\"" + app + "\"}"))
                .isEqualTo(2);
        assertThat(metric(text, "newsroute_articles_routed_total{country=\"JP\"}") - routedJpBefore)
                .isEqualTo(9);
        assertThat(metric(text, "newsroute_articles_dead_lettered_total{reason=\"malformed-json\",stage=\"enrich\"}")
                        - malformedBefore)
                .isEqualTo(1);
        assertThat(text)
                .contains(
                        "newsroute_tagging_time_seconds_bucket{application=\"" + app + "\"",
                        "kafka_stream_",
                        "kafka_consumer_fetch_manager_records_lag_max",
                        "jvm_memory_used_bytes");
    }

    private static void send(KafkaProducer<String, byte[]> raw, NewsrouteConfig config, Sent s, Instant now)
            throws Exception {
        Instant at = now.minus(Duration.ofMinutes(s.minutesAgo()));
        Article a = new Article(
                s.id(),
                null,
                String.join(",", s.countries()),
                "Story " + s.id(),
                String.join(",", s.tops()),
                List.of(),
                null,
                "en",
                "Body of " + s.id(),
                at);
        raw.send(new ProducerRecord<>(
                        config.topics().raw(), null, at.toEpochMilli(), s.id(), ARTICLES.serialize(null, a)))
                .get();
    }

    private static long minuteOf(Instant t) {
        return Math.floorDiv(t.toEpochMilli(), 60_000L) * 60_000L;
    }

    private static Map<String, Long> counts(JsonNode answer) {
        Map<String, Long> m = new java.util.LinkedHashMap<>();
        answer.get("countries")
                .forEach(c -> m.put(c.get("code").asText(), c.get("count").asLong()));
        return m;
    }

    /** The value of the sample line starting with {@code series} (the full name with labels), 0 when absent. */
    static double metric(String text, String series) {
        for (String line : text.split("\n")) {
            if (line.startsWith(series + " ")) {
                return Double.parseDouble(
                        line.substring(series.length() + 1).trim().split(" ")[0]);
            }
        }
        return 0;
    }

    private JsonNode get(String url) throws Exception {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
        }
        return Json.mapper().readTree(r.body());
    }

    private String getText(String url) throws Exception {
        return http.send(
                        HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }

    interface Call<T> {
        T get() throws Exception;
    }

    /** Calls until the answer satisfies {@code done} (a 503 while the stores start counts as not yet), or fails at the deadline. */
    private static <T> T poll(Call<T> call, java.util.function.Predicate<T> done) throws Exception {
        AtomicReference<T> last = new AtomicReference<>();
        AtomicReference<Exception> error = new AtomicReference<>();
        boolean answered = Poll.until(TIMEOUT, Duration.ofMillis(200), () -> {
            try {
                last.set(call.get());
                return done.test(last.get());
            } catch (IllegalStateException e) {
                error.set(e);
                return false;
            }
        });
        if (!answered) {
            throw new AssertionError("not done within " + TIMEOUT + "; last answer: " + last.get(), error.get());
        }
        return last.get();
    }
}
