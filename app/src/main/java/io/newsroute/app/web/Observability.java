package io.newsroute.app.web;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The process's Prometheus registry: one per JVM, added to Micrometer's global registry so that
 * Newsroute's own meters ({@link io.newsroute.common.metrics.NewsrouteMetrics}) and the Kafka client
 * binders (router consumer, live feed) land in it, with JVM and process metrics bound. State-store
 * meters get one set of tag keys ({@link StateStoreTagFilter}), else Prometheus drops window stores'.
 */
public final class Observability {

    private static PrometheusMeterRegistry registry;

    private Observability() {}

    /** The registry, created and added to the global registry on first use. */
    public static synchronized PrometheusMeterRegistry prometheus() {
        if (registry == null) {
            registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
            registry.config().meterFilter(new StateStoreTagFilter());
            new JvmMemoryMetrics().bindTo(registry);
            new JvmThreadMetrics().bindTo(registry);
            new ProcessorMetrics().bindTo(registry);
            new UptimeMetrics().bindTo(registry);
            Metrics.addRegistry(registry);
        }
        return registry;
    }

    /** Binds a Kafka Streams application's metrics ({@code kafka_stream_*}) to the global registry. */
    public static void bind(KafkaStreams streams) {
        new KafkaStreamsMetrics(streams).bindTo(Metrics.globalRegistry);
    }
}
