package io.newsroute.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

class WarmUpTest {

    private static RunResults.Throughput run(double cpuSecPer1000) {
        return new RunResults.Throughput(
                0,
                "real",
                1000,
                4_000_000,
                2000,
                true,
                1.0,
                1000,
                900,
                4.0,
                cpuSecPer1000,
                Double.NaN,
                10_000_000,
                12_000);
    }

    @Test
    void shouldWarmUntilTwoConsecutiveRunsCostWithinTheTolerance() throws InterruptedException {
        Deque<Double> cpu = new ArrayDeque<>(List.of(1.05, 0.84, 0.68, 0.55, 0.52, 0.30));

        WarmUp.Result r = WarmUp.untilSteady("real", () -> run(cpu.removeFirst()), 8, 0.10);

        assertThat(r.steady()).isTrue();
        assertThat(r.rounds()).extracting(WarmUp.Round::cpuSecPer1000).containsExactly(1.05, 0.84, 0.68, 0.55, 0.52);
    }

    @Test
    void shouldStopAtTheMostRoundsAndSayItIsNotSteady() throws InterruptedException {
        Deque<Double> cpu = new ArrayDeque<>(List.of(1.05, 0.84, 0.68, 0.55));

        WarmUp.Result r = WarmUp.untilSteady("real", () -> run(cpu.removeFirst()), 3, 0.10);

        assertThat(r.steady()).isFalse();
        assertThat(r.rounds()).hasSize(3);
    }

    @Test
    void shouldNotCallARunWithoutCpuFiguresSteady() {
        assertThat(WarmUp.isSteady(List.of(0.5), 0.1)).isFalse();
        assertThat(WarmUp.isSteady(List.of(Double.NaN, Double.NaN), 0.1)).isFalse();
        assertThat(WarmUp.isSteady(List.of(0.50, 0.46), 0.1)).isTrue();
    }
}
