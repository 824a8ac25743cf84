package io.newsroute.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsroute.common.model.Article;
import io.newsroute.common.model.CountryTag;
import io.newsroute.common.model.EnrichedArticle;
import io.newsroute.common.model.Mention;
import io.newsroute.common.model.ThemeTag;
import io.newsroute.common.serde.EnrichedRecords;
import io.newsroute.common.serde.Json;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class EnrichedRecordsTest {

    private static final String TITLE = "Japan and Laos sign trade deal";
    private static final String BODY =
            "VIENTIANE - Laos and Japan signed a trade agreement.\n\nThe trade deal covers rice.";

    private final JsonSerde<EnrichedArticle> serde = JsonSerde.of(EnrichedArticle.class);

    private static Mention at(String field, String text, int start) {
        return new Mention(text, field, start, start + text.length());
    }

    /** Laos and Japan in the title and body; "trade" cited by a theme and its top level both. */
    private static EnrichedArticle sample() {
        Article a = new Article(
                "id-1",
                null,
                "Wire",
                TITLE,
                null,
                List.of("A. Writer"),
                "2026-03-06",
                "en",
                BODY,
                Instant.parse("2026-03-07T10:15:30Z"));
        Mention laosTitle = at("title", "Laos", 10);
        Mention laosBody = at("body", "Laos", BODY.indexOf("Laos"));
        Mention japanTitle = at("title", "Japan", 0);
        Mention trade = at("body", "trade agreement", BODY.indexOf("trade agreement"));
        Mention tradeTitle = at("title", "trade deal", TITLE.indexOf("trade deal"));
        return EnrichedArticle.of(
                a,
                List.of(
                        new CountryTag("LA", "Laos", 0.97, true, List.of(laosTitle, laosBody)),
                        new CountryTag("JP", "Japan", 0.61, true, List.of(japanTitle))),
                List.of(
                        new ThemeTag("medtop:20000344", "economy", "medtop:04000000", 0.9, List.of(tradeTitle, trade)),
                        new ThemeTag(
                                "medtop:04000000",
                                "economy, business and finance",
                                "medtop:04000000",
                                0.8,
                                List.of(tradeTitle, trade))),
                "t/1");
    }

    @Test
    void shouldKeepEachMentionOnce() throws Exception {
        JsonNode v2 = Json.mapper().readTree(serde.serialize("t", sample()));

        assertThat(v2.get("schemaVersion").asInt()).isEqualTo(2);
        assertThat(v2.get("mentions")).hasSize(5);
        assertThat(v2.get("mentions").get(0).toString()).isEqualTo("[\"title\",0,5]");
        assertThat(v2.at("/themes/0/evidence").toString())
                .isEqualTo(v2.at("/themes/1/evidence").toString());
        assertThat(v2.at("/countries/0/mentions").toString()).isEqualTo("[1,3]");
        assertThat(v2.toString()).doesNotContain("\"text\"");
    }

    @Test
    void shouldReadBackVersionTwoWithEachMentionsTextFromItsSlice() {
        EnrichedArticle e = sample();

        assertThat(serde.deserialize("t", serde.serialize("t", e))).isEqualTo(e);
    }

    @Test
    void shouldReadRecordsInsideALargerValue() throws Exception {
        List<EnrichedArticle> two = List.of(sample(), sample());
        byte[] json = Json.mapper().writeValueAsBytes(two);

        List<EnrichedArticle> back = Json.mapper()
                .readValue(
                        json,
                        Json.mapper().getTypeFactory().constructCollectionType(List.class, EnrichedArticle.class));

        assertThat(back).isEqualTo(two);
    }

    @Test
    void shouldReadVersionOneRecordsAsBefore() {
        EnrichedArticle e = sample();
        String v1 = EnrichedRecords.expandedJson(e);

        assertThat(v1)
                .doesNotContain("schemaVersion")
                .contains("{\"text\":\"Laos\",\"field\":\"title\",\"start\":10,\"end\":14}");
        assertThat(serde.fromJson(v1)).isEqualTo(e);
    }

    @Test
    void shouldWriteTheExpandedLayoutAsTheBeanWriterDoes() throws Exception {
        EnrichedArticle e = sample();

        assertThat(EnrichedRecords.expandedJson(e))
                .isEqualTo(Json.base().build().writeValueAsString(e));
    }

    @Test
    void shouldBeSmallerThanVersionOne() {
        EnrichedArticle e = sample();

        assertThat(serde.serialize("t", e).length)
                .isLessThan(EnrichedRecords.expandedJson(e).length());
    }

    @Test
    void shouldRefuseAMentionIndexOutsideTheTable() {
        String bad = serde.toJson(sample()).replace("\"mentions\":[1,3]", "\"mentions\":[1,9]");

        assertThatThrownBy(() -> serde.fromJson(bad))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("countries LA refers to mention 9 of 5");
    }

    @Test
    void shouldRefuseAMentionOutsideItsField() {
        String bad = serde.toJson(sample()).replace("[\"title\",0,5]", "[\"title\",0,500]");

        assertThatThrownBy(() -> serde.fromJson(bad))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("mentions[0] (title 0..500) is not a slice");
    }

    @Test
    void shouldRefuseAnUnknownSchemaVersion() {
        String v3 = serde.toJson(sample()).replace("\"schemaVersion\":2", "\"schemaVersion\":3");

        assertThatThrownBy(() -> serde.fromJson(v3))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("unsupported schemaVersion 3");
    }

    @Test
    void shouldRefuseToWriteAMentionThatIsNotASlice() {
        EnrichedArticle e = sample();
        EnrichedArticle bad = new EnrichedArticle(
                e.id(),
                e.url(),
                e.source(),
                e.title(),
                e.subtitle(),
                e.authors(),
                e.published(),
                e.language(),
                e.body(),
                e.ingestedAt(),
                List.of(new CountryTag("FR", "France", 0.5, false, List.of(new Mention("France", "lede", 0, 6)))),
                List.of(),
                e.taggerVersion());

        assertThatThrownBy(() -> serde.serialize("t", bad))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("lede 0..6");
    }
}
