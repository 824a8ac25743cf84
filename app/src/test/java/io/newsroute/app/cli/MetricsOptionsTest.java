package io.newsroute.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsroute.app.web.WebServer;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class MetricsOptionsTest {

    @Command(name = "route")
    static final class RouteLike implements Runnable {
        @Mixin
        MetricsOptions metrics;

        @Override
        public void run() {}
    }

    private static MetricsOptions parse(String... args) {
        RouteLike command = new RouteLike();
        new CommandLine(command).parseArgs(args);
        return command.metrics;
    }

    @Test
    void shouldServeMetricsOnTheGivenPort() throws Exception {
        try (WebServer server = parse("--metrics-port", "0").startIfAsked()) {
            assertThat(server).isNotNull();
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/metrics"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("jvm_memory_used_bytes");
        }
    }

    @Test
    void shouldServeNothingWhenTurnedOff() throws Exception {
        assertThat(parse("--metrics-port", "off").startIfAsked()).isNull();
    }

    @Test
    void shouldGiveEachServiceItsOwnDefaultPort() {
        assertThat(MetricsOptions.DEFAULT_PORTS)
                .containsEntry("enrich", 9400)
                .containsEntry("route", 9401)
                .containsEntry("serve", 9402)
                .containsEntry("produce", 9403);
        assertThat(MetricsOptions.DEFAULT_PORTS.values()).doesNotHaveDuplicates();
    }

    @Test
    void shouldTurnOffRatherThanFailWhenTheDefaultPortIsTaken() throws Exception {
        int routeDefault = MetricsOptions.DEFAULT_PORTS.get("route");
        try (ServerSocket taken = new ServerSocket(routeDefault, 1, InetAddress.getByName("127.0.0.1"))) {
            assertThat(parse().startIfAsked()).isNull();
        }
    }

    @Test
    void shouldFailWhenAGivenPortIsTaken() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            MetricsOptions options = parse("--metrics-port", String.valueOf(taken.getLocalPort()));
            assertThatThrownBy(options::startIfAsked).isInstanceOf(BindException.class);
        }
    }

    @Test
    void shouldRejectAPortThatIsNotANumber() {
        MetricsOptions options = parse("--metrics-port", "ninety");
        assertThatThrownBy(options::startIfAsked)
                .isInstanceOf(CommandLine.ParameterException.class)
                .hasMessageContaining("not a port");
    }
}
