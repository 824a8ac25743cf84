package io.newsroute.app.cli;

import io.newsroute.app.web.Observability;
import io.newsroute.app.web.WebServer;
import io.newsroute.common.config.NewsrouteConfig;
import io.newsroute.common.model.Article;
import io.newsroute.common.model.EnrichedArticle;
import io.newsroute.enrich.EnrichApp;
import io.newsroute.kafka.JsonSerde;
import io.newsroute.kafka.TopicCreator;
import io.newsroute.tagger.ArticleTagger;
import io.newsroute.tagger.Taggers;
import io.newsroute.tagger.warmup.TaggerWarmUp;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code newsroute enrich}: runs the enrichment streams application until Ctrl-C (exit 0), or until it
 * reaches ERROR after a fatal error or repeated thread failures (exit 1, for a supervisor to restart).
 */
@Command(
        name = "enrich",
        mixinStandardHelpOptions = true,
        description =
                "Run the streams application: news.articles.raw -> tagged -> news.articles.enriched (bad records -> news.articles.dlq).")
public final class EnrichCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(EnrichCommand.class);

    @Mixin
    ConfigOptions options;

    @Mixin
    MetricsOptions metrics;

    @Override
    public Integer call() throws Exception {
        NewsrouteConfig config = options.load();
        TopicCreator.ensurePipelineTopics(config);
        warmUp(config);
        EnrichApp app = new EnrichApp(config);
        WebServer metricsServer = metrics.startIfAsked();
        if (metricsServer != null) {
            Observability.bind(app.streams());
        }
        app.start();
        System.out.println("Enriching " + config.topics().raw() + " -> "
                + config.topics().enriched() + " on " + config.bootstrapServers() + ". Ctrl-C to stop.");
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
                System.err.println(
                        "newsroute enrich: the streams application stopped with an error (see the log); exiting 1");
                return 1;
            }
        }
        return 0;
    }

    /**
     * Warms the tagger before joining the group ({@code tagger.warmup.ms}, 0 for none), so the
     * partitions this instance takes are tagged at full speed from the first record.
     */
    private static void warmUp(NewsrouteConfig config) {
        long budgetMs = config.getInt(NewsrouteConfig.TAGGER_WARMUP_MS);
        if (budgetMs <= 0) {
            return;
        }
        ArticleTagger tagger = Taggers.fromConfig(config);
        JsonSerde<Article> articles = JsonSerde.of(Article.class);
        JsonSerde<EnrichedArticle> enriched = JsonSerde.of(EnrichedArticle.class);
        String topic = config.topics().raw();
        // the record's whole path but Kafka's: JSON in, tags, JSON out
        TaggerWarmUp.Result r = TaggerWarmUp.run(
                a -> {
                    EnrichedArticle e = tagger.enrich(articles.deserializer()
                            .deserialize(topic, articles.serializer().serialize(topic, a)));
                    enriched.serializer().serialize(topic, e);
                    return e;
                },
                Duration.ofMillis(budgetMs));
        LOG.info(
                "Tagger warmed up in {} ms: {} articles, {} -> {} us of CPU per article{}",
                r.elapsed().toMillis(),
                r.articles(),
                Math.round(r.firstMicrosPerArticle()),
                Math.round(r.lastMicrosPerArticle()),
                r.steady() ? "" : " (budget spent before it was steady)");
        System.err.printf(
                "Tagger warmed up in %.1f s (%d sample articles)%n", r.elapsed().toMillis() / 1000.0, r.articles());
    }
}
