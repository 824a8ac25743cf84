package io.newsroute.app.web;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.sun.net.httpserver.HttpExchange;
import io.newsroute.common.serde.Json;
import io.newsroute.enrich.trends.LatestArticle;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/stream}: Server-Sent Events of routed articles, filtered by {@code country} and
 * {@code theme} (repeatable or comma-separated). It first replays the {@code replay} latest matching
 * articles (default 20, oldest first), then each new one as it arrives: {@code event: article},
 * {@code id:} the article id, {@code data:} the JSON of {@code {timestamp, article}}. A comment every
 * 15 seconds keeps proxies from closing an idle stream and tells a closed one.
 */
final class EventStream {

    static final int MAX_CLIENTS = 200;
    private static final ObjectWriter JSON = Json.mapper().writer();
    private static final Duration KEEPALIVE = Duration.ofSeconds(15);

    private EventStream() {}

    static void serve(HttpExchange ex, LiveFeed feed, Query q) throws IOException {
        ArticleFilter filter = ArticleFilter.of(q.all("country"), q.all("theme"));
        int replay;
        try {
            replay = Math.max(0, Math.min(200, Integer.parseInt(q.first("replay", "20"))));
        } catch (NumberFormatException e) {
            throw new TrendsApi.BadRequest("replay must be a whole number");
        }
        if (feed.subscribers() >= MAX_CLIENTS) {
            WebServer.json(ex, 503, Map.of("error", "too many live-feed clients"));
            return;
        }
        LiveFeed.Subscription sub = feed.subscribe(filter);
        ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(200, 0);
        try (OutputStream out = ex.getResponseBody()) {
            out.write("retry: 2000\n\n".getBytes(StandardCharsets.UTF_8));
            List<LatestArticle> recent = feed.recent(filter, replay);
            for (int i = recent.size() - 1; i >= 0; i--) {
                write(out, recent.get(i));
            }
            out.flush();
            while (!Thread.currentThread().isInterrupted()) {
                LatestArticle next = sub.next(KEEPALIVE);
                if (next == null) {
                    out.write(": keepalive\n\n".getBytes(StandardCharsets.UTF_8));
                } else {
                    write(out, next);
                }
                out.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            feed.unsubscribe(sub);
            ex.close();
        }
    }

    private static void write(OutputStream out, LatestArticle a) throws IOException {
        String id = a.article().id() == null ? "" : a.article().id().replaceAll("[\\r\\n]", "");
        String data = JSON.writeValueAsString(a); // one line: JSON escapes every newline
        out.write(("event: article\nid: " + id + "\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
    }
}
