package io.newsroute.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.Test;

class StateStoreTagFilterTest {

    @Test
    void shouldExportKeyValueAndWindowStoreMetersUnderOneName() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        registry.config().meterFilter(new StateStoreTagFilter());
        String name = "kafka.stream.state.number.open.files";
        Gauge.builder(name, () -> 3)
                .tags(Tags.of("task.id", "0_1", "rocksdb.state.id", "dedup"))
                .register(registry);
        Gauge.builder(name, () -> 5)
                .tags(Tags.of("task.id", "1_2", "rocksdb.window.state.id", "country-minute-counts"))
                .register(registry);

        String scrape = registry.scrape();

        assertTrue(scrape.contains("state_id=\"dedup\""), scrape);
        assertTrue(scrape.contains("state_id=\"country-minute-counts\""), scrape);
        assertTrue(scrape.contains("store_type=\"rocksdb.window\""), scrape);
        assertEquals(2, registry.find(name).gauges().size());
    }

    @Test
    void shouldLeaveOtherMetersAlone() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        registry.config().meterFilter(new StateStoreTagFilter());
        Gauge.builder("newsroute.articles", () -> 1)
                .tags(Tags.of("rocksdb.state.id", "x"))
                .register(registry);

        assertEquals("x", registry.find("newsroute.articles").gauge().getId().getTag("rocksdb.state.id"));
    }
}
