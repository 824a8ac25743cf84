package io.newsroute.pipeline;

import io.newsroute.common.time.Poll;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An Apache Kafka node in KRaft mode (combined broker and controller), run in this process from the
 * Kafka broker artifacts: a single-node cluster by default, or one node of a multi-node cluster when
 * given {@link NodeSettings} (node id, controller quorum, cluster id). Writes its data to a folder (a
 * fresh temporary one unless given) and listens on local ports (free ones unless given). Its logs go
 * to the log file, not the screen. In a cluster of three or more nodes the internal topics (consumer
 * offsets, transaction state) get replication factor 3 and min.insync.replicas 2.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);

    private final Path dataDir;
    private final boolean deleteOnClose;
    private final int port;
    private final int controllerPort;
    private final NodeSettings node;
    private final Map<String, String> extraProperties;
    private KafkaRaftServer server;

    private EmbeddedKafkaBroker(Path dataDir, boolean deleteOnClose, NodeSettings node, Map<String, String> extra) {
        this.dataDir = dataDir;
        this.deleteOnClose = deleteOnClose;
        this.node = node;
        this.port = node.port();
        this.controllerPort = node.controllerPort();
        this.extraProperties = Map.copyOf(extra);
    }

    /**
     * Where one node of a KRaft cluster listens and which cluster it belongs to.
     *
     * @param nodeId         this node's id (also its voter id in the quorum)
     * @param port           client port
     * @param controllerPort controller (Raft) port
     * @param quorumVoters   {@code controller.quorum.voters}, e.g. {@code 1@127.0.0.1:9093,2@127.0.0.1:9095}
     * @param clusterId      the cluster id every node is formatted with (a Kafka base64 UUID)
     */
    public record NodeSettings(int nodeId, int port, int controllerPort, String quorumVoters, String clusterId) {

        /** A single-node cluster on the given ports (0 for free ones) with a new cluster id. */
        public static NodeSettings single(int port, int controllerPort) throws IOException {
            int p = port == 0 ? freePort() : port;
            int c = controllerPort == 0 ? freePort() : controllerPort;
            return new NodeSettings(
                    1, p, c, "1@127.0.0.1:" + c, Uuid.randomUuid().toString());
        }

        /** How many controllers the quorum has. */
        public int quorumSize() {
            return quorumVoters.split(",").length;
        }
    }

    /**
     * A broker, not yet started.
     *
     * @param dataDir its data folder, or {@code null} for a fresh temporary one (deleted on close)
     * @param port    the client port, or 0 for a free one
     * @param extra   broker properties added to or overriding the defaults (listeners, security...)
     */
    public static EmbeddedKafkaBroker create(Path dataDir, int port, Map<String, String> extra) throws IOException {
        return create(dataDir, NodeSettings.single(port, 0), extra);
    }

    /**
     * One node of a (possibly multi-node) cluster, not yet started. Restarting a node with the same data
     * folder keeps its data and its place in the cluster.
     *
     * @param dataDir its data folder, or {@code null} for a fresh temporary one (deleted on close)
     * @param node    node id, ports, quorum and cluster id
     * @param extra   broker properties added to or overriding the defaults
     */
    public static EmbeddedKafkaBroker create(Path dataDir, NodeSettings node, Map<String, String> extra)
            throws IOException {
        boolean temp = dataDir == null;
        Path dir = temp ? Files.createTempDirectory("newsroute-kafka-") : dataDir;
        Files.createDirectories(dir);
        return new EmbeddedKafkaBroker(dir, temp, node, extra);
    }

    /** Formats the storage (first start only) and starts the broker; returns when it accepts connections. */
    public synchronized EmbeddedKafkaBroker start(Duration timeout) throws IOException {
        if (server != null) {
            return this;
        }
        Path logDir = dataDir.resolve("data");
        Path propsFile = dataDir.resolve("server.properties");
        Properties props = serverProperties(logDir);
        try (OutputStream out = Files.newOutputStream(propsFile)) {
            props.store(out, "newsroute embedded broker");
        }
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            format(propsFile, node.clusterId());
        }
        server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
        server.startup();
        awaitPort(port, timeout);
        LOG.info("Kafka broker running at {} with data in {}", bootstrapServers(), dataDir);
        return this;
    }

    private Properties serverProperties(Path logDir) {
        int nodes = node.quorumSize();
        String replicas = String.valueOf(Math.min(3, nodes));
        String minIsr = nodes >= 3 ? "2" : "1";
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", String.valueOf(node.nodeId()));
        p.put("controller.quorum.voters", node.quorumVoters());
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", logDir.toString());
        p.put("num.partitions", "3");
        p.put("default.replication.factor", replicas);
        p.put("offsets.topic.replication.factor", replicas);
        p.put("offsets.topic.num.partitions", "3");
        p.put("transaction.state.log.replication.factor", replicas);
        p.put("transaction.state.log.min.isr", minIsr);
        p.put("transaction.state.log.num.partitions", "3");
        p.put("share.coordinator.state.topic.replication.factor", replicas);
        p.put("share.coordinator.state.topic.min.isr", minIsr);
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("auto.create.topics.enable", "false");
        p.put("log.flush.interval.messages", String.valueOf(Long.MAX_VALUE));
        if (nodes > 1) {
            // a stopped node is noticed within seconds rather than the default 9 s heartbeat timeout
            p.put("broker.session.timeout.ms", "6000");
            p.put("broker.heartbeat.interval.ms", "1000");
        }
        p.putAll(extraProperties);
        return p;
    }

    private static void format(Path propsFile, String clusterId) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int code;
        try (PrintStream ps = new PrintStream(buf, true, StandardCharsets.UTF_8)) {
            code = StorageTool.execute(
                    new String[] {"format", "-t", clusterId, "-c", propsFile.toString(), "--ignore-formatted"}, ps);
        }
        if (code != 0) {
            throw new IllegalStateException(
                    "formatting the broker storage failed (" + code + "): " + buf.toString(StandardCharsets.UTF_8));
        }
        LOG.debug("Formatted storage: {}", buf.toString(StandardCharsets.UTF_8).trim());
    }

    private static void awaitPort(int port, Duration timeout) throws IOException {
        boolean open;
        try {
            open = Poll.until(timeout, Duration.ofMillis(50), () -> accepts(port));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the broker's port " + port);
        }
        if (!open) {
            throw new IOException("Kafka broker did not open port " + port + " within " + timeout);
        }
    }

    /** Whether something listens on the local port: a refused connection is the answer "not yet". */
    private static boolean accepts(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException notYet) {
            LOG.trace("Port {} not open yet: {}", port, notYet.getMessage());
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        }
    }

    /** The address clients connect to. */
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** The port of the controller (Raft) listener. */
    public int controllerPort() {
        return controllerPort;
    }

    /** The data folder. */
    public Path dataDir() {
        return dataDir;
    }

    /** Stops the broker; deletes its data when it was a temporary folder. */
    @Override
    public synchronized void close() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
            LOG.info("Kafka broker stopped");
        }
        if (deleteOnClose) {
            deleteRecursively(dataDir);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    LOG.warn("Cannot delete {}: {}", p, e.toString());
                }
            });
        } catch (IOException e) {
            LOG.warn("Cannot delete {}: {}", dir, e.toString());
        }
    }
}
