package io.newsroute.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsroute.common.model.Article;
import io.newsroute.common.model.CountryTag;
import io.newsroute.common.model.EnrichedArticle;
import io.newsroute.common.model.ThemeTag;
import io.newsroute.tagger.ArticleTagger;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Golden output: the tagger's language, countries (with relevance) and themes (with score) on the
 * fixture articles in {@code src/test/resources/golden/articles.jsonl} (generated English articles,
 * articles in the ten languages, and hand-written cases, all written for the project) must equal
 * {@code expected.jsonl}. Any change to tagging output shows as a failure listing the articles that
 * changed; a commit that changes the output on purpose regenerates the file with
 * {@code mvn -pl bench test -Dtest=GoldenOutputTest -Dgolden.update=true} and says why.
 */
class GoldenOutputTest {

    private static final Path DIR = Path.of("src/test/resources/golden");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldTagEveryFixtureArticleExactlyAsRecorded() throws IOException {
        List<String> actual = new ArrayList<>();
        ArticleTagger tagger = ArticleTagger.standard();
        for (String line : Files.readAllLines(DIR.resolve("articles.jsonl"), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                actual.add(render(tagger.enrich(article(JSON.readTree(line)))));
            }
        }
        Path expectedFile = DIR.resolve("expected.jsonl");
        if (Boolean.getBoolean("golden.update")) {
            Files.write(expectedFile, actual, StandardCharsets.UTF_8);
        }
        List<String> expected = Files.readAllLines(expectedFile, StandardCharsets.UTF_8);
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < Math.max(actual.size(), expected.size()); i++) {
            String a = i < actual.size() ? actual.get(i) : "(none)";
            String e = i < expected.size() ? expected.get(i) : "(none)";
            if (!a.equals(e)) {
                changed.add("expected " + e + "\n     got " + a);
            }
        }
        Path out = Path.of("target/golden-actual.jsonl");
        Files.createDirectories(out.getParent());
        Files.write(out, actual, StandardCharsets.UTF_8);
        assertThat(changed)
                .as("%d of %d articles tag differently (all output in %s)", changed.size(), actual.size(), out)
                .isEmpty();
    }

    private static Article article(JsonNode a) {
        return new Article(
                a.path("id").asText(),
                null,
                "golden",
                a.path("title").asText(null),
                a.path("subtitle").asText(null),
                List.of(),
                null,
                a.path("language").asText(null),
                a.path("body").asText(null),
                Instant.EPOCH);
    }

    /** One line per article: id, language, countries as CODE:relevance, themes as code:score. */
    static String render(EnrichedArticle e) throws IOException {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", e.id());
        o.put("language", e.language());
        ArrayNode countries = o.putArray("countries");
        for (CountryTag c : e.countries()) {
            countries.add(
                    c.code() + ":" + String.format(Locale.ROOT, "%.3f", c.relevance()) + (c.primary() ? "*" : ""));
        }
        ArrayNode themes = o.putArray("themes");
        for (ThemeTag t : e.themes()) {
            themes.add(t.code() + ":" + String.format(Locale.ROOT, "%.3f", t.score()));
        }
        return JSON.writeValueAsString(o);
    }
}
