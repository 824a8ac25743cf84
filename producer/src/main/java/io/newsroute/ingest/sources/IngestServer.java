package io.newsroute.ingest.sources;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.newsroute.common.model.Article;
import io.newsroute.common.serde.Json;
import io.newsroute.extract.ArticleFiles;
import io.newsroute.extract.HtmlExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP ingest ({@code newsroute serve}). Reads {@code POST /articles}: one JSON article, a JSON
 * array, JSON lines ({@code application/x-ndjson} or several lines), an HTML page
 * ({@code text/html} with {@code ?url=}) or a plain-text article ({@code text/plain}); writes the
 * articles through the {@link SourcePublisher} and answers once Kafka has acknowledged them:
 * {@code 202 {"ids":[...],"duplicates":[...]}}. Answers 400 (with a reason) for bad input, 413 over
 * {@code maxBytes} (Content-Length checked first, the stream capped as well), 415 for other content
 * types, 405 for other methods, 503 when Kafka did not acknowledge; {@code GET /health} answers 200.
 * A request is all or nothing at parse time: one bad line rejects the whole request.
 */
public final class IngestServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IngestServer.class);

    private final HttpServer server;
    private final ExecutorService executor;
    private final SourcePublisher publisher;
    private final IngestRequest requests;
    private final long maxBytes;
    /** Requests being handled; close() waits for them. */
    private final AtomicInteger inFlight = new AtomicInteger();

    private volatile boolean closing;

    /**
     * A server bound to {@code address} (port 0 for a free port), not yet started.
     *
     * @param threads requests handled at once
     */
    public IngestServer(
            InetSocketAddress address,
            SourcePublisher publisher,
            ArticleFiles files,
            HtmlExtractor html,
            long maxBytes,
            int threads,
            Clock clock)
            throws IOException {
        this.publisher = publisher;
        this.requests = new IngestRequest(files, html, clock);
        this.maxBytes = maxBytes;
        this.server = HttpServer.create(address, 64);
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "newsroute-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/articles", ex -> tracked(ex, this::articles));
        server.createContext("/health", ex -> tracked(ex, this::health));
    }

    public IngestServer start() {
        server.start();
        LOG.info("HTTP ingest listening on {}", server.getAddress());
        return this;
    }

    /** The bound port (useful with port 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    private interface Handler {
        void handle(HttpExchange ex) throws IOException;
    }

    /** Counts the request while it runs; once closing, answers 503 instead. */
    private void tracked(HttpExchange ex, Handler handler) throws IOException {
        inFlight.incrementAndGet();
        try {
            if (closing) {
                try (ex) {
                    ex.getResponseHeaders().set("Connection", "close");
                    send(ex, 503, error("shutting down"));
                }
                return;
            }
            handler.handle(ex);
        } finally {
            synchronized (inFlight) {
                inFlight.decrementAndGet();
                inFlight.notifyAll();
            }
        }
    }

    private void health(HttpExchange ex) throws IOException {
        try (ex) {
            if (!ex.getRequestMethod().equals("GET") && !ex.getRequestMethod().equals("HEAD")) {
                ex.getResponseHeaders().set("Allow", "GET, HEAD");
                send(ex, 405, error("method not allowed"));
                return;
            }
            send(ex, 200, Json.mapper().createObjectNode().put("status", "ok"));
        }
    }

    private void articles(HttpExchange ex) throws IOException {
        try (ex) {
            if (!ex.getRequestURI().getPath().equals("/articles")) {
                send(ex, 404, error("not found"));
                return;
            }
            if (!ex.getRequestMethod().equals("POST")) {
                ex.getResponseHeaders().set("Allow", "POST");
                send(ex, 405, error("method not allowed: use POST"));
                return;
            }
            String body = readBody(ex);
            if (body == null) {
                return;
            }
            List<Article> articles;
            try {
                articles = requests.parse(
                        ex.getRequestHeaders().getFirst("Content-Type"),
                        body,
                        queryParameter(ex.getRequestURI().getRawQuery(), "url"));
            } catch (IngestRequest.BadInput e) {
                LOG.info("Rejected POST /articles from {}: {} {}", ex.getRemoteAddress(), e.status(), e.getMessage());
                send(ex, e.status(), error(e.getMessage()));
                return;
            }
            publishAndAnswer(ex, articles);
        } catch (IOException | RuntimeException e) {
            LOG.warn("POST /articles from {} failed: {}", ex.getRemoteAddress(), e.toString());
            throw e;
        }
    }

    /**
     * The request body as UTF-8 text, read up to {@link #maxBytes}; null once an error answer is sent
     * (a bad or too large Content-Length, a larger body, or bytes that are not UTF-8).
     */
    private String readBody(HttpExchange ex) throws IOException {
        String declared = ex.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            long length;
            try {
                length = Long.parseLong(declared.trim());
            } catch (NumberFormatException e) {
                send(ex, 400, error("bad Content-Length"));
                return null;
            }
            if (length > maxBytes) {
                tooLarge(ex);
                return null;
            }
        }
        byte[] bytes;
        try (InputStream in = ex.getRequestBody()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        if (bytes.length > maxBytes) {
            tooLarge(ex);
            return null;
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            send(ex, 400, error("body is not UTF-8"));
            return null;
        }
    }

    /** Publishes the articles and answers 202 with their ids, or 503 when Kafka did not take them all. */
    private void publishAndAnswer(HttpExchange ex, List<Article> articles) throws IOException {
        SourcePublisher.Outcome outcome;
        try {
            outcome = publisher.publish(articles);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            send(ex, 503, error("shutting down"));
            return;
        }
        ObjectNode answer = Json.mapper().createObjectNode();
        answer.putPOJO("ids", outcome.published());
        answer.putPOJO("duplicates", outcome.duplicates());
        if (!outcome.ok()) {
            answer.put(
                    "error",
                    "Kafka did not acknowledge " + outcome.failures().size() + " of " + articles.size() + " articles");
            answer.putPOJO("failed", outcome.failures());
            send(ex, 503, answer);
            return;
        }
        send(ex, 202, answer);
    }

    private void tooLarge(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("Connection", "close");
        send(ex, 413, error("body larger than " + maxBytes + " bytes"));
    }

    static String queryParameter(String rawQuery, String name) {
        if (rawQuery == null) {
            return null;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            if (key.equals(name)) {
                return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static ObjectNode error(String reason) {
        return Json.mapper().createObjectNode().put("error", reason);
    }

    private static void send(HttpExchange ex, int status, ObjectNode json) throws IOException {
        byte[] bytes = Json.mapper().writeValueAsBytes(json);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        if (ex.getRequestMethod().equals("HEAD")) {
            ex.sendResponseHeaders(status, -1);
            return;
        }
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    /**
     * Refuses new requests (503), lets running ones finish (up to 10 s, e.g. waiting for Kafka), then
     * stops the listener and the threads. (The JDK server's own {@code stop(delay)} always waits the
     * whole delay on Java 17, so the waiting is done here.)
     */
    @Override
    public void close() {
        closing = true;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        synchronized (inFlight) {
            while (inFlight.get() > 0 && System.nanoTime() < deadline) {
                try {
                    inFlight.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        server.stop(0);
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            executor.shutdownNow();
        }
        LOG.info("HTTP ingest stopped");
    }
}
