package io.newsroute.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Warms one pipeline until its CPU per article is steady: warm-up runs (unreported in the rounds)
 * are repeated until two consecutive ones cost within {@code tolerance} of each other in process CPU
 * seconds per 1,000 articles, or {@code maxRounds} have run. The JIT, the broker's log segments and
 * the page cache settle over several runs (CPU per 1,000 articles used to fall round after round
 * after a single warm-up run). Prints each warm-up run's CPU and rate on stderr; reads nothing else.
 */
final class WarmUp {

    /** A warm-up run's rate and CPU. */
    record Round(int round, double articlesPerSec, double cpuSecPer1000) {}

    /** The warm-up runs of one pipeline, and whether its CPU per article settled. */
    record Result(String kind, List<Round> rounds, boolean steady) {}

    /** One warm-up run of the pipeline. */
    interface Run {
        RunResults.Throughput once() throws InterruptedException;
    }

    private WarmUp() {}

    /** Runs {@code run} until steady (two consecutive runs within {@code tolerance}) or {@code maxRounds}. */
    static Result untilSteady(String kind, Run run, int maxRounds, double tolerance) throws InterruptedException {
        List<Round> rounds = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        boolean steady = false;
        for (int i = 1; i <= maxRounds && !steady; i++) {
            RunResults.Throughput t = run.once();
            rounds.add(new Round(i, t.articlesPerSec(), t.cpuSecPer1000()));
            cpu.add(t.cpuSecPer1000());
            steady = isSteady(cpu, tolerance);
            System.err.printf(
                    Locale.ROOT,
                    "warm-up %s %d: %8.0f articles/s %6.3f cpu-s/1k%s%n",
                    kind,
                    i,
                    t.articlesPerSec(),
                    t.cpuSecPer1000(),
                    steady ? " (steady)" : "");
        }
        return new Result(kind, List.copyOf(rounds), steady);
    }

    /** Whether the last two CPU figures differ by at most {@code tolerance} of the larger one. */
    static boolean isSteady(List<Double> cpuSecPer1000, double tolerance) {
        int n = cpuSecPer1000.size();
        if (n < 2) {
            return false;
        }
        double a = cpuSecPer1000.get(n - 2);
        double b = cpuSecPer1000.get(n - 1);
        if (!(a > 0) || !(b > 0)) {
            return false;
        }
        return Math.abs(a - b) <= tolerance * Math.max(a, b);
    }
}
