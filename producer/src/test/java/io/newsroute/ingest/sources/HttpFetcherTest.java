package io.newsroute.ingest.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpFetcherTest {

    private final LocalWeb web = new LocalWeb();
    private final List<Long> sleeps = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        web.close();
    }

    private HttpFetcher fetcher(int retries, long maxBytes) {
        HttpFetcher.Options o = new HttpFetcher.Options(
                Duration.ofSeconds(2),
                Duration.ofSeconds(5),
                retries,
                Duration.ofMillis(10),
                maxBytes,
                "newsroute-test");
        return new HttpFetcher(HttpFetcher.client(o), o, new HostRateLimiter(1000), sleeps::add);
    }

    @Test
    void shouldRetryServerErrorsWithExponentialBackoff() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        web.on("/flaky", ex -> {
            if (calls.incrementAndGet() <= 2) {
                LocalWeb.send(ex, 503, "text/plain", "busy");
            } else {
                LocalWeb.send(ex, 200, "text/plain", "ok");
            }
        });

        HttpFetcher.Response r = fetcher(3, 1024).get(web.uri("/flaky"), Map.of());

        assertThat(r.status()).isEqualTo(200);
        assertThat(new String(r.body())).isEqualTo("ok");
        assertThat(sleeps)
                .containsExactly(
                        Duration.ofMillis(10).toNanos(), Duration.ofMillis(20).toNanos());
    }

    @Test
    void shouldReturnTheLastServerErrorAfterTheRetries() throws Exception {
        web.on("/down", ex -> LocalWeb.send(ex, 500, "text/plain", "down"));

        HttpFetcher.Response r = fetcher(2, 1024).get(web.uri("/down"), Map.of());

        assertThat(r.status()).isEqualTo(500);
        assertThat(web.hits("/down")).isEqualTo(3);
    }

    @Test
    void shouldNotRetryClientErrors() throws Exception {
        web.on("/gone", ex -> LocalWeb.send(ex, 404, "text/plain", "gone"));

        assertThat(fetcher(3, 1024).get(web.uri("/gone"), Map.of()).status()).isEqualTo(404);
        assertThat(web.hits("/gone")).isEqualTo(1);
    }

    @Test
    void shouldRefuseABodyOverTheCapWhetherDeclaredOrStreamed() {
        web.on("/declared", ex -> LocalWeb.send(ex, 200, "text/html", "x".repeat(5000)));
        web.on("/streamed", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0); // chunked, no length
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 50; i++) {
                    out.write("y".repeat(1000).getBytes());
                }
            } catch (java.io.IOException e) {
                // the client hung up at the cap
            }
        });
        HttpFetcher fetcher = fetcher(3, 1024);

        assertThatThrownBy(() -> fetcher.get(web.uri("/declared"), Map.of()))
                .isInstanceOf(HttpFetcher.FetchException.class)
                .hasMessageContaining("larger than 1024 bytes");
        assertThatThrownBy(() -> fetcher.get(web.uri("/streamed"), Map.of()))
                .isInstanceOf(HttpFetcher.FetchException.class)
                .hasMessageContaining("larger than 1024 bytes");
        assertThat(web.hits("/streamed")).isEqualTo(1);
    }

    @Test
    void shouldGiveUpOnAnUnreachableHostWithTheReason() {
        HttpFetcher fetcher = fetcher(1, 1024);
        String closed = web.base();
        web.close();

        assertThatThrownBy(() -> fetcher.get(java.net.URI.create(closed + "/x"), Map.of()))
                .isInstanceOf(HttpFetcher.FetchException.class)
                .hasMessageContaining("after 2 attempts");
    }
}
