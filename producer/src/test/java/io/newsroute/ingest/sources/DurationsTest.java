package io.newsroute.ingest.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void shouldReadCommandLineDurations() {
        assertThat(Durations.parse("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(Durations.parse("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(Durations.parse("5m")).isEqualTo(Duration.ofMinutes(5));
        assertThat(Durations.parse("1.5h")).isEqualTo(Duration.ofMinutes(90));
        assertThat(Durations.parse("12")).isEqualTo(Duration.ofSeconds(12));
        assertThat(Durations.parse("PT2M")).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void shouldRejectOtherText() {
        assertThatThrownBy(() -> Durations.parse("soon"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("soon");
    }

    @Test
    void shouldFormatDurationsTheWayTheyAreTyped() {
        assertThat(Durations.format(Duration.ofMinutes(5))).isEqualTo("5m");
        assertThat(Durations.format(Duration.ofSeconds(90))).isEqualTo("90s");
        assertThat(Durations.format(Duration.ofMillis(250))).isEqualTo("250ms");
        assertThat(Durations.format(Duration.ofHours(2))).isEqualTo("2h");
    }
}
