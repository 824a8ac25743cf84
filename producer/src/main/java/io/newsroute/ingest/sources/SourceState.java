package io.newsroute.ingest.sources;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroute.common.serde.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the long-running sources already did, kept in a small local JSON file so a restart does not
 * republish: for each watched file its size, modification time, content hash and the article ids it
 * gave; for each feed its ETag, Last-Modified and the item keys (GUIDs or links) already handled;
 * and the {@link Deduplicator}'s ids and text fingerprints. Reads and writes that one file; each
 * {@link #save()} writes a temporary file next to it and moves it into place atomically. Thread-safe.
 */
public final class SourceState {

    /** Item keys remembered per feed (the most recent ones). */
    public static final int MAX_SEEN_PER_FEED = 5_000;

    private static final Logger LOG = LoggerFactory.getLogger(SourceState.class);
    private static final ObjectMapper MAPPER = Json.mapper();

    /**
     * One watched file as last published.
     *
     * @param size        bytes
     * @param mtimeMillis last modification time
     * @param sha256      hash of the content
     * @param ids         article ids read from it
     */
    public record FileEntry(long size, long mtimeMillis, String sha256, List<String> ids) {

        public FileEntry {
            ids = ids == null ? List.of() : List.copyOf(ids);
        }
    }

    /**
     * One feed as last polled.
     *
     * @param etag         ETag of the last complete poll, or {@code null}
     * @param lastModified Last-Modified of the last complete poll, or {@code null}
     * @param seen         item keys handled, oldest first
     */
    public record FeedEntry(String etag, String lastModified, List<String> seen) {

        public FeedEntry {
            seen = seen == null ? List.of() : List.copyOf(seen);
        }
    }

    /** The file's layout. */
    record Doc(
            int version,
            Map<String, FileEntry> files,
            Map<String, FeedEntry> feeds,
            Map<String, String> fingerprints) {}

    private final Path file;
    private final Deduplicator dedup;
    private final Map<String, FileEntry> files = new LinkedHashMap<>();
    private final Map<String, FeedEntry> feeds = new LinkedHashMap<>();
    /** Held from snapshot to rename by {@link #save()}. */
    private final Object saveLock = new Object();

    private SourceState(Path file, Deduplicator dedup) {
        this.file = file;
        this.dedup = dedup;
    }

    /**
     * Reads the state file when it exists (restoring the deduplicator's memory), else starts empty.
     *
     * @throws IOException when the file exists but cannot be read as a state file
     */
    public static SourceState load(Path file, Deduplicator dedup) throws IOException {
        SourceState state = new SourceState(file, dedup);
        if (Files.exists(file)) {
            Doc doc;
            try {
                doc = MAPPER.readValue(file.toFile(), Doc.class);
            } catch (IOException e) {
                throw new IOException("cannot read state file " + file + ": " + e.getMessage(), e);
            }
            if (doc.files() != null) {
                state.files.putAll(doc.files());
            }
            if (doc.feeds() != null) {
                state.feeds.putAll(doc.feeds());
            }
            if (doc.fingerprints() != null) {
                dedup.restore(doc.fingerprints());
            }
            LOG.info(
                    "State {}: {} files, {} feeds, {} articles remembered",
                    file,
                    state.files.size(),
                    state.feeds.size(),
                    dedup.size());
        }
        return state;
    }

    public Path file() {
        return file;
    }

    public synchronized Optional<FileEntry> fileEntry(String key) {
        return Optional.ofNullable(files.get(key));
    }

    public synchronized void putFile(String key, FileEntry entry) {
        files.put(key, entry);
    }

    public synchronized FeedEntry feed(String url) {
        return feeds.getOrDefault(url, new FeedEntry(null, null, List.of()));
    }

    /** Records a poll: the new validators (when the poll completed) and the item keys handled. */
    public synchronized void putFeed(String url, String etag, String lastModified, List<String> newlySeen) {
        FeedEntry old = feed(url);
        LinkedHashSet<String> seen = new LinkedHashSet<>(old.seen());
        seen.addAll(newlySeen);
        List<String> kept = new ArrayList<>(seen);
        if (kept.size() > MAX_SEEN_PER_FEED) {
            kept = kept.subList(kept.size() - MAX_SEEN_PER_FEED, kept.size());
        }
        feeds.put(url, new FeedEntry(etag, lastModified, kept));
    }

    /**
     * Writes the state atomically (temporary file, then an atomic move over the old one). The snapshot
     * and the write happen under one lock, so an older snapshot can never replace a newer one.
     */
    public void save() throws IOException {
        synchronized (saveLock) {
            Doc doc;
            synchronized (this) {
                doc = new Doc(1, new LinkedHashMap<>(files), new LinkedHashMap<>(feeds), dedup.snapshot());
            }
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = dir.resolve(file.getFileName() + ".tmp");
            try (OutputStream out = Files.newOutputStream(
                    tmp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                MAPPER.writeValue(out, doc);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
