package io.newsroute.app.cli;

import io.newsroute.app.web.WebServer;
import io.newsroute.common.config.NewsrouteConfig;
import io.newsroute.extract.ArticleFiles;
import io.newsroute.extract.HtmlExtractor;
import io.newsroute.ingest.ArticlePublisher;
import io.newsroute.ingest.ProducerClients;
import io.newsroute.ingest.sources.Deduplicator;
import io.newsroute.ingest.sources.IngestServer;
import io.newsroute.ingest.sources.IngestStats;
import io.newsroute.ingest.sources.SourcePublisher;
import io.newsroute.kafka.TopicCreator;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsroute serve}: HTTP ingest. {@code POST /articles} takes one JSON article, JSON lines or
 * an HTML page ({@code text/html} with {@code ?url=}) and answers 202 with the article ids once Kafka
 * has acknowledged them; {@code GET /health} answers 200. Publishes to the raw topic, each story once
 * while the server runs. Stops gracefully on Ctrl-C.
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description =
                "HTTP ingest: POST /articles (JSON, JSON lines, or text/html with ?url=) to news.articles.raw; GET /health.")
public final class ServeCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions options;

    @Mixin
    MetricsOptions metrics;

    @Option(
            names = "--port",
            defaultValue = "8080",
            description = "Port, 0 for a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(
            names = "--bind",
            defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String bind;

    @Option(
            names = "--max-bytes",
            defaultValue = "5242880",
            description = "Largest request body in bytes, else 413 (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Option(
            names = "--threads",
            defaultValue = "8",
            description = "Requests handled at once (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(
            names = "--ack-timeout",
            paramLabel = "DURATION",
            defaultValue = "60s",
            converter = ProduceCommand.DurationConverter.class,
            description = "Longest wait for Kafka's acknowledgement before answering 503 (default: ${DEFAULT-VALUE}); "
                    + "an article still being sent then stays claimed, so a retry waits for that send.")
    Duration ackTimeout;

    @Override
    public Integer call() throws Exception {
        NewsrouteConfig config = options.load();
        TopicCreator.ensurePipelineTopics(config);
        IngestStats stats = new IngestStats();
        ArticlePublisher publisher = ProducerClients.publisher(config);
        SourcePublisher sources = new SourcePublisher(publisher, new Deduplicator(), stats, ackTimeout);
        IngestServer server;
        try {
            server = new IngestServer(
                            new InetSocketAddress(bind, port),
                            sources,
                            new ArticleFiles(Clock.systemUTC()),
                            new HtmlExtractor(),
                            maxBytes,
                            threads,
                            Clock.systemUTC())
                    .start();
        } catch (IOException e) {
            publisher.close();
            throw e;
        }
        WebServer metricsServer = metrics.startIfAsked();
        System.err.printf("Listening on http://%s:%d/articles (POST), /health; Ctrl-C to stop%n", bind, server.port());
        new Shutdown(() -> {
                    server.close();
                    publisher.close();
                    if (metricsServer != null) {
                        metricsServer.close();
                    }
                    System.err.println("Stopped: " + stats.summary());
                })
                .await();
        return 0;
    }
}
