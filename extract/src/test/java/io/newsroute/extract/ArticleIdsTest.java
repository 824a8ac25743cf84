package io.newsroute.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleIdsTest {

    private static final String URL = "https://www.example.com/news/2026/story-1";

    @Test
    void shouldGiveSameIdUnderTrackingParameters() {
        String plain = ArticleIds.of(URL, "t", "b");

        assertThat(ArticleIds.of(URL + "?utm_source=x&utm_medium=social&fbclid=abc", "t", "b"))
                .isEqualTo(plain);
        assertThat(ArticleIds.of(URL + "/?gclid=1#comments", "other title", "other body"))
                .isEqualTo(plain);
        assertThat(ArticleIds.of("HTTPS://WWW.EXAMPLE.COM:443/news/2026/story-1/", null, null))
                .isEqualTo(plain);
    }

    @Test
    void shouldKeepContentSelectingParameters() {
        assertThat(ArticleIds.of(URL + "?page=2", "t", "b")).isNotEqualTo(ArticleIds.of(URL, "t", "b"));
        assertThat(ArticleIds.normaliseUrl("https://Example.com/a/?id=7&utm_campaign=z"))
                .contains("https://example.com/a?id=7");
    }

    @Test
    void shouldHashTextWhenCanonicalUrlIsTheHomePage() {
        assertThat(ArticleIds.of("https://www.example.com/", "Title", "Body"))
                .isEqualTo(ArticleIds.of(null, "Title", "Body"))
                .isNotEqualTo(ArticleIds.of("https://www.example.com/", "Other", "Story"));
    }

    @Test
    void shouldBe32HexCharacters() {
        assertThat(ArticleIds.of(URL, null, null)).matches("[0-9a-f]{32}");
        assertThat(ArticleIds.of(null, "Title", "Body")).matches("[0-9a-f]{32}");
    }

    @Test
    void shouldHashNormalisedTextWhenThereIsNoUrl() {
        String id = ArticleIds.of(null, "Floods in the valley", "Rain fell,  all night.\n\nRivers rose.");

        assertThat(ArticleIds.of(null, "FLOODS in the valley", "Rain fell all night!\nRivers rose"))
                .isEqualTo(id);
        assertThat(ArticleIds.of("not a url", "Floods in the valley", "Rain fell, all night. Rivers rose."))
                .isEqualTo(id);
        assertThat(ArticleIds.of(null, "Floods in the valley", "Rain fell all day."))
                .isNotEqualTo(id);
    }

    @Test
    void shouldFoldTypographicPunctuation() {
        assertThat(ArticleIds.of(null, "Don’t panic", "“Quoted” text"))
                .isEqualTo(ArticleIds.of(null, "Don't panic", "\"Quoted\" text"));
    }
}
