package io.newsroute.app.cli;

import io.newsroute.app.web.Observability;
import io.newsroute.app.web.WebProcess;
import io.newsroute.common.config.NewsrouteConfig;
import io.newsroute.common.model.EnrichedArticle;
import io.newsroute.extract.ArticleFiles;
import io.newsroute.extract.LoadResult;
import io.newsroute.pipeline.EmbeddedKafkaBroker;
import io.newsroute.pipeline.LocalRun;
import io.newsroute.pipeline.PipelineServices;
import io.newsroute.pipeline.RunReport;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsroute run}: the whole pipeline on one machine. Starts an embedded broker (unless
 * {@code --bootstrap-servers} names a cluster), the enrichment and routing services, publishes the seed
 * articles, waits until each reached its country topics, prints a summary and stops everything.
 */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description =
                "Run everything on the seed articles: embedded broker (unless --bootstrap-servers), enrich, route, publish, summary.")
public final class RunCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions options;

    @Option(
            names = "--seeds",
            paramLabel = "DIR",
            description = "Articles to publish (default: ${DEFAULT-VALUE}).",
            defaultValue = "seeds")
    Path seeds;

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description = "Embedded broker data folder (default: a temporary folder, deleted on exit).")
    Path dataDir;

    @Option(
            names = "--timeout",
            paramLabel = "SECONDS",
            defaultValue = "120",
            description =
                    "How long to wait for the articles to reach their country topics (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(
            names = "--web",
            paramLabel = "PORT",
            description =
                    "After the run, keep the pipeline running and serve the web view, the API and /metrics on this port until Ctrl-C (0 for a free port).")
    Integer webPort;

    @Option(
            names = "--bind",
            defaultValue = "127.0.0.1",
            description = "Address of the web view (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String bind;

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (!Files.exists(seeds)) {
            System.err.println(
                    "newsroute run: no seed folder or file at " + seeds.toAbsolutePath() + " (use --seeds DIR)");
            return 2;
        }
        LoadResult loaded = new ArticleFiles(Clock.systemUTC()).load(seeds);
        List<String> readFailures =
                loaded.failures().stream().map(LoadResult.Failure::describe).toList();
        out.println("Read " + loaded.articles().size() + " article(s) from " + seeds
                + (readFailures.isEmpty() ? "" : " (" + readFailures.size() + " unreadable)"));

        NewsrouteConfig config = options.load();
        EmbeddedKafkaBroker broker = null;
        Shutdown shutdown = null;
        try {
            if (!config.isSet(NewsrouteConfig.BOOTSTRAP_SERVERS)) {
                out.println("Starting an embedded Kafka broker (logs: " + LogFiles.current() + ") ...");
                broker = EmbeddedKafkaBroker.create(dataDir, 0, Map.of()).start(Duration.ofSeconds(60));
                config = config.with(NewsrouteConfig.BOOTSTRAP_SERVERS, broker.bootstrapServers());
                EmbeddedKafkaBroker toStop = broker;
                shutdown = new Shutdown(toStop::close);
            }
            out.println("Kafka at " + config.bootstrapServers() + "; starting enrich and route, publishing ...");
            long t0 = System.nanoTime();
            RunReport report;
            if (webPort == null) {
                report = LocalRun.run(config, loaded.articles(), readFailures, Duration.ofSeconds(timeoutSeconds));
                print(out, report, Duration.ofNanos(System.nanoTime() - t0));
            } else {
                Observability.prometheus(); // before the services start, so /metrics counts from the first article
                NewsrouteConfig webRun = webConfig(config);
                report = LocalRun.run(
                        webRun, loaded.articles(), readFailures, Duration.ofSeconds(timeoutSeconds), (services, r) -> {
                            print(out, r, Duration.ofNanos(System.nanoTime() - t0));
                            serveUntilStopped(out, webRun, services);
                        });
            }
            return report.readFailures().isEmpty() ? 0 : 1;
        } catch (TimeoutException e) {
            System.err.println("newsroute run: timed out: " + e.getMessage() + " (see " + LogFiles.current() + ")");
            return 3;
        } finally {
            if (broker != null) {
                out.println("Stopping the embedded broker ...");
                broker.close();
            }
            if (shutdown != null) {
                shutdown.release();
            }
        }
    }

    /** With an embedded broker in a temporary folder, the streams state goes in a temporary folder too. */
    private NewsrouteConfig webConfig(NewsrouteConfig config) throws IOException {
        if (dataDir != null || config.isSet("streams.state.dir")) {
            return config;
        }
        return config.with(
                "streams.state.dir",
                Files.createTempDirectory("newsroute-state").toString());
    }

    private void serveUntilStopped(PrintStream out, NewsrouteConfig config, PipelineServices services)
            throws InterruptedException {
        Observability.bind(services.enrichStreams());
        WebProcess web;
        try {
            web = WebProcess.start(config, new InetSocketAddress(bind, webPort));
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot serve the web view on " + bind + ":" + webPort + ": " + e.getMessage(), e);
        }
        out.printf(
                "Web view on http://%s:%d/ (API /api/countries?since=P1D, metrics /metrics); the pipeline keeps running. Ctrl-C to stop.%n",
                bind, web.port());
        new Shutdown(web::close).await();
    }

    static void print(PrintStream out, RunReport report, Duration took) {
        out.println();
        out.printf(
                "Published %d article(s) in %.1f s; %d duplicate(s) skipped; %d dead-lettered.%n",
                report.published().size(),
                took.toMillis() / 1000.0,
                report.duplicates(),
                report.deadLetters().size());
        out.println();
        for (Map.Entry<String, List<EnrichedArticle>> e :
                report.byCountryTopic().entrySet()) {
            out.printf(
                    "%s (%d article%s)%n",
                    e.getKey(), e.getValue().size(), e.getValue().size() == 1 ? "" : "s");
            for (EnrichedArticle a : e.getValue()) {
                out.print(Display.article(a, "  "));
            }
            out.println();
        }
        report.deadLetters()
                .forEach((k, reason) ->
                        out.println("dead letter " + Display.line(k, 40) + ": " + Display.line(reason, 200)));
        report.readFailures().forEach(f -> out.println("unreadable: " + Display.line(f, 200)));
    }
}
