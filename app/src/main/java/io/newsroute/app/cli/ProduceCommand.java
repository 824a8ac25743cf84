package io.newsroute.app.cli;

import io.newsroute.common.config.NewsrouteConfig;
import io.newsroute.common.kafka.TopicCreator;
import io.newsroute.extract.ArticleFiles;
import io.newsroute.producer.ArticlePublisher;
import io.newsroute.producer.ProducerClients;
import io.newsroute.producer.sources.BulkLoader;
import io.newsroute.producer.sources.Deduplicator;
import io.newsroute.producer.sources.Durations;
import io.newsroute.producer.sources.FolderWatcher;
import io.newsroute.producer.sources.IngestStats;
import io.newsroute.producer.sources.Progress;
import io.newsroute.producer.sources.SourcePublisher;
import io.newsroute.producer.sources.SourceState;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code newsroute produce}: publishes articles to the raw topic, keyed by article id, each story once.
 * Bulk mode reads files and folders ({@code .txt}, {@code .html}, {@code .json}, {@code .jsonl}, also
 * gzipped) or JSON lines streamed from stdin ({@code -}), shows progress and ends with a summary: read,
 * published, duplicates skipped, failed (with reasons). {@code --watch DIR} keeps running and publishes
 * each new or changed file once, remembering what it sent in a state file across restarts.
 */
@Command(name = "produce", mixinStandardHelpOptions = true,
        description = {"Publish articles to news.articles.raw: files, folders, '-' for JSON lines on stdin,",
                "or keep running with --watch DIR."})
public final class ProduceCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions options;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or folders; '-' (or nothing, without --watch) reads JSON lines from stdin.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--watch", paramLabel = "DIR", description = "Keep running: publish each new or changed article file under DIR once.")
    Path watchDir;

    @Option(names = "--state", paramLabel = "FILE", description = "State file of --watch (default: DIR/.newsroute-state).")
    Path stateFile;

    @Option(names = "--rescan-interval", paramLabel = "DURATION", defaultValue = "30s", converter = DurationConverter.class,
            description = "Full rescan of the watched folder besides file events (default: ${DEFAULT-VALUE}).")
    Duration rescanInterval;

    @Option(names = "--settle", paramLabel = "DURATION", defaultValue = "1s", converter = DurationConverter.class,
            description = "A watched file is read once unchanged for this long (default: ${DEFAULT-VALUE}).")
    Duration settle;

    @Option(names = "--batch", defaultValue = "500", description = "JSON lines published per batch (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--progress-every", paramLabel = "DURATION", defaultValue = "5s", converter = DurationConverter.class,
            description = "Progress line interval when stderr is not a terminal (default: ${DEFAULT-VALUE}).")
    Duration progressEvery;

    @Option(names = "--ack-timeout", paramLabel = "DURATION", defaultValue = "2m", converter = DurationConverter.class,
            description = "Longest wait for Kafka to acknowledge a batch (default: ${DEFAULT-VALUE}).")
    Duration ackTimeout;

    @Override
    public Integer call() throws Exception {
        NewsrouteConfig config = options.load();
        List<Path> fsPaths = new ArrayList<>();
        boolean stdin = paths.isEmpty() && watchDir == null;
        for (String p : paths) {
            if (p.equals("-")) {
                stdin = true;
            } else {
                fsPaths.add(Path.of(p));
            }
        }
        try (Admin admin = Admin.create(config.clientProperties("admin"))) {
            TopicCreator.fromConfig(admin, config).ensurePipelineTopics(config.topics());
        }
        IngestStats stats = new IngestStats();
        ArticleFiles files = new ArticleFiles(Clock.systemUTC());
        if (watchDir != null) {
            return watch(config, files, stats, fsPaths, stdin);
        }
        try (ArticlePublisher publisher = ProducerClients.publisher(config)) {
            SourcePublisher sources = new SourcePublisher(publisher, new Deduplicator(), stats, ackTimeout);
            int skipped = bulk(files, sources, fsPaths, stdin);
            return summary(stats, skipped);
        }
    }

    private int bulk(ArticleFiles files, SourcePublisher sources, List<Path> fsPaths, boolean stdin) throws Exception {
        BulkLoader loader = new BulkLoader(files, sources, batch);
        List<Path> list = loader.list(fsPaths);
        long total = stdin ? -1 : BulkLoader.totalBytes(list);
        try (Progress progress = new Progress(sources.stats(), total, System.err, System.console() != null, progressEvery).start()) {
            loader.loadFiles(list);
            if (stdin) {
                loader.loadJsonLines(System.in, "stdin", true);
            }
        }
        return loader.skippedFiles();
    }

    private int watch(NewsrouteConfig config, ArticleFiles files, IngestStats stats, List<Path> fsPaths, boolean stdin)
            throws Exception {
        Deduplicator dedup = new Deduplicator();
        Path state = stateFile != null ? stateFile : watchDir.resolve(".newsroute-state");
        SourceState sourceState = SourceState.load(state, dedup);
        ArticlePublisher publisher = ProducerClients.publisher(config);
        SourcePublisher sources = new SourcePublisher(publisher, dedup, stats, ackTimeout);
        if (!fsPaths.isEmpty() || stdin) {
            bulk(files, sources, fsPaths, stdin);
        }
        FolderWatcher watcher = new FolderWatcher(watchDir, files, sources, sourceState, rescanInterval, settle,
                Clock.systemUTC());
        Thread thread = new Thread(watcher, "newsroute-watch");
        thread.start();
        System.err.printf("Watching %s (state %s); Ctrl-C to stop%n", watchDir, state);
        new Shutdown(() -> {
            watcher.close();
            try {
                thread.join(Duration.ofSeconds(30).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            publisher.close();
            System.err.println("Stopped: " + stats.summary());
        }).await();
        return 0;
    }

    private static int summary(IngestStats stats, int skippedFiles) {
        System.err.println(stats.summary() + (skippedFiles > 0 ? ", files skipped (unknown type) " + skippedFiles : ""));
        stats.reasons().forEach(f -> System.err.println("  failed: " + Display.line(f, 200)));
        if (stats.failed() > stats.reasons().size()) {
            System.err.printf("  ... and %d more failures (see the log)%n", stats.failed() - stats.reasons().size());
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
