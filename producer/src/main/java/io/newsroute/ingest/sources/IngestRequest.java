package io.newsroute.ingest.sources;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.newsroute.common.model.Article;
import io.newsroute.common.serde.Json;
import io.newsroute.extract.ArticleFiles;
import io.newsroute.extract.ArticleIds;
import io.newsroute.extract.HtmlExtractor;
import io.newsroute.extract.NoArticleTextException;
import io.newsroute.extract.TextArticleReader;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the body of one {@code POST /articles} into articles, all or nothing: one JSON article
 * (or a JSON array of them), JSON lines ({@code application/x-ndjson}, or several lines of JSON),
 * an HTML page ({@code text/html}, with the page's URL) or a plain-text article ({@code text/plain}).
 * Bad input raises {@link BadInput} with a reason for the client.
 */
final class IngestRequest {

    /** Input the client must fix; the message says what is wrong. */
    static final class BadInput extends Exception {
        private final int status;

        BadInput(int status, String message) {
            super(message);
            this.status = status;
        }

        int status() {
            return status;
        }
    }

    private final ArticleFiles files;
    private final HtmlExtractor html;
    private final TextArticleReader text = new TextArticleReader();
    private final Clock clock;

    IngestRequest(ArticleFiles files, HtmlExtractor html, Clock clock) {
        this.files = files;
        this.html = html;
        this.clock = clock;
    }

    /** The articles of a request body given its Content-Type (may be null) and {@code url} query parameter (may be null). */
    List<Article> parse(String contentType, String body, String url) throws BadInput {
        String type =
                contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (body.isBlank()) {
            throw new BadInput(400, "empty body");
        }
        return switch (type) {
            case "text/html", "application/xhtml+xml" -> List.of(page(body, url));
            case "text/plain" -> List.of(plainText(body, url));
            case "application/x-ndjson", "application/jsonl", "application/jsonlines", "application/x-jsonlines" ->
                lines(body);
            case "application/json", "" -> json(body);
            default ->
                throw new BadInput(
                        415,
                        "unsupported Content-Type " + type
                                + " (use application/json, application/x-ndjson, text/html with ?url=, or text/plain)");
        };
    }

    private Article page(String body, String url) throws BadInput {
        if (url == null || ArticleIds.normaliseUrl(url).isEmpty()) {
            throw new BadInput(400, "text/html needs the page's absolute http(s) URL as the 'url' query parameter");
        }
        try {
            return html.extract(body, url).toArticle(url, Articles.host(url), clock.instant());
        } catch (NoArticleTextException e) {
            throw new BadInput(400, "no article text in the page: " + e.getMessage());
        }
    }

    private Article plainText(String body, String url) throws BadInput {
        try {
            var page = text.read(body);
            String source = url == null ? "http" : Articles.host(url);
            return page.toArticle(url, source, clock.instant());
        } catch (NoArticleTextException e) {
            throw new BadInput(400, "no article text: " + e.getMessage());
        }
    }

    private List<Article> json(String body) throws BadInput {
        JsonNode root;
        try {
            root = Json.mapper().readTree(body);
        } catch (JsonProcessingException e) {
            if (body.strip().indexOf('\n') > 0) {
                return lines(body); // several JSON values, one per line
            }
            throw new BadInput(400, "bad JSON: " + e.getOriginalMessage());
        }
        if (root != null && root.isArray()) {
            List<Article> out = new ArrayList<>();
            for (int i = 0; i < root.size(); i++) {
                out.add(article(root.get(i).toString(), "item " + (i + 1) + ": "));
            }
            if (out.isEmpty()) {
                throw new BadInput(400, "empty array");
            }
            return out;
        }
        return List.of(article(body, ""));
    }

    private List<Article> lines(String body) throws BadInput {
        List<Article> out = new ArrayList<>();
        String[] lines = body.split("\\r?\\n");
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                out.add(article(lines[i], "line " + (i + 1) + ": "));
            }
        }
        return out;
    }

    private Article article(String json, String where) throws BadInput {
        try {
            return files.fromJson(json, "http");
        } catch (IllegalArgumentException e) {
            throw new BadInput(400, where + e.getMessage());
        }
    }
}
