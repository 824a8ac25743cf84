package io.newsroute.ingest.sources;

import io.newsroute.common.model.Article;
import io.newsroute.extract.ArticleFiles;
import io.newsroute.extract.LoadResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a folder (recursively) and publishes each new or changed article file once. Reads files
 * with {@link ArticleFiles} ({@code .txt}, {@code .html}/{@code .htm}, {@code .json}, {@code .jsonl},
 * also {@code .gz}; hidden files ignored), writes articles through the {@link SourcePublisher}, and
 * records each published file (path, size, mtime, content hash, article ids) in the
 * {@link SourceState} file, so a restart does not republish. A file whose size and mtime are
 * unchanged is not read again; one whose content hash is unchanged is not republished.
 *
 * <p>Changes are noticed by a {@link WatchService} and, as a fallback (network file systems, missed
 * events), by a full rescan every {@code rescanEvery}. A file modified less than {@code settle} ago
 * is left for a later scan, so half-written files are not read. A file whose articles Kafka did not
 * acknowledge, or that could not be read (an I/O error), is not recorded and is tried again on the
 * next scan; an unreadable subfolder is logged and skipped, the rest still watched. A fatal failure
 * ends {@link #run()} with an exception, never silently.
 */
public final class FolderWatcher implements Runnable, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FolderWatcher.class);
    private static final HexFormat HEX = HexFormat.of();

    private final Path dir;
    private final ArticleFiles files;
    private final SourcePublisher publisher;
    private final SourceState state;
    private final Duration rescanEvery;
    private final Duration settle;
    private final Clock clock;
    private final WatchService watcher;
    private volatile boolean stopped;
    private long lastSave = System.nanoTime() - TimeUnit.SECONDS.toNanos(2);
    private boolean unsaved;

    public FolderWatcher(
            Path dir,
            ArticleFiles files,
            SourcePublisher publisher,
            SourceState state,
            Duration rescanEvery,
            Duration settle,
            Clock clock)
            throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("not a folder: " + dir);
        }
        this.dir = dir.toAbsolutePath().normalize();
        this.files = files;
        this.publisher = publisher;
        this.state = state;
        this.rescanEvery = rescanEvery;
        this.settle = settle;
        this.clock = clock;
        this.watcher = FileSystems.getDefault().newWatchService();
    }

    /** What one scan did. */
    public record ScanResult(int filesPublished, int filesUnchanged, int filesDeferred, int filesFailed) {}

    /** Watches until {@link #close()}: a scan at start, then one after each burst of events or every {@code rescanEvery}. */
    @Override
    public void run() {
        try {
            registerAll();
            ScanResult last = scanOnce();
            while (!stopped) {
                long waitMillis = last.filesDeferred() > 0 ? Math.max(50, settle.toMillis()) : rescanEvery.toMillis();
                WatchKey key = watcher.poll(waitMillis, TimeUnit.MILLISECONDS);
                if (key != null) {
                    drain(key);
                    // collect the rest of the burst before scanning
                    WatchKey more;
                    while ((more = watcher.poll(100, TimeUnit.MILLISECONDS)) != null) {
                        drain(more);
                    }
                }
                if (!stopped) {
                    last = scanOnce();
                }
            }
        } catch (ClosedWatchServiceException e) {
            LOG.debug("Watch service of {} closed", dir);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the thread must not end silently: the command sees the exception and exits non-zero
            throw new UncheckedIOException("watching " + dir + " failed", e);
        }
        LOG.info("Stopped watching {}", dir);
    }

    /** Publishes every new or changed file of the folder once; returns what it did. */
    public ScanResult scanOnce() throws InterruptedException {
        int published = 0;
        int unchanged = 0;
        int deferred = 0;
        int failed = 0;
        List<Path> candidates;
        try {
            candidates = listFiles();
        } catch (IOException e) {
            LOG.warn("Cannot list {}: {}", dir, e.toString());
            return new ScanResult(0, 0, 0, 1);
        }
        for (Path file : candidates) {
            if (stopped) {
                break;
            }
            switch (handle(file)) {
                case PUBLISHED -> published++;
                case UNCHANGED -> unchanged++;
                case DEFERRED -> deferred++;
                case FAILED -> failed++;
            }
        }
        if (unsaved) {
            save();
        }
        if (published > 0 || failed > 0) {
            LOG.info(
                    "Scanned {}: {} files published, {} unchanged, {} not settled, {} failed",
                    dir,
                    published,
                    unchanged,
                    deferred,
                    failed);
        }
        return new ScanResult(published, unchanged, deferred, failed);
    }

    private enum FileOutcome {
        PUBLISHED,
        UNCHANGED,
        DEFERRED,
        FAILED
    }

    private FileOutcome handle(Path file) throws InterruptedException {
        String key = dir.relativize(file).toString().replace('\\', '/');
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            LOG.debug("Skipping {}: {} (removed since listing?)", file, e.toString());
            return FileOutcome.UNCHANGED;
        }
        long size = attrs.size();
        long mtime = attrs.lastModifiedTime().toMillis();
        var known = state.fileEntry(key);
        if (known.isPresent() && known.get().size() == size && known.get().mtimeMillis() == mtime) {
            return FileOutcome.UNCHANGED;
        }
        if (clock.millis() - mtime < settle.toMillis()) {
            return FileOutcome.DEFERRED;
        }
        String hash;
        try {
            hash = sha256(file);
        } catch (IOException e) {
            LOG.warn("Cannot read {}: {}", file, e.toString());
            publisher.stats().failed(key + ": cannot read: " + e.getMessage());
            return FileOutcome.FAILED;
        }
        if (known.isPresent() && known.get().sha256().equals(hash)) {
            state.putFile(
                    key,
                    new SourceState.FileEntry(size, mtime, hash, known.get().ids()));
            saveSoon();
            return FileOutcome.UNCHANGED;
        }
        return publishFile(file, key, size, mtime, hash);
    }

    /**
     * Reads a new or changed file's articles and publishes them; records the file (size, time, hash,
     * article ids) only when Kafka took every article and the file read without an I/O error.
     */
    private FileOutcome publishFile(Path file, String key, long size, long mtime, String hash)
            throws InterruptedException {
        LoadResult loaded = files.load(file);
        boolean readError = false;
        for (LoadResult.Failure f : loaded.failures()) {
            String reason = f.describeAs(key);
            LOG.warn("Cannot read {}", reason);
            publisher.stats().failed(reason);
            readError |= f.readError();
        }
        publisher.stats().bytes(size);
        SourcePublisher.Outcome outcome = publisher.publish(loaded.articles());
        if (!outcome.ok()) {
            LOG.warn(
                    "File {}: {} articles not acknowledged by Kafka; it will be tried again",
                    key,
                    outcome.failures().size());
            return FileOutcome.FAILED;
        }
        if (readError) {
            // not recorded: an I/O error may pass (a file still being copied), so the next scan reads it again
            LOG.warn("File {}: read errors; its readable articles are published, the file will be read again", key);
            return FileOutcome.FAILED;
        }
        List<String> ids = new ArrayList<>();
        for (Article a : loaded.articles()) {
            ids.add(a.id());
        }
        state.putFile(key, new SourceState.FileEntry(size, mtime, hash, ids));
        saveSoon();
        LOG.info(
                "File {}: {} articles published, {} duplicates",
                key,
                outcome.published().size(),
                outcome.duplicates().size());
        return FileOutcome.PUBLISHED;
    }

    /** Saves at most once a second during a scan (the state holds every remembered article); the scan's end saves the rest. */
    private void saveSoon() {
        unsaved = true;
        if (System.nanoTime() - lastSave >= TimeUnit.SECONDS.toNanos(1)) {
            save();
        }
    }

    private void save() {
        lastSave = System.nanoTime();
        unsaved = false;
        try {
            state.save();
        } catch (IOException e) {
            LOG.error("Cannot write state file {}: {}", state.file(), e.toString());
        }
    }

    /**
     * The article files under the folder, sorted. A subfolder or file that cannot be read (permissions,
     * removed meanwhile) is logged, counted as a failure and skipped: the rest of the folder is still
     * watched, and the next scan tries it again.
     */
    private List<Path> listFiles() throws IOException {
        Path stateFile = state.file().toAbsolutePath().normalize();
        List<Path> out = new ArrayList<>();
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path p, BasicFileAttributes attrs) {
                if (attrs.isRegularFile()
                        && !hidden(p)
                        && !p.toAbsolutePath().normalize().equals(stateFile)
                        && articleFile(p)) {
                    out.add(p);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path p, IOException e) throws IOException {
                if (p.equals(dir)) {
                    throw e;
                }
                unreadable(p, e);
                return FileVisitResult.CONTINUE;
            }
        });
        out.sort(null);
        return out;
    }

    /** Logs and counts a path the scan cannot read; it is skipped this time. */
    void unreadable(Path p, IOException e) {
        String key = dir.relativize(p.toAbsolutePath().normalize()).toString().replace('\\', '/');
        LOG.warn("Cannot read {}: {}; skipped, tried again next scan", p, e.toString());
        publisher.stats().failed(key + ": cannot read: " + e);
    }

    private boolean hidden(Path p) {
        for (Path part : dir.relativize(p)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    static boolean articleFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        return name.endsWith(".txt")
                || name.endsWith(".html")
                || name.endsWith(".htm")
                || name.endsWith(".json")
                || name.endsWith(".jsonl")
                || name.endsWith(".ndjson");
    }

    private void registerAll() throws IOException {
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                if (!d.equals(dir) && hidden(d)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                register(d);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path p, IOException e) throws IOException {
                if (p.equals(dir)) {
                    throw e;
                }
                LOG.warn("Cannot watch {}: {}; the periodic rescan still covers it", p, e.toString());
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void register(Path d) throws IOException {
        d.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
    }

    private void drain(WatchKey key) {
        Path parent = (Path) key.watchable();
        for (var event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && event.context() instanceof Path name) {
                Path child = parent.resolve(name);
                if (Files.isDirectory(child) && !hidden(child)) {
                    try {
                        register(child);
                    } catch (IOException e) {
                        LOG.warn("Cannot watch {}: {}; the periodic rescan still covers it", child, e.toString());
                    }
                }
            }
        }
        key.reset();
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HEX.formatHex(md.digest());
    }

    /** Stops watching; a scan in progress ends after the current file. */
    @Override
    public void close() {
        stopped = true;
        try {
            watcher.close();
        } catch (IOException e) {
            LOG.warn("Closing the watch service of {} failed: {}", dir, e.toString());
        }
    }
}
