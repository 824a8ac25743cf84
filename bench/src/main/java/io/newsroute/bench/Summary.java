package io.newsroute.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The medians and ranges of a benchmark: throughput of each pipeline, the real/no-op ratio of each
 * round (both measured in that round), and the real pipeline's latency.
 */
public record Summary(double noopMedianAps, double noopMinAps, double noopMaxAps,
                      double realMedianAps, double realMinAps, double realMaxAps,
                      List<Double> ratios, double ratioMedian, double ratioMin, double ratioMax,
                      double noopMedianCpuPer1000, double realMedianCpuPer1000,
                      double noopP99Ms, double realP99Ms,
                      double noopRecordRatio, double realRecordRatio,
                      double noopBrokerBytesPerArticle, double realBrokerBytesPerArticle) {

    public static Summary of(List<RunResults.Throughput> runs, List<RunResults.Latency> latencies) {
        List<Double> noop = new ArrayList<>();
        List<Double> real = new ArrayList<>();
        List<Double> noopCpu = new ArrayList<>();
        List<Double> realCpu = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        List<Double> noopRecord = new ArrayList<>();
        List<Double> realRecord = new ArrayList<>();
        List<Double> noopBroker = new ArrayList<>();
        List<Double> realBroker = new ArrayList<>();
        int maxRound = runs.stream().mapToInt(RunResults.Throughput::round).max().orElse(0);
        for (int round = 1; round <= maxRound; round++) {
            Double n = null;
            Double r = null;
            for (RunResults.Throughput t : runs) {
                if (t.round() != round) {
                    continue;
                }
                if (t.kind().equals(PipelineKind.NOOP.label())) {
                    n = t.articlesPerSec();
                    noopCpu.add(t.cpuSecPer1000());
                    noopRecord.add(t.recordRatio());
                    noopBroker.add(t.brokerBytesPerArticle());
                } else if (t.kind().equals(PipelineKind.REAL.label())) {
                    r = t.articlesPerSec();
                    realCpu.add(t.cpuSecPer1000());
                    realRecord.add(t.recordRatio());
                    realBroker.add(t.brokerBytesPerArticle());
                }
            }
            if (n != null) {
                noop.add(n);
            }
            if (r != null) {
                real.add(r);
            }
            if (n != null && r != null) {
                ratios.add(r / n);
            }
        }
        double noopP99 = Double.NaN;
        double realP99 = Double.NaN;
        for (RunResults.Latency l : latencies) {
            if (l.kind().equals(PipelineKind.NOOP.label())) {
                noopP99 = l.p99Ms();
            } else if (l.kind().equals(PipelineKind.REAL.label())) {
                realP99 = l.p99Ms();
            }
        }
        return new Summary(Stats.median(noop), Stats.min(noop), Stats.max(noop),
                Stats.median(real), Stats.min(real), Stats.max(real),
                ratios, Stats.median(ratios), Stats.min(ratios), Stats.max(ratios),
                Stats.median(noopCpu), Stats.median(realCpu), noopP99, realP99,
                Stats.median(noopRecord), Stats.median(realRecord), Stats.median(noopBroker), Stats.median(realBroker));
    }
}
