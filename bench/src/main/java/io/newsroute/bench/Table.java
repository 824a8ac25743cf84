package io.newsroute.bench;

import java.util.List;
import java.util.Locale;

/** The benchmark's figures as a short text table. */
final class Table {

    private Table() {}

    static String render(List<RunResults.Throughput> runs, List<RunResults.Latency> latencies, Summary s) {
        StringBuilder b = new StringBuilder();
        if (!runs.isEmpty()) {
            throughput(b, runs, s);
        }
        if (!latencies.isEmpty()) {
            latency(b, latencies);
        }
        return b.toString();
    }

    /** The throughput rows, per round and kind, then their {@link #medians}. */
    private static void throughput(StringBuilder b, List<RunResults.Throughput> runs, Summary s) {
        b.append(String.format(
                Locale.ROOT,
                "%nThroughput (articles pre-loaded; steady window = from 10%% of the routed records to the last)%n"));
        b.append(String.format(
                Locale.ROOT,
                "%-5s %-6s %8s %9s %10s %7s %10s %10s %9s %8s %11s%n",
                "round",
                "kind",
                "articles",
                "seconds",
                "articles/s",
                "MB/s",
                "cpu-s/1k",
                "from-start",
                "record B",
                "rec/raw",
                "broker B/a"));
        for (RunResults.Throughput t : runs) {
            b.append(String.format(
                    Locale.ROOT,
                    "%-5d %-6s %8d %9.2f %10.0f %7.2f %10.2f %10.0f %9.0f %8.3f %11.0f%s%n",
                    t.round(),
                    t.kind(),
                    t.articles(),
                    t.seconds(),
                    t.articlesPerSec(),
                    t.mbPerSec(),
                    t.cpuSecPer1000(),
                    t.fromStartPerSec(),
                    (double) t.routedBytes() / Math.max(1, t.countryRecords()),
                    t.recordRatio(),
                    t.brokerBytesPerArticle(),
                    t.complete() ? "" : "  INCOMPLETE"));
        }
        medians(b, runs, s);
    }

    /** The median throughput of each kind, and the real/noop ratio of each round. */
    private static void medians(StringBuilder b, List<RunResults.Throughput> runs, Summary s) {
        b.append(String.format(
                Locale.ROOT,
                "noop  median %.0f articles/s [%.0f..%.0f], cpu %.2f s/1k, routed record/raw %.3f, broker %.0f B/article%n",
                s.noopMedianAps(),
                s.noopMinAps(),
                s.noopMaxAps(),
                s.noopMedianCpuPer1000(),
                s.noopRecordRatio(),
                s.noopBrokerBytesPerArticle()));
        b.append(String.format(
                Locale.ROOT,
                "real  median %.0f articles/s [%.0f..%.0f], cpu %.2f s/1k, routed record/raw %.3f, broker %.0f B/article%n",
                s.realMedianAps(),
                s.realMinAps(),
                s.realMaxAps(),
                s.realMedianCpuPer1000(),
                s.realRecordRatio(),
                s.realBrokerBytesPerArticle()));
        List<Double> replay = runs.stream()
                .filter(t -> t.kind().equals(PipelineKind.REPLAY.label()))
                .map(RunResults.Throughput::articlesPerSec)
                .toList();
        if (!replay.isEmpty()) {
            b.append(String.format(
                    Locale.ROOT,
                    "replay median %.0f articles/s [%.0f..%.0f] (real records, no tagging)%n",
                    Stats.median(replay),
                    Stats.min(replay),
                    Stats.max(replay)));
        }
        b.append(String.format(
                Locale.ROOT,
                "ratio real/noop per round %s: median %.3f [%.3f..%.3f]%n",
                s.ratios().stream()
                        .map(r -> String.format(Locale.ROOT, "%.3f", r))
                        .toList(),
                s.ratioMedian(),
                s.ratioMin(),
                s.ratioMax()));
    }

    /** The latency rows, one per kind. */
    private static void latency(StringBuilder b, List<RunResults.Latency> latencies) {
        b.append(String.format(Locale.ROOT, "%nLatency (send -> country topic, read_committed)%n"));
        b.append(String.format(
                Locale.ROOT,
                "%-6s %8s %8s %8s %8s %8s %8s %8s%n",
                "kind",
                "offered",
                "achieved",
                "samples",
                "p50 ms",
                "p95 ms",
                "p99 ms",
                "max ms"));
        for (RunResults.Latency l : latencies) {
            b.append(String.format(
                    Locale.ROOT,
                    "%-6s %8.0f %8.0f %8d %8.1f %8.1f %8.1f %8.1f%s%n",
                    l.kind(),
                    l.offeredPerSec(),
                    l.achievedPerSec(),
                    l.samples(),
                    l.p50Ms(),
                    l.p95Ms(),
                    l.p99Ms(),
                    l.maxMs(),
                    l.complete() ? "" : "  INCOMPLETE (" + l.sendFailures() + " send failures)"));
        }
    }
}
