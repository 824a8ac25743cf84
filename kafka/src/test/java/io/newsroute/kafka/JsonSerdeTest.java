package io.newsroute.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsroute.common.model.Article;
import io.newsroute.common.model.CountryTag;
import io.newsroute.common.model.EnrichedArticle;
import io.newsroute.common.model.Mention;
import io.newsroute.common.model.ThemeTag;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class JsonSerdeTest {

    private final JsonSerde<EnrichedArticle> serde = JsonSerde.of(EnrichedArticle.class);

    private static EnrichedArticle sample() {
        Article a = new Article(
                "id1",
                "https://example.org/a",
                "Example",
                "Title",
                "Sub",
                List.of("A. Writer"),
                "2026-03-06T00:00:00Z",
                "en",
                "Japan talks.",
                Instant.parse("2026-03-07T10:15:30Z"));
        return EnrichedArticle.of(
                a,
                List.of(new CountryTag("JP", "Japan", 0.9, true, List.of(new Mention("Japan", "body", 0, 5)))),
                List.of(new ThemeTag("medtop:20000638", "international relations", "medtop:11000000", 0.7, List.of())),
                "v1");
    }

    @Test
    void shouldRoundTripAnEnrichedArticle() {
        EnrichedArticle e = sample();

        assertThat(serde.deserialize("t", serde.serialize("t", e))).isEqualTo(e);
    }

    @Test
    void shouldWriteDatesAsIsoText() {
        assertThat(serde.toJson(sample())).contains("\"ingestedAt\":\"2026-03-07T10:15:30Z\"");
    }

    @Test
    void shouldIgnoreFieldsItDoesNotKnow() {
        String json = "{\"id\":\"x\",\"body\":\"b\",\"futureField\":42}";

        assertThat(JsonSerde.of(Article.class).fromJson(json).id()).isEqualTo("x");
    }

    @Test
    void shouldThrowSerializationExceptionWithTheReasonForMalformedJson() {
        byte[] bad = "{\"id\": ".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> serde.deserialize("news.articles.enriched", bad))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("not a valid EnrichedArticle")
                .hasMessageContaining("news.articles.enriched");
    }

    @Test
    void shouldRejectJsonOfTheWrongShape() {
        assertThatThrownBy(() -> JsonSerde.of(Article.class).fromJson("[1,2]"))
                .isInstanceOf(SerializationException.class);
        assertThatThrownBy(() -> JsonSerde.of(Article.class).fromJson("{\"authors\": {\"a\": 1}}"))
                .isInstanceOf(SerializationException.class);
    }

    @Test
    void shouldRejectDeeplyNestedJsonInsteadOfOverflowingTheStack() {
        String deep = "{\"id\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";

        assertThatThrownBy(() -> JsonSerde.of(Article.class).fromJson(deep)).isInstanceOf(SerializationException.class);
    }

    @Test
    void shouldRejectTrailingGarbage() {
        assertThatThrownBy(() -> JsonSerde.of(Article.class).fromJson("{\"id\":\"x\"} {\"id\":\"y\"}"))
                .isInstanceOf(SerializationException.class);
    }

    @Test
    void shouldKeepNullAsNull() {
        assertThat(serde.serialize("t", null)).isNull();
        assertThat(serde.deserialize("t", null)).isNull();
    }
}
