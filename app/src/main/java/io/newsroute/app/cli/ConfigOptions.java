package io.newsroute.app.cli;

import io.newsroute.common.config.NewsrouteConfig;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The configuration options every Kafka-facing command shares: a properties file, {@code --set key=value}
 * for any Newsroute or Kafka client key, and {@code --bootstrap-servers}. Layers: defaults &lt; file &lt;
 * environment ({@code NEWSROUTE_*}) &lt; flags.
 */
public final class ConfigOptions {

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description =
                    "Properties file (also NEWSROUTE_CONFIG). Any Kafka client property can be set as kafka.<name>.")
    Path configFile;

    @Option(
            names = {"-s", "--set"},
            paramLabel = "KEY=VALUE",
            description =
                    "Set a configuration key, e.g. --set topic.partitions=6 or --set kafka.security.protocol=SASL_SSL (repeatable).")
    Map<String, String> overrides = new LinkedHashMap<>();

    @Option(
            names = {"-b", "--bootstrap-servers"},
            paramLabel = "HOST:PORT",
            description = "Kafka cluster to use (default: localhost:9092, or the embedded broker for 'run').")
    String bootstrapServers;

    /** The merged configuration. */
    public NewsrouteConfig load() {
        return load(System.getenv());
    }

    NewsrouteConfig load(Map<String, String> env) {
        Path file = configFile;
        if (file == null
                && env.get("NEWSROUTE_CONFIG") != null
                && !env.get("NEWSROUTE_CONFIG").isBlank()) {
            file = Path.of(env.get("NEWSROUTE_CONFIG"));
        }
        Map<String, String> flags = new LinkedHashMap<>(overrides);
        if (bootstrapServers != null) {
            flags.put(NewsrouteConfig.BOOTSTRAP_SERVERS, bootstrapServers);
        }
        return NewsrouteConfig.load(file, env, flags);
    }
}
