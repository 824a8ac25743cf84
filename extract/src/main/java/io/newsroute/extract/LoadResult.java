package io.newsroute.extract;

import io.newsroute.common.model.Article;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@link ArticleFiles} read: the articles, the inputs that failed (with the reason and, for
 * JSON lines, the line number) and the files skipped because their type is not an article format.
 *
 * @param articles articles read, in path (and line) order
 * @param failures files or lines that could not be read as an article
 * @param skipped  files left alone, with the reason
 */
public record LoadResult(List<Article> articles, List<Failure> failures, List<Skipped> skipped) {

    public LoadResult {
        articles = List.copyOf(articles);
        failures = List.copyOf(failures);
        skipped = List.copyOf(skipped);
    }

    /**
     * A file or line that could not be read.
     *
     * @param path   the file
     * @param line   1-based line (JSON lines) or array index + 1 (JSON arrays); 0 for the whole file
     * @param reason why
     */
    public record Failure(Path path, int line, String reason) {

        /** Whether the file could not be read (an I/O error, which may pass), as opposed to content that is not an article. */
        public boolean readError() {
            if (line != 0 || reason.contains("larger than") || reason.contains("not decodable")) {
                return false;
            }
            return reason.startsWith("cannot read")
                    || reason.startsWith("cannot list")
                    || reason.startsWith("unexpected ");
        }

        /** "path:line: reason" (no line number when the whole file failed). */
        public String describe() {
            return describeAs(path.toString());
        }

        /** The same, naming the file {@code name} (a shorter key, say). */
        public String describeAs(String name) {
            return name + (line > 0 ? ":" + line : "") + ": " + reason;
        }
    }

    /**
     * A file not read because of its type.
     *
     * @param path   the file
     * @param reason why
     */
    public record Skipped(Path path, String reason) {}
}
