package io.newsroute.ingest.sources;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** A local web site on 127.0.0.1 and a free port for the feed tests: handlers per path, hits and request headers recorded. */
final class LocalWeb implements AutoCloseable {

    /** Answers one request. */
    @FunctionalInterface
    interface Handler {
        void handle(HttpExchange ex) throws IOException;
    }

    private final HttpServer server;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final List<Headers> requests = new CopyOnWriteArrayList<>();
    /** Released on close, so handlers that hang do not outlive the test. */
    final CountDownLatch released = new CountDownLatch(1);

    LocalWeb() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "local-web");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    URI uri(String path) {
        return URI.create(base() + path);
    }

    LocalWeb on(String path, Handler h) {
        server.createContext(path, ex -> {
            try (ex) {
                hits.computeIfAbsent(ex.getRequestURI().getPath(), k -> new AtomicInteger())
                        .incrementAndGet();
                requests.add(ex.getRequestHeaders());
                h.handle(ex);
            }
        });
        return this;
    }

    int hits(String path) {
        AtomicInteger n = hits.get(path);
        return n == null ? 0 : n.get();
    }

    List<Headers> requests() {
        return requests;
    }

    static void send(HttpExchange ex, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", contentType);
        if (status == 304 || bytes.length == 0) {
            ex.sendResponseHeaders(status, -1);
            return;
        }
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** A test resource under /sources with {BASE} replaced. */
    String resource(String name) {
        try (InputStream in = LocalWeb.class.getResourceAsStream("/sources/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{BASE}", base());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The article page of the tests, with its title, lead and canonical URL. */
    String page(String title, String lead, String url) {
        return resource("page.html")
                .replace("{TITLE}", title)
                .replace("{LEAD}", lead)
                .replace("{URL}", url);
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
    }
}
