package io.newsroute.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.newsroute.common.config.NewsrouteConfig;
import io.newsroute.common.model.Article;
import io.newsroute.pipeline.EmbeddedKafkaBroker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The pipeline benchmark: on one embedded broker, the no-op pipeline of the same shape and the real
 * pipeline, alternating over several rounds (throughput: articles pre-loaded, then timed to the last
 * routed record), then a latency run of each at a fixed offered load. Prints a table, writes every
 * figure with the machine to a JSON file, and ends with one summary line
 * {@code ratio=R p99_ms=P real_aps=A noop_aps=B record_ratio=X}. Each pipeline is first warmed until
 * its CPU per article is steady ({@link WarmUp}). Run by {@code bench/pipeline.sh}.
 */
@Command(
        name = "pipeline-benchmark",
        mixinStandardHelpOptions = true,
        description = "Throughput of the real pipeline against the no-op ceiling of the same shape, and latency.")
public final class PipelineBenchmark implements Callable<Integer> {

    @Option(names = "--articles", description = "Articles per throughput run (default 20000; --quick: 3000).")
    Integer articles;

    @Option(names = "--rounds", description = "Throughput rounds of each pipeline (default 5; --quick: 2).")
    Integer rounds;

    @Option(names = "--size", defaultValue = "4096", description = "Article size in bytes (default ${DEFAULT-VALUE}).")
    int size;

    @Option(
            names = "--rate",
            defaultValue = "200",
            description = "Offered load of the latency runs, articles/s (default ${DEFAULT-VALUE}).")
    double rate;

    @Option(
            names = "--latency-seconds",
            description = "Measured seconds of each latency run (default 60; --quick: 15).")
    Integer latencySeconds;

    @Option(
            names = "--latency-warmup",
            defaultValue = "5",
            description = "Seconds of load before latency samples are taken (default ${DEFAULT-VALUE}).")
    int latencyWarmup;

    @Option(
            names = "--warmup-articles",
            description = "Articles of each unreported warm-up run (default 5000; --quick: 1000; 0: none).")
    Integer warmupArticles;

    @Option(names = "--warmup-max-rounds", description = "Most warm-up runs of each pipeline (default 8; --quick: 4).")
    Integer warmupMaxRounds;

    @Option(
            names = "--warmup-tolerance",
            defaultValue = "0.10",
            description =
                    "Warm-up ends when two consecutive runs differ by at most this share in CPU per article (default ${DEFAULT-VALUE}).")
    double warmupTolerance;

    @Option(names = "--no-latency", description = "Skip the latency runs.")
    boolean noLatency;

    @Option(names = "--no-throughput", description = "Skip the throughput runs.")
    boolean noThroughput;

    @Option(
            names = "--kinds",
            split = ",",
            description =
                    "Pipelines to run (default noop,real); replay = the real records without tagging, timed = real with the tagger's stream-thread CPU per article (diagnostics); --kinds real for profiling.")
    List<PipelineKind> kinds = List.of(PipelineKind.NOOP, PipelineKind.REAL);

    @Option(names = "--quick", description = "3000 articles, 2 rounds, 15 s latency runs, 1000 warm-up articles.")
    boolean quick;

    @Option(
            names = "--set",
            description =
                    "A configuration key=value, e.g. streams.commit.interval.ms=50, producer.linger.ms=10, consumer.max.poll.records=1000.")
    Map<String, String> overrides = new LinkedHashMap<>();

    @Option(names = "--out", description = "JSON result file (default bench/target/results/pipeline-<time>.json).")
    Path out;

    @Option(
            names = "--label",
            defaultValue = "",
            description = "Free text stored in the JSON (e.g. the tuning being tried).")
    String label;

    public static void main(String[] args) {
        System.exit(new CommandLine(new PipelineBenchmark())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .execute(args));
    }

    @Override
    public Integer call() throws Exception {
        int n = articles != null ? articles : quick ? 3000 : 20_000;
        int r = rounds != null ? rounds : quick ? 2 : 5;
        int latSec = latencySeconds != null ? latencySeconds : quick ? 15 : 60;
        int warm = warmupArticles != null ? warmupArticles : quick ? 1000 : 5000;
        Path outFile = out != null
                ? out
                : Path.of(
                        System.getProperty("bench.results.dir", "target/results"),
                        "pipeline-" + Instant.now().toString().replace(":", "").replaceAll("\\..*", "") + ".json");

        Map<String, Object> report = new LinkedHashMap<>();
        report.put("label", label);
        report.put("started", Instant.now().toString());
        report.put("machine", machine());
        report.put(
                "settings",
                Map.of(
                        "articles",
                        n,
                        "rounds",
                        r,
                        "articleBytes",
                        size,
                        "rate",
                        rate,
                        "latencySeconds",
                        latSec,
                        "latencyWarmupSeconds",
                        latencyWarmup,
                        "warmupArticles",
                        warm,
                        "overrides",
                        overrides));

        List<RunResults.Throughput> runs = new ArrayList<>();
        List<RunResults.Latency> latencies = new ArrayList<>();
        try (EmbeddedKafkaBroker broker =
                EmbeddedKafkaBroker.create(null, 0, Map.of()).start(Duration.ofSeconds(60))) {
            NewsrouteConfig base = NewsrouteConfig.defaults()
                    .with(overrides)
                    .with(NewsrouteConfig.BOOTSTRAP_SERVERS, broker.bootstrapServers());
            PipelineRunner runner = new PipelineRunner(base);
            if (!noThroughput) {
                runThroughput(runner, n, r, warm, runs, report);
            }
            if (!noLatency) {
                runLatency(runner, latSec, latencies);
            }
        }
        report(report, runs, latencies, outFile);
        return 0;
    }

