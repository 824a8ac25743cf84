package io.newsroute.app.cli;

import io.newsroute.app.web.WebProcess;
import io.newsroute.common.config.NewsrouteConfig;
import java.net.InetSocketAddress;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsroute web}: the web view of a cluster until Ctrl-C: the page at {@code /}, the trends API,
 * the live feed ({@code /api/stream}) and {@code /metrics}. Reads {@code news.articles.enriched}
 * through the trends streams application ({@code trends.application.id}).
 */
@Command(
        name = "web",
        mixinStandardHelpOptions = true,
        description = "Serve the web view (map, live feed, country trends), the trends API and /metrics for a cluster.")
public final class WebCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions options;

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

    @Override
    public Integer call() throws Exception {
        NewsrouteConfig config = options.load();
        WebProcess web = WebProcess.start(config, new InetSocketAddress(bind, port));
        System.out.printf(
                "Web view on http://%s:%d/ (API /api/countries, metrics /metrics) for %s. Ctrl-C to stop.%n",
                bind, web.port(), config.bootstrapServers());
        new Shutdown(web::close).await();
        return 0;
    }
}
