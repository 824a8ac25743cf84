package io.newsroute.tagger.themes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsroute.common.model.ThemeTag;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Measuring harness (test scope, not shipped): reads JSON-lines articles ({@code id}, {@code title},
 * optional {@code subtitle}, {@code body}) from a file or stdin and writes one prediction line per
 * article, {@code {"id": ..., "themes": [{"code", "label", "top", "score"}, ...]}}, to stdout, in the
 * format {@code score_themes.py} and {@code score_topics.py} read. An article's optional {@code language}
 * field (ISO 639-1, default English) chooses the cues. Calls {@link ThemeTagger} directly, so it does not depend on
 * the country tagger; keeps the themes {@link ThemeSelection} keeps, as a record does. Reports throughput on stderr. Usage: {@code ThemeEvalMain [FILE] [--themes FILE]}.
 */
public final class ThemeEvalMain {

    private ThemeEvalMain() {}

    public static void main(String[] args) throws IOException {
        Path input = null;
        Path themes = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--themes") && i + 1 < args.length) {
                themes = Path.of(args[++i]);
            } else {
                input = Path.of(args[i]);
            }
        }
        ThemeTagger tagger = themes == null ? ThemeTagger.standard() : ThemeTagger.fromFile(themes);
        ThemeSelection selection = ThemeSelection.standard(tagger.taxonomy()); // what a record keeps
        ObjectMapper mapper = new ObjectMapper();
        BufferedReader in = input == null
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                : Files.newBufferedReader(input, StandardCharsets.UTF_8);
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        long chars = 0;
        long nanos = 0;
        int n = 0;
        try (in) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode a = mapper.readTree(line);
                String title = a.path("title").asText("");
                String subtitle = a.path("subtitle").asText("");
                String body = a.path("body").asText("");
                long t0 = System.nanoTime();
                var tags = selection.select(
                        tagger.tag(title, subtitle, body, a.path("language").asText("en")));
                nanos += System.nanoTime() - t0;
                chars += title.length() + subtitle.length() + body.length();
                n++;
                ObjectNode rec = mapper.createObjectNode();
                rec.set("id", a.get("id"));
                ArrayNode arr = rec.putArray("themes");
                for (ThemeTag t : tags) {
                    arr.addObject()
                            .put("code", t.code())
                            .put("label", t.label())
                            .put("top", t.top())
                            .put("score", t.score());
                }
                out.write(mapper.writeValueAsString(rec));
                out.write('\n');
            }
        }
        out.flush();
        PrintStream err = System.err;
        err.printf(
                "tagged %d articles, %.1f MB/s (first pass, includes warm-up)%n",
                n, nanos == 0 ? 0.0 : chars / (nanos / 1e9) / 1e6);
    }
}
