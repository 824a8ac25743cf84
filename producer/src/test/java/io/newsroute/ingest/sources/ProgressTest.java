package io.newsroute.ingest.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProgressTest {

    private static IngestStats halfway() {
        IngestStats stats = new IngestStats();
        stats.bytes(5 * 1024 * 1024);
        stats.read(1000);
        stats.published(990);
        stats.duplicates(8);
        stats.failed("x: bad");
        stats.failed("y: bad");
        return stats;
    }

    @Test
    void shouldDrawABarWithRateAndEtaOnATerminal() {
        Progress p = new Progress(halfway(), 10 * 1024 * 1024, System.err, true, Duration.ofSeconds(5));

        String line = p.line(Duration.ofSeconds(10).toNanos());

        assertThat(line)
                .startsWith("[############------------]  50% 5.0 MB/10.0 MB")
                .contains("1000 read, 990 published, 8 duplicates, 2 failed, 100 articles/s")
                .endsWith("ETA 0:10");
    }

    @Test
    void shouldLeaveOutBarAndEtaWhenTheTotalIsUnknown() {
        Progress p = new Progress(halfway(), -1, System.err, false, Duration.ofSeconds(5));

        assertThat(p.line(Duration.ofSeconds(10).toNanos()))
                .startsWith("5.0 MB, 1000 read")
                .doesNotContain("ETA", "[");
    }

    @Test
    void shouldEndTheTerminalLineOnClose() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        Progress p = new Progress(
                        halfway(),
                        10 * 1024 * 1024,
                        new PrintStream(buf, true, StandardCharsets.UTF_8),
                        true,
                        Duration.ofSeconds(5))
                .start();

        p.close();

        assertThat(buf.toString(StandardCharsets.UTF_8)).startsWith("\r[").endsWith(System.lineSeparator());
    }
}
