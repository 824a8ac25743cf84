package io.newsroute.app.cli;

import io.newsroute.app.web.WebServer;
import io.newsroute.common.config.NewsrouteConfig;
import io.newsroute.kafka.TopicCreator;
import io.newsroute.route.CountryRouter;
import io.newsroute.route.RouterClients;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code newsroute route}: runs the transactional country router until Ctrl-C. */
@Command(
        name = "route",
        mixinStandardHelpOptions = true,
        description =
                "Run the country router: news.articles.enriched -> news.country.<code> for each tagged country (exactly once).")
public final class RouteCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions options;

    @Mixin
    MetricsOptions metrics;

    @Override
    public Integer call() throws Exception {
        NewsrouteConfig config = options.load();
        try (Admin admin = Admin.create(config.clientProperties("admin"));
                WebServer metricsServer = metrics.startIfAsked()) {
            TopicCreator.fromConfig(admin, config).ensurePipelineTopics(config.topics());
            CountryRouter router = RouterClients.create(config, admin);
            Thread thread = new Thread(router, "newsroute-router");
            AtomicReference<Throwable> failure = new AtomicReference<>();
            thread.setUncaughtExceptionHandler((t, e) -> failure.set(e));
            Shutdown shutdown = new Shutdown(() -> {
                router.stop();
                joinQuietly(thread);
            });
            thread.start();
            System.out.println("Routing " + config.topics().enriched() + " -> "
                    + config.topics().countryPrefix() + "<code> on " + config.bootstrapServers() + ". Ctrl-C to stop.");
            thread.join();
            shutdown.release();
            if (failure.get() != null) {
                System.err.println("newsroute route: the router stopped: " + failure.get());
                return 1;
            }
            return 0;
        }
    }

    private static void joinQuietly(Thread t) {
        try {
            t.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
