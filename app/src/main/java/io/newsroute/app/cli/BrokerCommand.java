package io.newsroute.app.cli;

import io.newsroute.pipeline.EmbeddedKafkaBroker;
import io.newsroute.pipeline.EmbeddedKafkaBroker.NodeSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsroute broker}: runs a local KRaft Kafka node until Ctrl-C or SIGTERM, printing its address: a
 * single-node cluster by default, or one node of a multi-node cluster ({@code --node-id},
 * {@code --controller-quorum}, {@code --controller-port}, {@code --cluster-id}), each node a separate
 * process that can be stopped and restarted with the same {@code --data-dir}. SIGTERM stops it gracefully
 * (controlled shutdown: leadership moves to the other nodes first).
 */
@Command(
        name = "broker",
        mixinStandardHelpOptions = true,
        description = {
            "Run a local Kafka broker (KRaft, combined broker and controller) until Ctrl-C and print its bootstrap address.",
            "A single-node cluster by default; for a multi-node cluster start one process per node, e.g.",
            "  newsroute broker --node-id 1 --port 19092 --controller-port 19093 --data-dir /tmp/k1 \\",
            "    --controller-quorum 1@127.0.0.1:19093,2@127.0.0.1:19095,3@127.0.0.1:19097 --cluster-id <base64 uuid>"
        })
public final class BrokerCommand implements Callable<Integer> {

    @Option(
            names = "--port",
            description = "Client port (default: ${DEFAULT-VALUE}; 0 for a free one).",
            defaultValue = "9092")
    int port;

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description = "Keep the broker's data here (default: a temporary folder, deleted on exit).")
    Path dataDir;

    @Option(
            names = "--node-id",
            defaultValue = "1",
            description = "This node's id in the cluster (default: ${DEFAULT-VALUE}).")
    int nodeId;

    @Option(
            names = "--controller-port",
            defaultValue = "0",
            description = "Controller (Raft) port (default: a free one).")
    int controllerPort;

    @Option(
            names = "--controller-quorum",
            paramLabel = "ID@HOST:PORT,...",
            description = "The controller quorum of a multi-node cluster (default: this node alone).")
    String quorum;

    @Option(
            names = "--cluster-id",
            paramLabel = "ID",
            description =
                    "Cluster id (base64 UUID) every node of a multi-node cluster is formatted with (default: a new one).")
    String clusterId;

    @Option(
            names = "--broker-config",
            paramLabel = "KEY=VALUE",
            description = "Set a broker property, e.g. --broker-config log.retention.hours=1 (repeatable).")
    Map<String, String> brokerConfig = new LinkedHashMap<>();

    @Override
    public Integer call() throws Exception {
        NodeSettings single = NodeSettings.single(port, controllerPort);
        NodeSettings node = quorum == null
                ? new NodeSettings(
                        nodeId,
                        single.port(),
                        single.controllerPort(),
                        nodeId + "@127.0.0.1:" + single.controllerPort(),
                        clusterId == null ? single.clusterId() : clusterId)
                : new NodeSettings(nodeId, single.port(), single.controllerPort(), quorum, requireClusterId());
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.create(dataDir, node, brokerConfig);
        Shutdown shutdown = new Shutdown(broker::close);
        broker.start(Duration.ofSeconds(120));
        System.out.println(
                "Kafka broker " + node.nodeId() + " running; bootstrap servers: " + broker.bootstrapServers());
        System.out.println("Data: " + broker.dataDir() + "  Logs: " + LogFiles.current());
        System.out.println("Press Ctrl-C to stop.");
        shutdown.await();
        return 0;
    }

    private String requireClusterId() {
        if (clusterId == null || clusterId.isBlank()) {
            throw new picocli.CommandLine.ParameterException(
                    new picocli.CommandLine(this), "--controller-quorum needs --cluster-id (the same on every node)");
        }
        return clusterId;
    }
}
