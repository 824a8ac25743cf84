package io.newsroute.app.cli;

import io.newsroute.app.web.Observability;
import io.newsroute.app.web.WebServer;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.net.InetSocketAddress;

/**
 * {@code --metrics-port PORT} and {@code --metrics-bind ADDRESS} of the long-running services: when a
 * port is given, {@code GET /metrics} (Prometheus text) and {@code /health} are served there.
 */
public final class MetricsOptions {

    @Option(names = "--metrics-port", paramLabel = "PORT",
            description = "Serve Prometheus metrics on http://ADDRESS:PORT/metrics (default: off; 0 for a free port).")
    Integer port;

    @Option(names = "--metrics-bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address of the metrics endpoint (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String bind;

    /** Starts the endpoint when a port was given (printing its address on stderr); {@code null} otherwise. */
    public WebServer startIfAsked() throws IOException {
        if (port == null) {
            return null;
        }
        WebServer server = WebServer.metricsOnly(new InetSocketAddress(bind, port), Observability.prometheus());
        System.err.printf("Metrics on http://%s:%d/metrics%n", bind, server.port());
        return server;
    }
}
