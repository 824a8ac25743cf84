package io.newsroute.tagger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsroute.common.model.Article;
import io.newsroute.common.model.EnrichedArticle;
import io.newsroute.common.serde.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The offline face of the tagger: reads JSON-lines articles, writes one enriched JSON line per input
 * line, in order, keeping each record's {@code id}. A line that is not an article yields an error
 * record ({@code {"id": ..., "line": N, "error": "..."}}) instead of stopping the run.
 * Used by {@code newsroute tag} and the quality scripts under {@code bench/}.
 */
public final class JsonLinesTagger {

    private final ArticleTagger tagger;
    private final ObjectMapper mapper = Json.mapper();

    public JsonLinesTagger(ArticleTagger tagger) {
        this.tagger = tagger;
    }

    /** Counts of one run. */
    public record Summary(long tagged, long failed) {}

    /** Tags every line of {@code in}, writing to {@code out}; returns the counts. */
    public Summary run(BufferedReader in, Writer out) throws IOException {
        long tagged = 0;
        long failed = 0;
        long lineNo = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            String result;
            try {
                EnrichedArticle enriched = tagger.enrich(parse(line));
                result = mapper.writeValueAsString(enriched);
                tagged++;
            } catch (IOException | RuntimeException e) {
                result = errorLine(line, lineNo, e);
                failed++;
            }
            out.write(result);
            out.write('\n');
        }
        out.flush();
        return new Summary(tagged, failed);
    }

    /** Reads one article leniently: id, title and body are the only fields that matter. */
    Article parse(String line) throws IOException {
        JsonNode node = mapper.readTree(line);
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        String body = text(node, "body");
        String title = text(node, "title");
        if ((body == null || body.isBlank()) && (title == null || title.isBlank())) {
            throw new IllegalArgumentException("article has neither title nor body");
        }
        List<String> authors = new ArrayList<>();
        JsonNode a = node.get("authors");
        if (a != null && a.isArray()) {
            a.forEach(n -> authors.add(n.asText()));
        }
        return new Article(
                idOf(node),
                text(node, "url"),
                text(node, "source"),
                title,
                text(node, "subtitle"),
                authors,
                text(node, "published"),
                text(node, "language"),
                body == null ? "" : body,
                Instant.EPOCH);
    }

    private static String idOf(JsonNode node) {
        JsonNode id = node.get("id");
        return id == null || id.isNull() ? null : id.asText();
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isValueNode()) {
            throw new IllegalArgumentException("field '" + field + "' must be a string");
        }
        return v.asText();
    }

    private String errorLine(String line, long lineNo, Exception e) throws IOException {
        ObjectNode err = mapper.createObjectNode();
        try {
            JsonNode node = mapper.readTree(line);
            if (node != null && node.isObject() && node.has("id")) {
                err.set("id", node.get("id"));
            }
        } catch (IOException ignored) {
            // the line is not JSON at all: the error record carries no id, only the line number
        }
        err.put("line", lineNo);
        String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        err.put("error", msg.length() > 300 ? msg.substring(0, 300) : msg);
        return mapper.writeValueAsString(err);
    }
}
