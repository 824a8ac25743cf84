package io.newsroute.app.web;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsroute.common.serde.Json;
import io.newsroute.enrich.trends.TrendsQueries;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP side of a Newsroute process (JDK HTTP server): {@code GET /metrics} (Prometheus text) and
 * {@code /health} always; with trends, the JSON API over the trends stores ({@code /api/countries},
 * {@code /api/countries/CC/series|themes|latest}, {@code /api/themes}), the Server-Sent Events stream
 * of routed articles ({@code /api/stream}) and the page at {@code /} with its bundled assets. Reads
 * only; writes nothing to Kafka.
 */
public final class WebServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    private static final Pattern COUNTRY_PATH = Pattern.compile("/api/countries/([A-Za-z]{2})/(series|themes|latest)");
    private static final ObjectWriter JSON = Json.mapper().writer();

    private final HttpServer server;
    private final ExecutorService executor;

    private WebServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Serves {@code /metrics} and {@code /health} only (the services' {@code --metrics-port}). */
    public static WebServer metricsOnly(InetSocketAddress address, PrometheusMeterRegistry registry)
            throws IOException {
        return start(address, registry, null, null, Clock.systemUTC(), Duration.ZERO);
    }

    /** Serves everything; {@code trends} and {@code feed} may be {@code null} for a metrics-only server. */
    public static WebServer start(
            InetSocketAddress address,
            PrometheusMeterRegistry registry,
            TrendsQueries trends,
            LiveFeed feed,
            Clock clock,
            Duration retention)
            throws IOException {
        HttpServer server = HttpServer.create(address, 64);
        ExecutorService executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "newsroute-web");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext(
                "/metrics",
                ex -> handle(ex, () -> {
                    byte[] body = registry.scrape().getBytes(StandardCharsets.UTF_8);
                    send(ex, 200, "text/plain; version=0.0.4; charset=utf-8", body);
                }));
        server.createContext(
                "/health",
                ex -> handle(
                        ex, () -> send(ex, 200, "text/plain; charset=utf-8", "ok\n".getBytes(StandardCharsets.UTF_8))));
        if (trends != null) {
            TrendsApi api = new TrendsApi(trends, clock, retention);
            server.createContext("/api/", ex -> handle(ex, () -> api(ex, api, feed)));
            server.createContext("/", ex -> handle(ex, () -> StaticAssets.serve(ex)));
        }
        server.start();
        LOG.info("HTTP on {}:{}", address.getHostString(), server.getAddress().getPort());
        return new WebServer(server, executor);
    }

    private static void api(HttpExchange ex, TrendsApi api, LiveFeed feed) throws IOException {
        String path = ex.getRequestURI().getPath();
        Query q = Query.of(ex.getRequestURI());
        if (path.equals("/api/stream") && feed != null) {
            EventStream.serve(ex, feed, q);
            return;
        }
        Object answer;
        Matcher m = COUNTRY_PATH.matcher(path);
        if (path.equals("/api/countries")) {
            answer = api.countries(q);
        } else if (path.equals("/api/themes")) {
            answer = Map.of("themes", TrendsApi.topLevels());
        } else if (m.matches()) {
            answer = switch (m.group(2)) {
                case "series" -> api.series(m.group(1), q);
                case "themes" -> api.themes(m.group(1), q);
                default -> api.latest(m.group(1));
            };
        } else {
            json(ex, 404, Map.of("error", "no such resource: " + path));
            return;
        }
        json(ex, 200, answer);
    }

    static void json(HttpExchange ex, int status, Object value) throws IOException {
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        send(ex, status, "application/json; charset=utf-8", JSON.writeValueAsBytes(value));
    }

    static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = "HEAD".equals(ex.getRequestMethod());
        ex.sendResponseHeaders(status, head ? -1 : (body.length == 0 ? -1 : body.length));
        if (!head) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
        ex.close();
    }

    /** A request handler that may throw. */
    private interface Handler {
        void run() throws IOException;
    }

    private static void handle(HttpExchange ex, Handler h) {
        try (InputStream in = ex.getRequestBody()) {
            in.transferTo(OutputStream.nullOutputStream());
            if (!"GET".equals(ex.getRequestMethod()) && !"HEAD".equals(ex.getRequestMethod())) {
                ex.getResponseHeaders().set("Allow", "GET, HEAD");
                json(ex, 405, Map.of("error", "only GET"));
                return;
            }
            h.run();
        } catch (TrendsApi.BadRequest e) {
            quietly(ex, 400, e.getMessage());
        } catch (InvalidStateStoreException e) {
            ex.getResponseHeaders().set("Retry-After", "2");
            quietly(ex, 503, "the trends stores are not ready yet (starting or rebalancing): try again shortly");
        } catch (IOException e) {
            LOG.debug("Client went away: {}", e.toString());
            ex.close();
        } catch (RuntimeException e) {
            LOG.warn("Request {} failed", ex.getRequestURI(), e);
            quietly(ex, 500, "internal error");
        }
    }

    private static void quietly(HttpExchange ex, int status, String message) {
        try {
            json(ex, status, Map.of("error", message));
        } catch (IOException | RuntimeException e) {
            ex.close();
        }
    }

    /** The port it listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
