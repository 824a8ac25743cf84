package io.newsroute.app.cli;

import io.newsroute.app.broker.EmbeddedKafkaBroker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code newsroute broker}: runs a local single-node KRaft broker until Ctrl-C, printing its address. */
@Command(name = "broker", mixinStandardHelpOptions = true,
        description = "Run a local single-node Kafka broker (KRaft) until Ctrl-C and print its bootstrap address.")
public final class BrokerCommand implements Callable<Integer> {

    @Option(names = "--port", description = "Client port (default: ${DEFAULT-VALUE}; 0 for a free one).", defaultValue = "9092")
    int port;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Keep the broker's data here (default: a temporary folder, deleted on exit).")
    Path dataDir;

    @Override
    public Integer call() throws Exception {
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.create(dataDir, port, Map.of()).start(Duration.ofSeconds(60));
        System.out.println("Kafka broker running; bootstrap servers: " + broker.bootstrapServers());
        System.out.println("Data: " + broker.dataDir() + "  Logs: " + LogFiles.current());
        System.out.println("Press Ctrl-C to stop.");
        new Shutdown(broker::close).await();
        return 0;
    }
}
