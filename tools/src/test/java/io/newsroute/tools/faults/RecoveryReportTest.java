package io.newsroute.tools.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsroute.tools.faults.RecoveryReport.Sample;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecoveryReportTest {

    private static final long FAULT = 10_000;

    @Test
    void shouldTakeTheFirstCommitPastTheBaselineAfterTheFault() {
        List<Sample> samples = List.of(
                new Sample(9_000, 100, 150), // before the fault
                new Sample(10_500, 120, 160), // a commit in flight at the fault: the baseline
                new Sample(12_000, 120, 200),
                new Sample(13_000, 180, 200));

        assertThat(RecoveryReport.progressAfter(samples, FAULT)).isEqualTo(13_000L);
    }

    @Test
    void shouldCallAPartitionWithPendingInputThatNeverProgressedStalled() {
        List<Sample> samples = List.of(new Sample(9_000, 100, 100), new Sample(12_000, 100, 300));

        assertThat(RecoveryReport.progressAfter(samples, FAULT)).isEqualTo(RecoveryReport.STALLED);
        assertThat(RecoveryReport.recovery(Map.of("enrich p0", samples), List.of("*"), FAULT))
                .startsWith("NOT RECOVERED (1 partitions");
    }

    @Test
    void shouldIgnoreAPartitionWithNothingPending() {
        List<Sample> idle = List.of(new Sample(9_000, 100, 101), new Sample(12_000, 100, 101));

        assertThat(RecoveryReport.progressAfter(idle, FAULT)).isNull();
        assertThat(RecoveryReport.recovery(Map.of("route p1", idle), List.of("route"), FAULT))
                .isEqualTo("no pending input");
    }

    @Test
    void shouldReportTheSlowestPartitionOfTheChosenGroups() {
        Map<String, List<Sample>> series = Map.of(
                "route p0", List.of(new Sample(9_000, 10, 50), new Sample(12_000, 40, 50)),
                "route p1", List.of(new Sample(9_000, 10, 50), new Sample(15_000, 40, 50)),
                "enrich p0", List.of(new Sample(9_000, 10, 50), new Sample(30_000, 40, 50)));

        assertThat(RecoveryReport.recovery(series, List.of("route"), FAULT))
                .isEqualTo("first committed progress after 2.0 s, every partition with pending input after 5.0 s"
                        + " (slowest route p1)");
    }
}
