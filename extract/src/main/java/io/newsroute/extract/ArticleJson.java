package io.newsroute.extract;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsroute.common.model.Article;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps one JSON article object to an {@link Article}. Reads the record's own field names and the
 * common schema.org/scraper aliases ({@code headline}, {@code description}, {@code articleBody},
 * {@code text}, {@code content}, {@code author}, {@code datePublished}, {@code inLanguage},
 * {@code siteName}); writes an article whose id is recomputed with {@link ArticleIds} so the same
 * story always gets the same id, whatever the file said.
 */
final class ArticleJson {

    private ArticleJson() {}

    /** The article, or an {@link IllegalArgumentException} saying what is missing. */
    static Article toArticle(JsonNode node, String fallbackSource, Instant ingestedAt) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("expected a JSON object");
        }
        String body = TextCleaner.body(firstText(node, "body", "articleBody", "text", "content"));
        if (body.isEmpty()) {
            throw new NoArticleTextException("no body (body/articleBody/text/content)");
        }
        String title = TextCleaner.inline(firstText(node, "title", "headline", "name"));
        String url = emptyToNull(firstText(node, "url", "canonicalUrl", "link"));
        String source = emptyToNull(firstText(node, "source", "siteName", "site", "publisher"));
        List<String> authors = authors(node.has("authors") ? node.get("authors") : node.get("author"));
        return new Article(
                ArticleIds.of(url, title, body),
                url,
                source == null ? fallbackSource : source,
                title,
                emptyToNull(TextCleaner.inline(firstText(node, "subtitle", "description", "standfirst"))),
                authors,
                emptyToNull(firstText(node, "published", "datePublished", "date")),
                emptyToNull(firstText(node, "language", "inLanguage", "lang")),
                body,
                ingestedAt);
    }

    private static List<String> authors(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (node.isArray()) {
            for (JsonNode a : node) {
                out.addAll(authors(a));
            }
        } else if (node.isObject()) {
            String name = TextCleaner.inline(node.path("name").asText(""));
            if (!name.isEmpty()) {
                out.add(name);
            }
        } else if (node.isValueNode()) {
            String name = TextCleaner.inline(node.asText(""));
            if (!name.isEmpty()) {
                out.add(name);
            }
        }
        return out;
    }

    private static String firstText(JsonNode node, String... keys) {
        for (String key : keys) {
            JsonNode v = node.get(key);
            if (v != null && v.isObject() && v.has("name")) {
                v = v.get("name");
            }
            if (v != null && v.isValueNode() && !v.isNull() && !v.asText("").isBlank()) {
                return v.asText();
            }
        }
        return "";
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
