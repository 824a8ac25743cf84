package io.newsroute.pipeline;

import io.newsroute.common.config.NewsrouteConfig;
import io.newsroute.common.model.Article;
import io.newsroute.common.model.EnrichedArticle;
import io.newsroute.enrich.EnrichTopology;
import io.newsroute.ingest.ArticlePublisher;
import io.newsroute.ingest.ProducerClients;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code run} orchestration against a cluster: start the pipeline services, publish the given
 * articles, wait until each reached every country topic it was tagged with, and report. Everything it
 * starts is stopped before it returns.
 */
public final class LocalRun {

    private static final Logger LOG = LoggerFactory.getLogger(LocalRun.class);

    private LocalRun() {}

    /**
     * Runs the pipeline over {@code articles}.
     *
     * @throws TimeoutException when some article has not arrived everywhere within {@code timeout}
     */
    public static RunReport run(
            NewsrouteConfig config, List<Article> articles, List<String> readFailures, Duration timeout)
            throws InterruptedException, TimeoutException {
        return run(config, articles, readFailures, timeout, (services, report) -> {});
    }

    /** What to do once the articles arrived, while the services still run ({@code run --web} serves until Ctrl-C). */
    public interface WhileRunning {
        void accept(PipelineServices services, RunReport report) throws InterruptedException;
    }

    /**
     * Runs the pipeline over {@code articles}, then calls {@code whileRunning} with the report before
     * stopping the services.
     *
     * @throws TimeoutException when some article has not arrived everywhere within {@code timeout}
     */
    public static RunReport run(
            NewsrouteConfig config,
            List<Article> articles,
            List<String> readFailures,
            Duration timeout,
            WhileRunning whileRunning)
            throws InterruptedException, TimeoutException {
        try (PipelineServices services = PipelineServices.start(config, EnrichTopology.build(config), timeout);
                ArrivalWatcher watcher = ArrivalWatcher.create(config);
                ArticlePublisher publisher = ProducerClients.publisher(config)) {
            ArticlePublisher.Result result = publisher.publishAll(articles);
            List<String> failures = new ArrayList<>(readFailures);
            failures.addAll(result.failures());
            LOG.info(
                    "Published {} articles ({} duplicates skipped)",
                    result.publishedIds().size(),
                    result.duplicates());
            watcher.awaitArrival(result.publishedIds(), timeout);
            Map<String, List<EnrichedArticle>> byTopic = new LinkedHashMap<>();
            watcher.byCountryTopic().forEach((topic, m) -> byTopic.put(topic, List.copyOf(m.values())));
            RunReport report = new RunReport(
                    result.publishedIds(), result.duplicates(), failures, byTopic, Map.copyOf(watcher.deadLetters()));
            whileRunning.accept(services, report);
            return report;
        }
    }
}
