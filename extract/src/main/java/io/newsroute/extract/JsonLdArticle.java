package io.newsroute.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.newsroute.common.serde.Json;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schema.org article object of a page, read from its {@code application/ld+json} scripts
 * (top-level objects, arrays and {@code @graph}). Writes the fields the extractor uses: headline,
 * description, authors, dates, body, URL, publisher and language. Broken JSON is logged and skipped.
 *
 * @param headline      headline, or {@code null}
 * @param description   description, or {@code null}
 * @param authors       author names, never {@code null}
 * @param datePublished publication date text, or {@code null}
 * @param articleBody   article body text, or {@code null}
 * @param url           url or mainEntityOfPage id, or {@code null}
 * @param publisher     publisher name, or {@code null}
 * @param language      inLanguage, or {@code null}
 */
public record JsonLdArticle(
        String headline,
        String description,
        List<String> authors,
        String datePublished,
        String articleBody,
        String url,
        String publisher,
        String language) {

    private static final Logger LOG = LoggerFactory.getLogger(JsonLdArticle.class);
    private static final Pattern MARKUP =
            Pattern.compile("<(?:p|br|div|a|em|strong|b|i|span|h[1-6]|ul|li)\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final int MAX_NODES = 10_000;
    private static final int MAX_SCRIPT_CHARS = 2_000_000;
    private static final Set<String> ARTICLE_TYPES = Set.of(
            "article",
            "newsarticle",
            "reportagenewsarticle",
            "analysisnewsarticle",
            "opinionnewsarticle",
            "reviewnewsarticle",
            "backgroundnewsarticle",
            "blogposting",
            "socialmediaposting",
            "techarticle",
            "scholarlyarticle",
            "report",
            "liveblogposting",
            "posting");

    public JsonLdArticle {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /** The first article object found in the page's JSON-LD, if any. */
    public static Optional<JsonLdArticle> find(Document doc) {
        for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
            String json = script.data().trim();
            if (json.isEmpty() || json.length() > MAX_SCRIPT_CHARS) {
                continue;
            }
            json = json.replaceFirst("^\\s*(?://\\s*)?<!\\[CDATA\\[", "")
                    .replaceFirst("(?://\\s*)?]]>\\s*$", "")
                    .replaceFirst("^\\s*<!--", "")
                    .replaceFirst("-->\\s*$", "");
            JsonNode root;
            try {
                root = Json.mapper().readTree(json);
            } catch (JsonProcessingException e) {
                LOG.debug("skipping unreadable JSON-LD block: {}", e.getOriginalMessage());
                continue;
            }
            Optional<JsonNode> article = findArticleNode(root);
            if (article.isPresent()) {
                return Optional.of(from(article.get()));
            }
        }
        return Optional.empty();
    }

    private static Optional<JsonNode> findArticleNode(JsonNode root) {
        Deque<JsonNode> todo = new ArrayDeque<>();
        todo.add(root);
        int seen = 0;
        while (!todo.isEmpty() && seen++ < MAX_NODES) {
            JsonNode node = todo.poll();
            if (node.isArray()) {
                node.forEach(todo::add);
            } else if (node.isObject()) {
                if (isArticleType(node.get("@type"))) {
                    return Optional.of(node);
                }
                JsonNode graph = node.get("@graph");
                if (graph != null) {
                    todo.add(graph);
                }
                JsonNode main = node.get("mainEntity");
                if (main != null && main.isContainerNode()) {
                    todo.add(main);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isArticleType(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isArticleType(t)) {
                    return true;
                }
            }
            return false;
        }
        String name = type.asText("").toLowerCase(Locale.ROOT);
        int slash = name.lastIndexOf('/');
        return ARTICLE_TYPES.contains(slash >= 0 ? name.substring(slash + 1) : name);
    }

    private static JsonLdArticle from(JsonNode node) {
        String url = text(node.get("url"));
        if (url == null) {
            JsonNode main = node.get("mainEntityOfPage");
            url = main != null && main.isObject() ? text(main.get("@id")) : text(main);
        }
        JsonNode publisher = node.get("publisher");
        String language = text(node.get("inLanguage"));
        if (language == null && node.path("inLanguage").isObject()) {
            language = text(node.get("inLanguage").get("alternateName"));
        }
        return new JsonLdArticle(
                text(node.get("headline")),
                text(node.get("description")),
                names(node.get("author")),
                text(node.get("datePublished")),
                body(node.get("articleBody")),
                url,
                publisher != null && publisher.isObject() ? text(publisher.get("name")) : text(publisher),
                language);
    }

    private static List<String> names(JsonNode author) {
        List<String> out = new ArrayList<>();
        if (author == null) {
            return out;
        }
        if (author.isArray()) {
            for (JsonNode a : author) {
                if (out.size() < 20) {
                    out.addAll(names(a));
                }
            }
        } else if (author.isObject()) {
            String name = text(author.get("name"));
            if (name != null) {
                out.add(name);
            }
        } else {
            String name = text(author);
            if (name != null && !name.startsWith("http")) {
                out.addAll(BoilerplateText.bylineNames(name));
            }
        }
        return out;
    }

    private static String body(JsonNode node) {
        if (node == null || !node.isTextual()) {
            return null;
        }
        String raw = node.asText().replace("\\n", "\n");
        String value;
        if (MARKUP.matcher(raw).find()) {
            value = TextCleaner.joinParagraphs(
                    BodyText.paragraphs(Jsoup.parseBodyFragment(raw).body()));
        } else {
            value = TextCleaner.body(raw.contains("&") ? Parser.unescapeEntities(raw, false) : raw);
        }
        return value.isEmpty() ? null : value;
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : text(node.get(0));
        }
        if (!node.isValueNode()) {
            return null;
        }
        String raw = node.asText("");
        String value = TextCleaner.inline(raw.contains("&") ? Parser.unescapeEntities(raw, false) : raw);
        return value.isEmpty() ? null : value;
    }
}
