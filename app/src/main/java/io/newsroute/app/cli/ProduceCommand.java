package io.newsroute.app.cli;

import io.newsroute.app.web.WebServer;
import io.newsroute.common.config.NewsrouteConfig;
import io.newsroute.extract.ArticleFiles;
import io.newsroute.extract.HtmlExtractor;
import io.newsroute.ingest.ArticlePublisher;
import io.newsroute.ingest.ProducerClients;
import io.newsroute.ingest.sources.BulkLoader;
import io.newsroute.ingest.sources.Deduplicator;
import io.newsroute.ingest.sources.Durations;
import io.newsroute.ingest.sources.FeedPoller;
import io.newsroute.ingest.sources.FolderWatcher;
import io.newsroute.ingest.sources.HostRateLimiter;
import io.newsroute.ingest.sources.HttpFetcher;
import io.newsroute.ingest.sources.IngestStats;
import io.newsroute.ingest.sources.Progress;
import io.newsroute.ingest.sources.SourcePublisher;
import io.newsroute.ingest.sources.SourceState;
import io.newsroute.kafka.TopicCreator;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsroute produce}: publishes articles to the raw topic, keyed by article id, each story once.
 * Bulk mode reads files and folders ({@code .txt}, {@code .html}, {@code .json}, {@code .jsonl}, also
 * gzipped) or JSON lines streamed from stdin ({@code -}), shows progress and ends with a summary: read,
 * published, duplicates skipped, failed (with reasons). {@code --watch DIR} keeps running and publishes
 * each new or changed file once; {@code --feed URL} polls RSS/Atom feeds and publishes each new item
 * (its page extracted, or the feed's own content). Both remember what they sent in a state file, so a
 * restart does not republish, and stop cleanly on Ctrl-C.
 */
@Command(
        name = "produce",
        mixinStandardHelpOptions = true,
        description = "Publish articles to news.articles.raw: files, folders, '-' for JSON lines on stdin; "
                + "or keep running with --watch DIR and/or --feed URL.")
public final class ProduceCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions options;

    @Mixin
    MetricsOptions metrics;

    @Parameters(
            paramLabel = "PATH",
            arity = "0..*",
            description = "Files or folders; '-' (or nothing, without --watch) reads JSON lines from stdin.")
    List<String> paths = new ArrayList<>();

    @Option(
            names = "--watch",
            paramLabel = "DIR",
            description = "Keep running: publish each new or changed article file under DIR once.")
    Path watchDir;

    @Option(
            names = "--state",
            paramLabel = "FILE",
            description =
                    "State file of --watch/--feed (default: DIR/.newsroute-state, or ./.newsroute-feeds-state for feeds only).")
    Path stateFile;

    @Option(
            names = "--rescan-interval",
            paramLabel = "DURATION",
            defaultValue = "30s",
            converter = DurationConverter.class,
            description = "Full rescan of the watched folder besides file events (default: ${DEFAULT-VALUE}).")
    Duration rescanInterval;

    @Option(
            names = "--settle",
            paramLabel = "DURATION",
            defaultValue = "1s",
            converter = DurationConverter.class,
            description = "A watched file is read once unchanged for this long (default: ${DEFAULT-VALUE}).")
    Duration settle;

    @Option(names = "--feed", paramLabel = "URL", description = "RSS 2.0 or Atom feed to poll (repeatable).")
    List<URI> feedUrls = new ArrayList<>();

    @Option(
            names = "--feeds-file",
            paramLabel = "FILE",
            description = "Feeds to poll, one URL per line ('#' comments).")
    Path feedsFile;

    @Option(
            names = "--poll-interval",
            paramLabel = "DURATION",
            defaultValue = "5m",
            converter = DurationConverter.class,
            description = "Time between polls of each feed (default: ${DEFAULT-VALUE}).")
    Duration pollInterval;

    @Option(
            names = "--rate",
            paramLabel = "N",
            defaultValue = "1",
            description = "Requests per second per host when fetching feeds and pages (default: ${DEFAULT-VALUE}).")
    double ratePerHost;

    @Option(
            names = "--fetch-timeout",
            paramLabel = "DURATION",
            defaultValue = "20s",
            converter = DurationConverter.class,
            description = "Limit of one HTTP attempt, headers and body (default: ${DEFAULT-VALUE}).")
    Duration fetchTimeout;

    @Option(
            names = "--retries",
            defaultValue = "3",
            description = "HTTP retries, with exponential backoff from 1s (default: ${DEFAULT-VALUE}).")
    int retries;

    @Option(
            names = "--max-page-bytes",
            defaultValue = "5242880",
            description = "Largest feed or page read, in bytes (default: ${DEFAULT-VALUE}).")
    long maxPageBytes;

    @Option(
            names = "--batch",
            defaultValue = "500",
            description = "JSON lines published per batch (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(
            names = "--progress-every",
            paramLabel = "DURATION",
            defaultValue = "5s",
            converter = DurationConverter.class,
            description = "Progress line interval when stderr is not a terminal (default: ${DEFAULT-VALUE}).")
    Duration progressEvery;

    @Option(
            names = "--ack-timeout",
            paramLabel = "DURATION",
            defaultValue = "2m",
            converter = DurationConverter.class,
            description = "Longest wait for Kafka to acknowledge a batch (default: ${DEFAULT-VALUE}).")
    Duration ackTimeout;

    @Override
    public Integer call() throws Exception {
        NewsrouteConfig config = options.load();
        List<Path> fsPaths = new ArrayList<>();
        boolean stdin = paths.isEmpty() && watchDir == null && feedUrls.isEmpty() && feedsFile == null;
        for (String p : paths) {
            if (p.equals("-")) {
                stdin = true;
            } else {
                fsPaths.add(Path.of(p));
            }
        }
        TopicCreator.ensurePipelineTopics(config);
        IngestStats stats = new IngestStats();
        ArticleFiles files = new ArticleFiles(Clock.systemUTC());
        List<URI> feeds = feeds();
        if (watchDir != null || !feeds.isEmpty()) {
            return keepRunning(config, files, stats, fsPaths, stdin, feeds);
        }
        try (ArticlePublisher publisher = ProducerClients.publisher(config)) {
            SourcePublisher sources = new SourcePublisher(publisher, new Deduplicator(), stats, ackTimeout);
            int skipped = bulk(files, sources, fsPaths, stdin);
            return summary("", stats, skipped);
        }
    }

    private int bulk(ArticleFiles files, SourcePublisher sources, List<Path> fsPaths, boolean stdin) throws Exception {
        BulkLoader loader = new BulkLoader(files, sources, batch);
        List<Path> list = loader.list(fsPaths);
        long total = stdin ? -1 : BulkLoader.totalBytes(list);
        try (Progress progress =
                new Progress(sources.stats(), total, System.err, System.console() != null, progressEvery).start()) {
            loader.loadFiles(list);
            if (stdin) {
                loader.loadJsonLines(System.in, "stdin", true);
            }
        }
        return loader.skippedFiles();
    }

    private List<URI> feeds() throws IOException {
        List<URI> out = new ArrayList<>(feedUrls);
        if (feedsFile != null) {
            for (String line : Files.readAllLines(feedsFile, StandardCharsets.UTF_8)) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(URI.create(t));
                }
            }
        }
        for (URI u : out) {
            if (u.getScheme() == null || !u.getScheme().matches("(?i)https?") || u.getHost() == null) {
                throw new CommandLine.ParameterException(new CommandLine(this), "not an http(s) feed URL: " + u);
            }
        }
        return out.stream().distinct().toList();
    }

    private int keepRunning(
            NewsrouteConfig config,
            ArticleFiles files,
            IngestStats stats,
            List<Path> fsPaths,
            boolean stdin,
            List<URI> feeds)
            throws Exception {
        Deduplicator dedup = new Deduplicator();
        Path state = stateFile != null
                ? stateFile
                : watchDir != null ? watchDir.resolve(".newsroute-state") : Path.of(".newsroute-feeds-state");
        SourceState sourceState = SourceState.load(state, dedup);
        ArticlePublisher publisher = ProducerClients.publisher(config);
        SourcePublisher sources = new SourcePublisher(publisher, dedup, stats, ackTimeout);
        if (!fsPaths.isEmpty() || stdin) {
            bulk(files, sources, fsPaths, stdin);
        }
        List<AutoCloseable> stoppers = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        WebServer metricsServer = metrics.startIfAsked(); // --metrics-port: /metrics while it runs
        if (metricsServer != null) {
            stoppers.add(metricsServer);
        }
        if (watchDir != null) {
            FolderWatcher watcher =
                    new FolderWatcher(watchDir, files, sources, sourceState, rescanInterval, settle, Clock.systemUTC());
            stoppers.add(watcher);
            threads.add(new Thread(watcher, "newsroute-watch"));
            System.err.printf("Watching %s%n", watchDir);
        }
        if (!feeds.isEmpty()) {
            HttpFetcher.Options fetch = new HttpFetcher.Options(
                    Duration.ofSeconds(10),
                    fetchTimeout,
                    retries,
                    Duration.ofSeconds(1),
                    maxPageBytes,
                    HttpFetcher.Options.defaults().userAgent());
            HttpFetcher fetcher = new HttpFetcher(
                    HttpFetcher.client(fetch),
                    fetch,
                    new HostRateLimiter(ratePerHost),
                    nanos -> TimeUnit.NANOSECONDS.sleep(nanos));
            FeedPoller poller = new FeedPoller(
                    feeds, fetcher, new HtmlExtractor(), sources, sourceState, pollInterval, Clock.systemUTC());
            stoppers.add(poller);
            threads.add(new Thread(poller, "newsroute-feeds"));
            System.err.printf("Polling %d feeds every %s%n", feeds.size(), Durations.format(pollInterval));
        }
        System.err.printf("State in %s; Ctrl-C to stop%n", state);
        return runUntilStopped(threads, stoppers, publisher, stats);
    }

    /** Runs the source threads until Ctrl-C (0) or until one of them dies (1, after stopping the rest). */
    private static int runUntilStopped(
            List<Thread> threads, List<AutoCloseable> stoppers, ArticlePublisher publisher, IngestStats stats)
            throws InterruptedException {
        AtomicReference<Throwable> died = new AtomicReference<>();
        threads.forEach(t -> t.setUncaughtExceptionHandler((thread, e) -> died.compareAndSet(null, e)));
        threads.forEach(Thread::start);
        Runnable stopAll = () -> {
            for (AutoCloseable c : stoppers) {
                try {
                    c.close();
                } catch (Exception e) {
                    System.err.println("Stopping " + c + " failed: " + e);
                }
            }
            for (Thread t : threads) {
                try {
                    t.join(Duration.ofSeconds(30).toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            publisher.close();
            summary("Stopped: ", stats, 0);
        };
        Shutdown shutdown = new Shutdown(stopAll);
        while (!shutdown.await(Duration.ofMillis(500))) {
            if (died.get() != null) {
                // a source stopped: exit non-zero so a supervisor restarts the whole producer
                shutdown.release();
                System.err.println("newsroute produce: a source stopped: " + died.get());
                stopAll.run();
                return 1;
            }
        }
        return 0;
    }

    private static int summary(String prefix, IngestStats stats, int skippedFiles) {
        System.err.println(
                prefix + stats.summary() + (skippedFiles > 0 ? ", files skipped (unknown type) " + skippedFiles : ""));
        stats.reasons().forEach(f -> System.err.println("  failed: " + Display.line(f, 200)));
        if (stats.failed() > stats.reasons().size()) {
            System.err.printf(
                    "  ... and %d more failures (see the log)%n",
                    stats.failed() - stats.reasons().size());
        }
        return stats.failed() == 0 ? 0 : 1;
    }

    /** Reads {@code 500ms}, {@code 30s}, {@code 5m}, {@code PT5M}. */
    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            try {
                return Durations.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
