package io.newsroute.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.newsroute.common.model.Article;
import io.newsroute.common.serde.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads article files into {@link Article}s: {@code .txt} ({@link TextArticleReader}), {@code .html}
 * and {@code .htm} ({@link HtmlExtractor}), {@code .json} (one article object or an array of them),
 * {@code .jsonl} (one object per line), each also as {@code .gz}. A folder is walked recursively in
 * path order, hidden files ignored. Other types are skipped with a reason; a file or line that fails
 * is reported in the {@link LoadResult} and the load goes on.
 *
 * <p>Ids come from {@link ArticleIds}; {@code source} is the site name when the page names one, else
 * the file name; {@code ingestedAt} comes from the clock given.
 */
public final class ArticleFiles {

    /** Largest file (after decompression) read, in bytes. */
    public static final int DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(ArticleFiles.class);

    private final Clock clock;
    private final HtmlExtractor html;
    private final TextArticleReader text = new TextArticleReader();
    private final int maxFileBytes;

    public ArticleFiles(Clock clock) {
        this(clock, new HtmlExtractor(), DEFAULT_MAX_FILE_BYTES);
    }

    public ArticleFiles(Clock clock, HtmlExtractor html, int maxFileBytes) {
        this.clock = clock;
        this.html = html;
        this.maxFileBytes = maxFileBytes;
    }

    /** Reads one file or folder. */
    public LoadResult load(Path fileOrDir) {
        return load(List.of(fileOrDir));
    }

    /** Reads several files or folders; never throws for a bad input, reports it instead. */
    public LoadResult load(List<Path> filesOrDirs) {
        List<Article> articles = new ArrayList<>();
        List<LoadResult.Failure> failures = new ArrayList<>();
        List<LoadResult.Skipped> skipped = new ArrayList<>();
        for (Path root : filesOrDirs) {
            List<Path> files;
            try {
                files = files(root);
            } catch (IOException e) {
                failures.add(new LoadResult.Failure(root, 0, "cannot list: " + e));
                continue;
            }
            for (Path file : files) {
                String kind = kind(file);
                if (kind == null) {
                    skipped.add(new LoadResult.Skipped(
                            file, "unknown file type (want .txt, .html, .htm, .json, .jsonl, optionally .gz)"));
                    continue;
                }
                readFile(file, kind, articles, failures);
            }
        }
        LOG.info("read {} articles, {} failures, {} skipped files", articles.size(), failures.size(), skipped.size());
        return new LoadResult(articles, failures, skipped);
    }

    /**
     * One JSON article object, given as text, as an {@link Article}: the same field names and
     * aliases as {@code .json} files, the id from {@link ArticleIds}, {@code ingestedAt} from the
     * clock, {@code fallbackSource} when the object names no source. Used by streaming sources
     * (stdin, HTTP ingest) that read one object at a time.
     *
     * @throws IllegalArgumentException when the text is not JSON or not an article object
     */
    public Article fromJson(String json, String fallbackSource) {
        try {
            return ArticleJson.toArticle(Json.mapper().readTree(json), fallbackSource, clock.instant());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("bad JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** The text of a file, gunzipped when its name ends in {@code .gz}; invalid UTF-8 is replaced. */
    public static String readText(Path file) throws IOException {
        return readText(file, DEFAULT_MAX_FILE_BYTES);
    }

    static String readText(Path file, int maxBytes) throws IOException {
        byte[] bytes;
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = isGzip(file) ? new GZIPInputStream(raw) : raw) {
            bytes = in.readNBytes(maxBytes + 1);
        }
        if (bytes.length > maxBytes) {
            throw new IOException("larger than " + maxBytes + " bytes");
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IOException("not decodable as UTF-8", e);
        }
    }

    private void readFile(Path file, String kind, List<Article> articles, List<LoadResult.Failure> failures) {
        String content;
        try {
            content = readText(file, maxFileBytes);
        } catch (IOException e) {
            failures.add(new LoadResult.Failure(file, 0, "cannot read: " + e.getMessage()));
            return;
        }
        Instant now = clock.instant();
        String fileName = file.getFileName().toString();
        try {
            switch (kind) {
                case "txt" -> articles.add(text.read(content).toArticle(null, fileName, now));
                case "html" -> articles.add(html.extract(content, null).toArticle(null, fileName, now));
                case "json" -> readJson(file, content, fileName, now, articles, failures);
                case "jsonl" -> readJsonLines(file, content, fileName, now, articles, failures);
                default -> throw new IllegalStateException("unhandled kind " + kind);
            }
        } catch (IllegalArgumentException e) {
            failures.add(new LoadResult.Failure(file, 0, e.getMessage()));
        } catch (RuntimeException e) {
            // one bad file must not stop the load: report it with its cause
            LOG.warn("unexpected failure reading {}", file, e);
            failures.add(new LoadResult.Failure(
                    file, 0, "unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    private static void readJson(
            Path file,
            String content,
            String fileName,
            Instant now,
            List<Article> articles,
            List<LoadResult.Failure> failures) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(content);
        } catch (JsonProcessingException e) {
            failures.add(new LoadResult.Failure(file, 0, "bad JSON: " + e.getOriginalMessage()));
            return;
        }
        if (root != null && root.isArray()) {
            for (int i = 0; i < root.size(); i++) {
                try {
                    articles.add(ArticleJson.toArticle(root.get(i), fileName, now));
                } catch (IllegalArgumentException e) {
                    failures.add(new LoadResult.Failure(file, i + 1, e.getMessage()));
                }
            }
        } else {
            articles.add(ArticleJson.toArticle(root, fileName, now));
        }
    }

    private static void readJsonLines(
            Path file,
            String content,
            String fileName,
            Instant now,
            List<Article> articles,
            List<LoadResult.Failure> failures) {
        String[] lines = content.split("\\r?\\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            try {
                articles.add(ArticleJson.toArticle(Json.mapper().readTree(lines[i]), fileName, now));
            } catch (JsonProcessingException e) {
                failures.add(new LoadResult.Failure(file, i + 1, "bad JSON: " + e.getOriginalMessage()));
            } catch (IllegalArgumentException e) {
                failures.add(new LoadResult.Failure(file, i + 1, e.getMessage()));
            }
        }
    }

    private static List<Path> files(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            if (!Files.isRegularFile(root)) {
                throw new IOException("no such file or folder");
            }
            return List.of(root);
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        }
    }

    /** "txt", "html", "json", "jsonl", or null for other files. */
    static String kind(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        return switch (ext) {
            case "txt" -> "txt";
            case "html", "htm" -> "html";
            case "json" -> "json";
            case "jsonl", "ndjson" -> "jsonl";
            default -> null;
        };
    }

    private static boolean isGzip(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    }
}
