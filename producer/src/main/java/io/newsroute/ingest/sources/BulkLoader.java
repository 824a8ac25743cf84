package io.newsroute.ingest.sources;

import io.newsroute.common.model.Article;
import io.newsroute.extract.ArticleFiles;
import io.newsroute.extract.LoadResult;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes a bulk of articles once: files and folders (walked recursively, hidden files ignored)
 * and JSON lines from a stream (stdin). Reads {@code .jsonl}/{@code .ndjson} files (also gzipped)
 * and streams line by line in batches, so their size is not limited by memory; other article files
 * go through {@link ArticleFiles}. Writes through the {@link SourcePublisher}, counting input bytes,
 * failures (file:line: reason) and skipped files in the publisher's {@link IngestStats}.
 */
public final class BulkLoader {

    private static final Logger LOG = LoggerFactory.getLogger(BulkLoader.class);

    private final ArticleFiles files;
    private final SourcePublisher publisher;
    private final int batchSize;
    private int skippedFiles;

    public BulkLoader(ArticleFiles files, SourcePublisher publisher, int batchSize) {
        this.files = files;
        this.publisher = publisher;
        this.batchSize = batchSize;
    }

    /** Files left alone because their type is not an article format. */
    public int skippedFiles() {
        return skippedFiles;
    }

    /** The article files under the roots, in path order; a missing root is reported as a failure. */
    public List<Path> list(List<Path> roots) {
        List<Path> out = new ArrayList<>();
        for (Path root : roots) {
            if (Files.isRegularFile(root)) {
                out.add(root);
                continue;
            }
            if (!Files.isDirectory(root)) {
                publisher.stats().failed(root + ": no such file or folder");
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> !hidden(root.relativize(p)))
                        .sorted()
                        .forEach(out::add);
            } catch (IOException e) {
                publisher.stats().failed(root + ": cannot list: " + e.getMessage());
            }
        }
        return out;
    }

    /** Total size in bytes of the files (for progress). */
    public static long totalBytes(List<Path> files) {
        long total = 0;
        for (Path f : files) {
            try {
                total += Files.size(f);
            } catch (IOException e) {
                LOG.debug("Cannot size {}: {}", f, e.toString());
            }
        }
        return total;
    }

    /** Publishes the articles of each file. */
    public void loadFiles(List<Path> fileList) throws InterruptedException {
        for (Path file : fileList) {
            if (isJsonLines(file)) {
                try (InputStream raw = Files.newInputStream(file);
                        InputStream counted = new Counting(raw, publisher.stats());
                        InputStream in =
                                file.toString().toLowerCase(Locale.ROOT).endsWith(".gz")
                                        ? new GZIPInputStream(counted, 1 << 16)
                                        : counted) {
                    loadJsonLines(in, file.toString(), false);
                } catch (IOException e) {
                    publisher.stats().failed(file + ": cannot read: " + e.getMessage());
                }
                continue;
            }
            if (!FolderWatcher.articleFile(file)) {
                skippedFiles++;
                LOG.info("Skipping {}: unknown file type", file);
                continue;
            }
            LoadResult loaded = files.load(file);
            loaded.failures().forEach(f -> publisher.stats().failed(f.describe()));
            publisher.publish(loaded.articles());
            try {
                publisher.stats().bytes(Files.size(file));
            } catch (IOException e) {
                LOG.debug("Cannot size {}: {}", file, e.toString());
            }
        }
    }

    /**
     * Publishes JSON lines read from a stream, in batches; a bad line is counted as a failure and the
     * load goes on. {@code countBytes} counts the bytes read as progress (when the stream is not
     * already counted).
     */
    public void loadJsonLines(InputStream in, String name, boolean countBytes)
            throws IOException, InterruptedException {
        InputStream source = countBytes ? new Counting(in, publisher.stats()) : in;
        BufferedReader reader = new BufferedReader(new InputStreamReader(source, StandardCharsets.UTF_8), 1 << 16);
        List<Article> batch = new ArrayList<>(batchSize);
        String fallbackSource = Path.of(name).getFileName() == null
                ? name
                : Path.of(name).getFileName().toString();
        String line;
        int lineNo = 0;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            try {
                batch.add(files.fromJson(line, fallbackSource));
            } catch (IllegalArgumentException e) {
                publisher.stats().failed(name + ":" + lineNo + ": " + e.getMessage());
                continue;
            }
            if (batch.size() >= batchSize) {
                publisher.publish(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            publisher.publish(batch);
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isJsonLines(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        return name.endsWith(".jsonl") || name.endsWith(".ndjson");
    }

    /** Counts the bytes read into the stats. */
    private static final class Counting extends FilterInputStream {
        private final IngestStats stats;

        Counting(InputStream in, IngestStats stats) {
            super(in);
            this.stats = stats;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                stats.bytes(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                stats.bytes(n);
            }
            return n;
        }
    }
}
