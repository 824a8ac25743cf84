package io.newsroute.app.cli;

import io.newsroute.common.config.NewsrouteConfig;
import io.newsroute.common.kafka.TopicCreator;
import io.newsroute.streams.EnrichApp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** {@code newsroute enrich}: runs the enrichment streams application until Ctrl-C. */
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
        io.newsroute.app.web.WebServer metricsServer = metrics.startIfAsked();
        if (metricsServer != null) {
            io.newsroute.app.web.Observability.bind(app.streams());
        }
        app.start();
        System.out.println("Enriching " + config.topics().raw() + " -> " + config.topics().enriched()
                + " on " + config.bootstrapServers() + ". Ctrl-C to stop.");
        new Shutdown(() -> {
            app.close();
            if (metricsServer != null) {
                metricsServer.close();
            }
        }).await();
        return 0;
    }
}
