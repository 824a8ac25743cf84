package io.newsroute.app.cli;

import io.newsroute.app.web.Observability;
import io.newsroute.app.web.WebServer;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --metrics-port PORT|off} and {@code --metrics-bind ADDRESS} of the long-running services:
 * {@code GET /metrics} (Prometheus text) and {@code /health} are served there. On by default, each
 * service on its own port ({@link #DEFAULT_PORTS}: enrich 9400, route 9401, serve 9402, produce
 * --watch/--feed 9403) so that one of each runs on a machine; a default port already taken only turns
 * the endpoint off (with a line on stderr), a port given on the command line must be free.
 */
public final class MetricsOptions {

    /** The port each service serves its metrics on when no {@code --metrics-port} is given. */
    public static final Map<String, Integer> DEFAULT_PORTS =
            Map.of("enrich", 9400, "route", 9401, "serve", 9402, "produce", 9403);

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(
            names = "--metrics-port",
            paramLabel = "PORT|off",
            description = "Serve Prometheus metrics on http://ADDRESS:PORT/metrics (default: enrich 9400, route 9401, "
                    + "serve 9402, produce --watch/--feed 9403; 0 for a free port; off to turn it off).")
    String port;

    @Option(
            names = "--metrics-bind",
            paramLabel = "ADDRESS",
            defaultValue = "127.0.0.1",
            description = "Address of the metrics endpoint (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String bind;

    /**
     * Starts the endpoint (printing its address on stderr), or returns {@code null} when it is off or
     * its default port is taken.
     */
    public WebServer startIfAsked() throws IOException {
        if (port != null && port.trim().toLowerCase(Locale.ROOT).equals("off")) {
            return null;
        }
        boolean defaulted = port == null;
        int chosen = defaulted ? defaultPort() : parsePort(port);
        try {
            WebServer server = WebServer.metricsOnly(new InetSocketAddress(bind, chosen), Observability.prometheus());
            System.err.printf("Metrics on http://%s:%d/metrics%n", bind, server.port());
            return server;
        } catch (BindException e) {
            if (!defaulted) {
                throw e;
            }
            System.err.printf(
                    "Metrics off: the default port %s:%d is in use (%s); give --metrics-port PORT%n",
                    bind, chosen, e.getMessage());
            return null;
        }
    }

    private int defaultPort() {
        String name = command == null ? "" : command.name();
        return DEFAULT_PORTS.getOrDefault(name, 9400);
    }

    private int parsePort(String value) {
        try {
            int p = Integer.parseInt(value.trim());
            if (p < 0 || p > 65535) {
                throw new NumberFormatException("out of range");
            }
            return p;
        } catch (NumberFormatException e) {
            throw new ParameterException(
                    command.commandLine(), "--metrics-port: '" + value + "' is not a port (0-65535) or 'off'", e);
        }
    }
}
