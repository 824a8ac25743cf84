package io.newsroute.common.serde;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroute.common.model.Article;
import io.newsroute.common.model.CountryTag;
import io.newsroute.common.model.EnrichedArticle;
import io.newsroute.common.model.Mention;
import io.newsroute.common.model.ThemeTag;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TagSerializersTest {

    /** The same settings with Jackson's own bean writer for the records: the contract the direct writers keep. */
    private final ObjectMapper beanWriter = Json.base().build();
    /** The version-1 layout: the tag records inline, as the bean writer writes them. */
    private final ObjectMapper mapper = Json.expandedMapper();

    private static EnrichedArticle article(List<CountryTag> countries, List<ThemeTag> themes) {
        Article a = new Article(
                "id-7",
                null,
                "Wire",
                "Tokyo \"talks\"",
                null,
                List.of(),
                "2026-03-06",
                "en",
                "Line one.\n\nLine two \u2014 caf\u00e9, \u65e5\u672c.",
                Instant.parse("2026-03-07T10:15:30Z"));
        return EnrichedArticle.of(a, countries, themes, "v1");
    }

    @Test
    void shouldWriteTagsByteForByteAsTheBeanWriterDoes() throws Exception {
        EnrichedArticle e = article(
                List.of(
                        new CountryTag(
                                "JP",
                                "Japan",
                                0.971,
                                true,
                                List.of(new Mention("TOKYO", "body", 0, 5), new Mention("Japan's", "title", 3, 10))),
                        new CountryTag("LA", "Laos", 0.25, false, List.of())),
                List.of(
                        new ThemeTag(
                                "medtop:11000000",
                                "politics and government",
                                "medtop:11000000",
                                0.907,
                                List.of(new Mention("talks \"here\"", "title", 6, 18))),
                        new ThemeTag(
                                "medtop:20000638",
                                "international relations",
                                "medtop:11000000",
                                1.0E-4,
                                List.of(
                                        new Mention("a", "body", 1, 2),
                                        new Mention("b", "body", 3, 4),
                                        new Mention("c\td", "body", 5, 8)))));

        assertThat(mapper.writeValueAsString(e)).isEqualTo(beanWriter.writeValueAsString(e));
    }

    @Test
    void shouldLeaveOutNullFieldsAsTheBeanWriterDoes() throws Exception {
        Mention bare = new Mention(null, null, 0, 0);
        ThemeTag unlabelled = new ThemeTag("medtop:04000000", null, null, 0.5, null);
        CountryTag unnamed = new CountryTag("FR", null, 0.5, false, null);

        assertThat(mapper.writeValueAsString(bare))
                .isEqualTo(beanWriter.writeValueAsString(bare))
                .isEqualTo("{\"start\":0,\"end\":0}");
        assertThat(mapper.writeValueAsString(unlabelled)).isEqualTo(beanWriter.writeValueAsString(unlabelled));
        assertThat(mapper.writeValueAsString(unnamed)).isEqualTo(beanWriter.writeValueAsString(unnamed));
    }

    @Test
    void shouldReadBackWhatItWrites() throws Exception {
        EnrichedArticle e = article(
                List.of(new CountryTag("JP", "Japan", 0.5, true, List.of(new Mention("Japan", "body", 0, 5)))),
                List.of(new ThemeTag(
                        "medtop:04000000",
                        "economy, business and finance",
                        "medtop:04000000",
                        0.6,
                        List.of(new Mention("trade", "body", 7, 12)))));

        assertThat(mapper.readValue(mapper.writeValueAsBytes(e), EnrichedArticle.class))
                .isEqualTo(e);
    }
}