    /** Writes the report with every figure to {@code outFile}, then prints the table and the summary line. */
    private static void report(
            Map<String, Object> report,
            List<RunResults.Throughput> runs,
            List<RunResults.Latency> latencies,
            Path outFile)
            throws IOException {
        Summary summary = Summary.of(runs, latencies);
        report.put("throughput", runs);
        report.put("latency", latencies);
        report.put("summary", summary);
        Files.createDirectories(outFile.toAbsolutePath().getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(outFile.toFile(), report);

        System.out.print(Table.render(runs, latencies, summary));
        System.out.println("results: " + outFile);
        System.out.printf(
                Locale.ROOT,
                "ratio=%.3f p99_ms=%.1f real_aps=%.0f noop_aps=%.0f record_ratio=%.3f%n",
                summary.ratioMedian(),
                summary.realP99Ms(),
                summary.realMedianAps(),
                summary.noopMedianAps(),
                summary.realRecordRatio());
    }

    /** The warm-up runs, then {@code rounds} throughput rounds of each pipeline on {@code n} articles, into {@code runs}. */
    private void runThroughput(
            PipelineRunner runner,
            int n,
            int rounds,
            int warm,
            List<RunResults.Throughput> runs,
            Map<String, Object> report)
            throws InterruptedException {
        List<Article> corpus = ArticlePool.generate(n, size, 1).articles();
        if (warm > 0) {
            report.put(
                    "warmup", warmUp(runner, ArticlePool.generate(warm, size, 2).articles()));
        }
        for (int round = 1; round <= rounds; round++) {
            // alternate which goes first, so drift on a shared machine hits both alike
            PipelineKind[] order = round % 2 == 1
                    ? new PipelineKind[] {PipelineKind.NOOP, PipelineKind.REAL, PipelineKind.TIMED, PipelineKind.REPLAY}
                    : new PipelineKind[] {PipelineKind.REPLAY, PipelineKind.TIMED, PipelineKind.REAL, PipelineKind.NOOP
                    };
            for (PipelineKind kind : order) {
                if (!kinds.contains(kind)) {
                    continue;
                }
                RunResults.Throughput t = runner.throughput(round, kind, corpus);
                runs.add(t);
                System.err.printf(
                        Locale.ROOT,
                        "round %d %-6s %8.0f articles/s %6.1f MB/s %6.2f cpu-s/1k%s%s%n",
                        round,
                        kind.label(),
                        t.articlesPerSec(),
                        t.mbPerSec(),
                        t.cpuSecPer1000(),
                        Double.isNaN(t.taggerCpuMicros())
                                ? ""
                                : String.format(Locale.ROOT, " tagger %.1f us/article", t.taggerCpuMicros()),
                        t.complete() ? "" : " INCOMPLETE");
            }
        }
    }

    /** One latency run of each pipeline at the offered {@link #rate}, into {@code latencies}. */
    private void runLatency(PipelineRunner runner, int latSec, List<RunResults.Latency> latencies)
            throws InterruptedException {
        int count = (int) Math.round(rate * (latencyWarmup + latSec));
        for (PipelineKind kind : kinds) {
            List<Article> load =
                    ArticlePool.generate(count, size, 3 + kind.ordinal()).articles();
            System.err.printf(
                    Locale.ROOT,
                    "latency %s: %.0f articles/s for %d+%d s%n",
                    kind.label(),
                    rate,
                    latencyWarmup,
                    latSec);
            latencies.add(runner.latency(kind, load, rate, latencyWarmup, latSec));
        }
    }

    /** Warms each pipeline until its CPU per article is steady ({@link WarmUp}); the runs, for the JSON. */
    private List<WarmUp.Result> warmUp(PipelineRunner runner, List<Article> w) throws InterruptedException {
        int maxRounds = warmupMaxRounds != null ? warmupMaxRounds : quick ? 4 : 8;
        List<WarmUp.Result> results = new ArrayList<>();
        for (PipelineKind kind : kinds) {
            System.err.printf(
                    Locale.ROOT,
                    "warm-up %s (%d articles a run, until two runs are within %.0f%% in CPU, at most %d runs)%n",
                    kind.label(),
                    w.size(),
                    warmupTolerance * 100,
                    maxRounds);
            results.add(
                    WarmUp.untilSteady(kind.label(), () -> runner.throughput(0, kind, w), maxRounds, warmupTolerance));
        }
        return results;
    }

    private static Map<String, Object> machine() throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("maxHeapMb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        m.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        m.put(
                "os",
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"));
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (Files.isReadable(cpuinfo)) {
            Files.readAllLines(cpuinfo).stream()
                    .filter(l -> l.startsWith("model name"))
                    .findFirst()
                    .ifPresent(l -> m.put("cpu", l.substring(l.indexOf(':') + 1).trim()));
        }
        m.put(
                "cpuTimeScope",
                "process CPU of the whole JVM: embedded broker, pipeline and the benchmark's own clients");
        return m;
    }
}
