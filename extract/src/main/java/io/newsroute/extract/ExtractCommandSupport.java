package io.newsroute.extract;

import io.newsroute.common.serde.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The body of {@code newsroute extract FILE_OR_DIR...}: reads HTML pages ({@code .html}, {@code .htm},
 * optionally gzipped; folders are walked) and writes one JSON line per page:
 * {@code {"id", "title", "body", "authors", "published", "url", "siteName", "language"}}, the id being
 * the file name without its extensions. A page that fails gets a line with an empty body and an
 * {@code "error"} field, so scorers see every page.
 */
public final class ExtractCommandSupport {

    private static final Logger LOG = LoggerFactory.getLogger(ExtractCommandSupport.class);

    private ExtractCommandSupport() {}

    /** Extracts every HTML page under the given files or folders, in path order, to {@code out}. */
    public static void extractAll(List<Path> filesOrDirs, Writer out) throws IOException {
        HtmlExtractor extractor = new HtmlExtractor();
        for (Path page : htmlPages(filesOrDirs)) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("id", pageId(page));
            try {
                ExtractedPage p = extractor.extract(ArticleFiles.readText(page), null);
                line.put("title", p.title());
                line.put("body", p.body());
                line.put("authors", p.authors());
                line.put("published", p.published());
                line.put("url", p.canonicalUrl());
                line.put("siteName", p.siteName());
                line.put("language", p.language());
            } catch (NoArticleTextException | IOException | UncheckedIOException e) {
                LOG.warn("no article extracted from {}: {}", page, e.getMessage());
                line.put("body", "");
                line.put("error", e.getMessage());
            } catch (RuntimeException e) {
                // one broken page must not end the run: report it on its line and in the log
                LOG.warn("unexpected failure extracting {}", page, e);
                line.put("body", "");
                line.put("error", e.getClass().getSimpleName() + ": " + e.getMessage());
            }
            out.write(Json.mapper().writeValueAsString(line));
            out.write('\n');
        }
        out.flush();
    }

    /** The file name without {@code .gz} and {@code .html}/{@code .htm}. */
    static String pageId(Path page) {
        String name = page.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        for (String ext : List.of(".html.gz", ".htm.gz", ".html", ".htm")) {
            if (lower.endsWith(ext)) {
                return name.substring(0, name.length() - ext.length());
            }
        }
        return name;
    }

    private static List<Path> htmlPages(List<Path> filesOrDirs) throws IOException {
        List<Path> pages = new ArrayList<>();
        for (Path p : filesOrDirs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(ExtractCommandSupport::isHtml)
                            .sorted()
                            .forEach(pages::add);
                }
            } else if (Files.isRegularFile(p)) {
                pages.add(p);
            } else {
                throw new IOException("no such file or folder: " + p);
            }
        }
        return pages;
    }

    private static boolean isHtml(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".html.gz") || name.endsWith(".htm.gz");
    }
}
