package io.newsroute.app.web;

import io.newsroute.common.config.NewsrouteConfig;
import io.newsroute.enrich.trends.TrendsApp;
import io.newsroute.kafka.TopicCreator;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;

/**
 * The web view of a cluster: the trends streams application ({@link TrendsApp}), the live feed
 * ({@link LiveFeed}) and the HTTP server ({@link WebServer}) with the page, the API and {@code /metrics}.
 * Reads {@code news.articles.enriched}; writes only the trends application's internal topics.
 */
public final class WebProcess implements AutoCloseable {

    /** How many recent articles the live feed keeps (and reads back at start, per partition). */
    static final int FEED_KEEP = 200;

    private final TrendsApp trends;
    private final LiveFeed feed;
    private final WebServer server;

    private WebProcess(TrendsApp trends, LiveFeed feed, WebServer server) {
        this.trends = trends;
        this.feed = feed;
        this.server = server;
    }

    /** Creates the pipeline topics if missing, starts the trends app, the feed and the server. */
    public static WebProcess start(NewsrouteConfig config, InetSocketAddress address) throws IOException {
        TopicCreator.ensurePipelineTopics(config);
        var registry = Observability.prometheus();
        TrendsApp trends = new TrendsApp(config);
        Observability.bind(trends.streams());
        LiveFeed feed = null;
        try {
            trends.start();
            feed = new LiveFeed(config, FEED_KEEP).start();
            WebServer server = WebServer.start(
                    address,
                    registry,
                    trends.queries(),
                    feed,
                    Clock.systemUTC(),
                    config.getDuration(NewsrouteConfig.TRENDS_RETENTION));
            return new WebProcess(trends, feed, server);
        } catch (IOException | RuntimeException e) {
            if (feed != null) {
                feed.close();
            }
            trends.close();
            throw e;
        }
    }

    /** Waits until the trends application runs (its stores answer). */
    public WebProcess awaitRunning(Duration timeout) throws InterruptedException {
        trends.awaitRunning(timeout);
        return this;
    }

    /** The port the server listens on. */
    public int port() {
        return server.port();
    }

    @Override
    public void close() {
        try {
            server.close();
            feed.close();
        } finally {
            trends.close();
        }
    }
}
