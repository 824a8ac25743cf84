package io.newsroute.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The medians and ranges of a benchmark: throughput of each pipeline, the real/no-op ratio of each
 * round (both measured in that round), and the real pipeline's latency.
 */
public record Summary(
        double noopMedianAps,
        double noopMinAps,
        double noopMaxAps,
        double realMedianAps,
        double realMinAps,
        double realMaxAps,
        List<Double> ratios,
        double ratioMedian,
        double ratioMin,
        double ratioMax,
        double noopMedianCpuPer1000,
        double realMedianCpuPer1000,
        double noopP99Ms,
        double realP99Ms,
        double noopRecordRatio,
        double realRecordRatio,
        double noopBrokerBytesPerArticle,
        double realBrokerBytesPerArticle) {

    public static Summary of(List<RunResults.Throughput> runs, List<RunResults.Latency> latencies) {
        Figures noop = new Figures();
        Figures real = new Figures();
        List<Double> ratios = new ArrayList<>();
        int maxRound =
                runs.stream().mapToInt(RunResults.Throughput::round).max().orElse(0);
        for (int round = 1; round <= maxRound; round++) {
            RunResults.Throughput n = find(runs, round, PipelineKind.NOOP);
            RunResults.Throughput r = find(runs, round, PipelineKind.REAL);
            noop.add(n);
            real.add(r);
            if (n != null && r != null) {
                ratios.add(r.articlesPerSec() / n.articlesPerSec());
            }
        }
        return new Summary(
                Stats.median(noop.aps),
                Stats.min(noop.aps),
                Stats.max(noop.aps),
                Stats.median(real.aps),
                Stats.min(real.aps),
                Stats.max(real.aps),
                ratios,
                Stats.median(ratios),
                Stats.min(ratios),
                Stats.max(ratios),
                Stats.median(noop.cpu),
                Stats.median(real.cpu),
                p99(latencies, PipelineKind.NOOP),
                p99(latencies, PipelineKind.REAL),
                Stats.median(noop.record),
                Stats.median(real.record),
                Stats.median(noop.broker),
                Stats.median(real.broker));
    }

    /** The last run of {@code kind} in {@code round}, or {@code null}. */
    private static RunResults.Throughput find(List<RunResults.Throughput> runs, int round, PipelineKind kind) {
        RunResults.Throughput found = null;
        for (RunResults.Throughput t : runs) {
            if (t.round() == round && t.kind().equals(kind.label())) {
                found = t;
            }
        }
        return found;
    }

    /** The p99 of the last latency run of {@code kind} (NaN when none ran). */
    private static double p99(List<RunResults.Latency> latencies, PipelineKind kind) {
        double p99 = Double.NaN;
        for (RunResults.Latency l : latencies) {
            if (l.kind().equals(kind.label())) {
                p99 = l.p99Ms();
            }
        }
        return p99;
    }

    /** One pipeline's per-round figures. */
    private static final class Figures {
        final List<Double> aps = new ArrayList<>();
        final List<Double> cpu = new ArrayList<>();
        final List<Double> record = new ArrayList<>();
        final List<Double> broker = new ArrayList<>();

        void add(RunResults.Throughput t) {
            if (t != null) {
                aps.add(t.articlesPerSec());
                cpu.add(t.cpuSecPer1000());
                record.add(t.recordRatio());
                broker.add(t.brokerBytesPerArticle());
            }
        }
    }
}
