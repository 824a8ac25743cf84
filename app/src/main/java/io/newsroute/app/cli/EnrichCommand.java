package io.newsroute.app.cli;

import io.newsroute.app.web.Observability;
import io.newsroute.app.web.WebServer;
import io.newsroute.common.config.NewsrouteConfig;
import io.newsroute.common.kafka.TopicCreator;
import io.newsroute.streams.EnrichApp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * {@code newsroute enrich}: runs the enrichment streams application until Ctrl-C (exit 0), or until it
 * reaches ERROR after a fatal error or repeated thread failures (exit 1, for a supervisor to restart).
 */
@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = "Run the streams application: news.articles.raw -> tagged -> news.articles.enriched (bad records -> news.articles.dlq).")
public final class EnrichCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions options;

    @Mixin
    MetricsOptions metrics;

    @Override
    public Integer call() throws Exception {
        NewsrouteConfig config = options.load();
        TopicCreator.ensurePipelineTopics(config);
        EnrichApp app = new EnrichApp(config);
        WebServer metricsServer = metrics.startIfAsked();
        if (metricsServer != null) {
            Observability.bind(app.streams());
        }
        app.start();
        System.out.println("Enriching " + config.topics().raw() + " -> " + config.topics().enriched()
                + " on " + config.bootstrapServers() + ". Ctrl-C to stop.");
        Runnable closeAll = () -> {
            app.close();
            if (metricsServer != null) {
                metricsServer.close();
            }
        };
        Shutdown shutdown = new Shutdown(closeAll);
        while (!shutdown.await(Duration.ofMillis(500))) {
            if (app.awaitError(Duration.ofMillis(500))) {
                shutdown.release();
                closeAll.run();
                System.err.println("newsroute enrich: the streams application stopped with an error (see the log); exiting 1");
                return 1;
            }
        }
        return 0;
    }
}
