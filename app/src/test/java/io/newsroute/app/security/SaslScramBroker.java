package io.newsroute.app.security;

import io.newsroute.pipeline.EmbeddedKafkaBroker;
import io.newsroute.pipeline.EmbeddedKafkaBroker.NodeSettings;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * A real embedded broker whose client listener takes SASL/SCRAM-SHA-512 only, with the standard KRaft
 * authorizer (no ACL: no access) and two super users: {@code broker} (broker-to-broker and controller
 * traffic, SASL/PLAIN on their own listeners) and {@code admin}. The test creates SCRAM users and ACLs
 * through the internal listener as {@code broker}.
 */
final class SaslScramBroker implements AutoCloseable {

    static final String BROKER_USER = "broker";
    private final String brokerPassword;
    private final int internalPort;
    private final EmbeddedKafkaBroker broker;

    SaslScramBroker(String brokerPassword) throws IOException {
        this.brokerPassword = brokerPassword;
        int port = freePort();
        int controllerPort = freePort();
        this.internalPort = freePort();
        String plain = "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + BROKER_USER
                + "\" password=\"" + brokerPassword + "\" user_" + BROKER_USER + "=\"" + brokerPassword + "\";";
        Map<String, String> p = new LinkedHashMap<>();
        p.put(
                "listeners",
                "CLIENT://127.0.0.1:" + port + ",INTERNAL://127.0.0.1:" + internalPort + ",CONTROLLER://127.0.0.1:"
                        + controllerPort);
        p.put("advertised.listeners", "CLIENT://127.0.0.1:" + port + ",INTERNAL://127.0.0.1:" + internalPort);
        p.put(
                "listener.security.protocol.map",
                "CLIENT:SASL_PLAINTEXT,INTERNAL:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT");
        p.put("inter.broker.listener.name", "INTERNAL");
        p.put("controller.listener.names", "CONTROLLER");
        p.put("sasl.enabled.mechanisms", "PLAIN,SCRAM-SHA-512");
        p.put("listener.name.client.sasl.enabled.mechanisms", "SCRAM-SHA-512");
        p.put("listener.name.internal.sasl.enabled.mechanisms", "PLAIN");
        p.put("listener.name.controller.sasl.enabled.mechanisms", "PLAIN");
        p.put("sasl.mechanism.inter.broker.protocol", "PLAIN");
        p.put("sasl.mechanism.controller.protocol", "PLAIN");
        p.put(
                "listener.name.client.scram-sha-512.sasl.jaas.config",
                "org.apache.kafka.common.security.scram.ScramLoginModule required;");
        p.put("listener.name.internal.plain.sasl.jaas.config", plain);
        p.put("listener.name.controller.plain.sasl.jaas.config", plain);
        p.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        p.put("super.users", "User:" + BROKER_USER + ";User:admin");
        p.put("allow.everyone.if.no.acl.found", "false");
        NodeSettings node = new NodeSettings(
                1,
                port,
                controllerPort,
                "1@127.0.0.1:" + controllerPort,
                org.apache.kafka.common.Uuid.randomUuid().toString());
        this.broker = EmbeddedKafkaBroker.create(null, node, p).start(Duration.ofSeconds(90));
    }

    /** The SCRAM client listener. */
    String bootstrapServers() {
        return broker.bootstrapServers();
    }

    /** Admin properties for the super user {@code broker} on the internal listener (to create users and ACLs). */
    Properties superUserAdmin() {
        Properties p = new Properties();
        p.put("bootstrap.servers", "127.0.0.1:" + internalPort);
        p.put("security.protocol", "SASL_PLAINTEXT");
        p.put("sasl.mechanism", "PLAIN");
        p.put(
                "sasl.jaas.config",
                "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + BROKER_USER
                        + "\" password=\"" + brokerPassword + "\";");
        return p;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() {
        broker.close();
    }
}
