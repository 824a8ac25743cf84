package io.newsroute.ingest.sources;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsroute.common.model.Article;
import io.newsroute.extract.HtmlExtractor;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.MockProducer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedPollerTest {

    @TempDir
    Path tmp;

    private final LocalWeb web = new LocalWeb();
    private final MockProducer<String, Article> producer = TestSources.mockProducer();

    @AfterEach
    void stop() {
        web.close();
    }

    private static HttpFetcher fetcher(Duration timeout, int retries) {
        HttpFetcher.Options o = new HttpFetcher.Options(
                Duration.ofSeconds(2), timeout, retries, Duration.ofMillis(5), 1024 * 1024, "newsroute-test");
        return new HttpFetcher(
                HttpFetcher.client(o), o, new HostRateLimiter(1000), nanos -> TimeUnit.NANOSECONDS.sleep(nanos));
    }

    private FeedPoller poller(MockProducer<String, Article> p, HttpFetcher fetcher, String... feedPaths)
            throws Exception {
        Deduplicator dedup = new Deduplicator();
        SourceState state = SourceState.load(tmp.resolve("feeds-state"), dedup);
        List<URI> feeds = java.util.Arrays.stream(feedPaths).map(web::uri).toList();
        return new FeedPoller(
                feeds,
                fetcher,
                new HtmlExtractor(),
                TestSources.publisher(p, dedup),
                state,
                Duration.ofMinutes(5),
                Clock.systemUTC());
    }

    private void servePages() {
        web.on(
                "/news/harbour",
                ex -> LocalWeb.send(
                        ex,
                        200,
                        "text/html; charset=utf-8",
                        web.page(
                                "Harbour reopens after storm",
                                "The harbour of Brest reopened on Friday after three days.",
                                web.base() + "/news/harbour")));
        web.on(
                "/news/budget",
                ex -> LocalWeb.send(
                        ex,
                        200,
                        "text/html; charset=utf-8",
                        web.page(
                                "Council approves budget",
                                "The city council of Quimper approved the budget.",
                                web.base() + "/news/budget")));
    }

    @Test
    void shouldPublishEachNewItemFromItsPageOnceAcrossPolls() throws Exception {
        web.on("/rss", ex -> LocalWeb.send(ex, 200, "application/rss+xml", web.resource("rss.xml")));
        servePages();
        FeedPoller poller = poller(producer, fetcher(Duration.ofSeconds(5), 0), "/rss");

        FeedPoller.PollResult first = poller.poll(web.uri("/rss"));
        FeedPoller.PollResult second = poller.poll(web.uri("/rss"));

        assertThat(first.published()).isEqualTo(2);
        assertThat(first.fromFeedContent()).isZero();
        assertThat(second.newItems()).isZero();
        assertThat(producer.history()).hasSize(2);
        Article oldest = producer.history().get(0).value();
        assertThat(oldest.title()).isEqualTo("Council approves budget");
        assertThat(oldest.body()).contains("Residents gathered at the town hall");
        assertThat(oldest.source()).isEqualTo("Coastal Times");
        assertThat(producer.history().get(1).value().authors()).containsExactly("Ana Costa");
        assertThat(web.hits("/news/harbour")).isEqualTo(1);
    }

    @Test
    void shouldSendConditionalGetsAndTreat304AsNothingNew() throws Exception {
        web.on("/rss", ex -> {
            if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                LocalWeb.send(ex, 304, "application/rss+xml", "");
                return;
            }
            ex.getResponseHeaders().set("ETag", "\"v1\"");
            ex.getResponseHeaders().set("Last-Modified", "Fri, 27 Nov 2026 18:00:00 GMT");
            LocalWeb.send(ex, 200, "application/rss+xml", web.resource("rss.xml"));
        });
        servePages();
        FeedPoller poller = poller(producer, fetcher(Duration.ofSeconds(5), 0), "/rss");

        poller.poll(web.uri("/rss"));
        FeedPoller.PollResult second = poller.poll(web.uri("/rss"));

        assertThat(second.notModified()).isTrue();
        assertThat(web.requests()).anySatisfy(h -> assertThat(h.getFirst("If-Modified-Since"))
                .isEqualTo("Fri, 27 Nov 2026 18:00:00 GMT"));
        assertThat(producer.history()).hasSize(2);
    }

    @Test
    void shouldFallBackToTheFeedContentWhenThePageIsMissing() throws Exception {
        web.on("/rss", ex -> LocalWeb.send(ex, 200, "application/rss+xml", web.resource("rss.xml")));
        web.on("/news", ex -> LocalWeb.send(ex, 404, "text/html", "<h1>Not found</h1>"));
        FeedPoller poller = poller(producer, fetcher(Duration.ofSeconds(5), 0), "/rss");

        FeedPoller.PollResult r = poller.poll(web.uri("/rss"));

        assertThat(r.published()).isEqualTo(2);
        assertThat(r.fromFeedContent()).isEqualTo(2);
        Article harbour = producer.history().get(1).value();
        assertThat(harbour.body())
                .startsWith("The harbour of Brest reopened on Friday after three days of closure")
                .contains("\n\nFishing boats returned");
        assertThat(harbour.subtitle()).isEqualTo("The harbour of Brest reopened on Friday.");
        assertThat(harbour.url()).isEqualTo(web.base() + "/news/harbour?utm_source=rss");
        assertThat(producer.history().get(0).value().body()).contains("Spending on schools");
    }

    @Test
    void shouldFallBackToTheFeedContentWhenThePageTimesOut() throws Exception {
        web.on("/rss", ex -> LocalWeb.send(ex, 200, "application/rss+xml", web.resource("rss.xml")));
        web.on("/news", ex -> {
            try {
                web.released.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        FeedPoller poller = poller(producer, fetcher(Duration.ofMillis(300), 1), "/rss");

        FeedPoller.PollResult r = poller.poll(web.uri("/rss"));

        assertThat(r.fromFeedContent()).isEqualTo(2);
        assertThat(web.hits("/news/harbour")).isEqualTo(2); // first attempt and one retry
        assertThat(producer.history()).hasSize(2);
    }

    @Test
    void shouldRefuseAFeedWithEntitiesAndFetchNothing() throws Exception {
        web.on("/evil", ex -> LocalWeb.send(ex, 200, "application/rss+xml", web.resource("xxe.xml")));
        web.on("/secret", ex -> LocalWeb.send(ex, 200, "text/plain", "secret"));
        FeedPoller poller = poller(producer, fetcher(Duration.ofSeconds(5), 0), "/evil");

        FeedPoller.PollResult r = poller.poll(web.uri("/evil"));

        assertThat(r.failed()).isEqualTo(1);
        assertThat(web.hits("/secret")).isZero();
        assertThat(web.hits("/news/evil")).isZero();
        assertThat(producer.history()).isEmpty();
    }

    @Test
    void shouldNotRepublishItemsAfterARestart() throws Exception {
        web.on("/rss", ex -> LocalWeb.send(ex, 200, "application/rss+xml", web.resource("rss.xml")));
        servePages();
        poller(producer, fetcher(Duration.ofSeconds(5), 0), "/rss").poll(web.uri("/rss"));

        MockProducer<String, Article> afterRestart = TestSources.mockProducer();
        FeedPoller.PollResult r =
                poller(afterRestart, fetcher(Duration.ofSeconds(5), 0), "/rss").poll(web.uri("/rss"));

        assertThat(r.newItems()).isZero();
        assertThat(afterRestart.history()).isEmpty();
        assertThat(web.hits("/news/harbour")).isEqualTo(1);
    }

    @Test
    void shouldTryAnItemAgainWhenKafkaDidNotAcknowledgeIt() throws Exception {
        web.on("/rss", ex -> {
            ex.getResponseHeaders().set("ETag", "\"v1\"");
            LocalWeb.send(ex, 200, "application/rss+xml", web.resource("rss.xml"));
        });
        servePages();
        MockProducer<String, Article> failing = TestSources.mockProducer();
        failing.sendException = new org.apache.kafka.common.KafkaException("broker down");
        FeedPoller poller = poller(failing, fetcher(Duration.ofSeconds(5), 0), "/rss");

        assertThat(poller.poll(web.uri("/rss")).failed()).isEqualTo(2);
        failing.sendException = null;
        FeedPoller.PollResult retry = poller.poll(web.uri("/rss"));

        assertThat(retry.notModified()).isFalse();
        assertThat(retry.published()).isEqualTo(2);
        assertThat(failing.history()).hasSize(2);
    }

    @Test
    void shouldReadAtomEntriesWithRelativeLinks() throws Exception {
        web.on("/atom", ex -> LocalWeb.send(ex, 200, "application/atom+xml", web.resource("atom.xml")));
        web.on(
                "/stories/pass",
                ex -> LocalWeb.send(
                        ex,
                        200,
                        "text/html",
                        web.page(
                                "Pass closed by snow",
                                "The Simplon pass was closed on Friday.",
                                web.base() + "/stories/pass")));
        FeedPoller poller = poller(producer, fetcher(Duration.ofSeconds(5), 0), "/atom");

        FeedPoller.PollResult r = poller.poll(web.uri("/atom"));

        assertThat(r.published()).isEqualTo(1);
        assertThat(producer.history().get(0).value().url()).isEqualTo(web.base() + "/stories/pass");
        assertThat(producer.history().get(0).value().authors()).containsExactly("Luca Bianchi");
    }

    @Test
    void shouldTryAgainNextPollAnItemWithoutFeedContentWhosePageFailedTransiently() throws Exception {
        String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Coastal Times</title>"
                + "<item><title>Harbour reopens after storm</title><link>" + web.base() + "/news/harbour</link>"
                + "<guid>harbour-1</guid></item></channel></rss>";
        web.on("/rss", ex -> LocalWeb.send(ex, 200, "application/rss+xml", rss));
        java.util.concurrent.atomic.AtomicInteger pageHits = new java.util.concurrent.atomic.AtomicInteger();
        web.on("/news/harbour", ex -> {
            if (pageHits.incrementAndGet() == 1) {
                LocalWeb.send(ex, 503, "text/html", "<h1>Try later</h1>");
                return;
            }
            LocalWeb.send(
                    ex,
                    200,
                    "text/html; charset=utf-8",
                    web.page(
                            "Harbour reopens after storm",
                            "The harbour of Brest reopened on Friday after three days.",
                            web.base() + "/news/harbour"));
        });
        FeedPoller poller = poller(producer, fetcher(Duration.ofSeconds(5), 0), "/rss");

        FeedPoller.PollResult first = poller.poll(web.uri("/rss"));
        FeedPoller.PollResult second = poller.poll(web.uri("/rss"));

        assertThat(first.failed()).isEqualTo(1);
        assertThat(first.published()).isZero();
        assertThat(second.published())
                .as("not marked seen after a 503: published on the next poll")
                .isEqualTo(1);
        assertThat(producer.history()).hasSize(1);
    }
}
