package io.newsroute.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsroute.common.config.NewsrouteConfig;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

/** The Streams app's properties: exactly-once and a short commit interval by default, the user's settings on top. */
class EnrichAppPropertiesTest {

    @Test
    void shouldRunExactlyOnceWithAShortCommitIntervalByDefault() {
        Properties p = EnrichApp.streamsProperties(NewsrouteConfig.defaults());

        assertThat(p.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG)).isEqualTo(StreamsConfig.EXACTLY_ONCE_V2);
        assertThat(p.get(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG)).hasToString("50");
    }

    @Test
    void shouldLetTheUserOverrideTheCommitInterval() {
        NewsrouteConfig config = NewsrouteConfig.defaults().with("streams.commit.interval.ms", "500");

        Properties p = EnrichApp.streamsProperties(config);

        assertThat(p.get(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG)).hasToString("500");
        assertThat(p.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG)).isEqualTo(StreamsConfig.EXACTLY_ONCE_V2);
    }
}
