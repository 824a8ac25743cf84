package io.newsroute.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Pages in other languages and scripts: the same extraction, and the page's declared language kept. */
class ForeignPagesTest {

    private final HtmlExtractor extractor = new HtmlExtractor();

    @Test
    void shouldExtractAFrenchPageWithoutItsBoilerplateAndKeepItsLanguage() {
        ExtractedPage p = extractor.extract(Fixtures.read("page-fr.html"), "https://example.org/monde/japon-laos");
        assertThat(p.title()).isEqualTo("Le Japon et le Laos renforcent leur coopération");
        assertThat(p.language()).isEqualTo("fr-FR");
        assertThat(p.body())
                .startsWith("Le vice-Premier ministre laotien s'est rendu lundi à Tokyo")
                .contains("la Chine reste toutefois le premier investisseur")
                .doesNotContain("cookies")
                .doesNotContain("Les plus lus")
                .doesNotContain("Accueil");
        assertThat(p.body().split("\n\n")).hasSize(4);
    }

    @Test
    void shouldExtractAJapanesePageWrittenWithoutSpaces() {
        ExtractedPage p = extractor.extract(Fixtures.read("page-ja.html"), null);
        assertThat(p.title()).isEqualTo("日本とラオス、協力強化で合意");
        assertThat(p.language()).isEqualTo("ja");
        assertThat(p.body())
                .startsWith("ラオスの副首相は月曜日、東京を訪問し")
                .contains("中国はラオスへの最大の投資国")
                .doesNotContain("トップ")
                .doesNotContain("新聞社");
    }

    @Test
    void shouldExtractAnArabicPageWrittenRightToLeft() {
        ExtractedPage p = extractor.extract(Fixtures.read("page-ar.html"), null);
        assertThat(p.title()).isEqualTo("الأردن ومصر يبحثان التعاون الاقتصادي");
        assertThat(p.language()).isEqualTo("ar");
        assertThat(p.body())
                .startsWith("وصل وزير خارجية الأردن إلى القاهرة")
                .contains("الأردن والسعودية")
                .doesNotContain("الرئيسية")
                .doesNotContain("جميع الحقوق");
    }
}
