package io.newsroute.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class HtmlExtractorTest {

    private final HtmlExtractor extractor = new HtmlExtractor();
    private final ExtractedPage news = extractor.extract(Fixtures.read("news-page.html"), null);

    @Test
    void shouldKeepEveryArticleParagraph() {
        assertThat(news.body())
                .startsWith("The old car ferry that once carried tractors")
                .contains("Volunteers spent two winters stripping the vehicle deck")
                .contains("\"People on the islands have waited a long time for this,\"")
                .contains("The council paid for the fuel for the first year")
                .endsWith("print documents on board.");
        assertThat(news.body().split("\n\n")).hasSize(5);
    }

    @Test
    void shouldDropCookieBannerFromBody() {
        assertThat(news.body()).doesNotContain("cookie").doesNotContain("Accept all");
    }

    @Test
    void shouldDropNavigationRelatedListsAndMostRead() {
        assertThat(news.body())
                .doesNotContain("Home")
                .doesNotContain("Weather")
                .doesNotContain("Related stories")
                .doesNotContain("New ferry timetable")
                .doesNotContain("Storm warning");
    }

    @Test
    void shouldDropCaptionsShareButtonsAndAds() {
        assertThat(news.body())
                .doesNotContain("repainted blue")
                .doesNotContain("Share on")
                .doesNotContain("Advertisement");
    }

    @Test
    void shouldDropNewsletterAndPaywallPrompts() {
        assertThat(news.body())
                .doesNotContain("newsletter")
                .doesNotContain("Want to read more")
                .doesNotContain("Subscribe");
    }

    @Test
    void shouldDropBylineHeadlineAndFooterFromBody() {
        assertThat(news.body())
                .doesNotContain("Maren Holt")
                .doesNotContain("Harbour town opens")
                .doesNotContain("All rights reserved");
    }

    @Test
    void shouldNeverEmitMarkupOrScriptText() {
        assertThat(news.body())
                .doesNotContain("<")
                .doesNotContain("tracking script")
                .doesNotContain("dataLayer");
    }

    @Test
    void shouldReadMetadataFromJsonLdGraphAndOpenGraph() {
        assertThat(news.title()).isEqualTo("Harbour town opens floating library");
        assertThat(news.subtitle()).isEqualTo("A converted ferry now lends books to island villages.");
        assertThat(news.authors()).containsExactly("Maren Holt", "Idris Penhale");
        assertThat(news.published()).isEqualTo("2026-03-02T08:15:00Z");
        assertThat(news.siteName()).isEqualTo("The Coastal Courier");
        assertThat(news.language()).isEqualTo("en-GB");
        assertThat(news.canonicalUrl()).startsWith("https://www.coastal-courier.example/news/2026/03/floating-library");
    }

    @Test
    void shouldNormaliseDatesAndDecodeEntitiesInMetadata() {
        String html = "<html><head><meta property=\"article:published_time\" content=\"0001-01-01T00:00:00Z\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Review &#8211; a game\","
                + "\"datePublished\":\"2026-03-02T08:15:00+0000\"}</script></head><body><article><p>Enough text for the"
                + " article body, more than a few words long, so that it is kept.</p></article></body></html>";

        ExtractedPage page = extractor.extract(html, null);

        assertThat(page.title()).isEqualTo("Review \u2013 a game");
        assertThat(page.published()).isEqualTo("2026-03-02T08:15:00+00:00");
    }

    @Test
    void shouldIgnorePlaceholderDates() {
        String html = "<html><head><meta property=\"article:published_time\" content=\"0001-01-01T00:00:00Z\"></head>"
                + "<body><article><p>Enough text for the article body, more than a few words long, so that it is kept.</p>"
                + "</article></body></html>";

        assertThat(extractor.extract(html, null).published()).isNull();
    }

    @Test
    void shouldIgnoreTruncatedJsonLdArticleBody() {
        assertThat(news.body()).doesNotContain("lends books...");
    }

    @Test
    void shouldUseCompleteJsonLdArticleBodyWhenPageTextIsMissing() {
        String body = "First paragraph of a story that the page only renders with JavaScript, long enough to count,"
                + " with a second sentence about the harbour and the ferry."
                + "\n\nSecond paragraph with more detail, so that the structured body is clearly the complete text of it all.";
        String html =
                "<html><head><script type=\"application/ld+json\">{\"@type\":\"Article\",\"headline\":\"Rendered later\","
                        + "\"articleBody\":\"" + body.replace("\n", "\\n")
                        + "\"}</script></head><body><div id=app>Loading…</div></body></html>";

        ExtractedPage page = extractor.extract(html, null);

        assertThat(page.body()).isEqualTo(body);
        assertThat(page.title()).isEqualTo("Rendered later");
    }

    @Test
    void shouldPreferJsonLdBodyWhenPageTextIsAnotherBlock() {
        String declared = "The harbour master said the new pontoon would open in April. ".repeat(10);
        String comments =
                "I have lived here for years and never seen the ferry run on time, says a reader. ".repeat(10);

        assertThat(HtmlExtractor.chooseBody(comments, declared)).isEqualTo(declared);
        assertThat(HtmlExtractor.chooseBody(declared + "\n\nOne more paragraph.", declared))
                .startsWith(declared)
                .endsWith("paragraph.");
    }

    @Test
    void shouldFindBodyByContentDensityWithoutStructuredData() {
        ExtractedPage page =
                extractor.extract(Fixtures.read("plain-page.html"), "https://valley-notes.example/2026/night-trains");

        assertThat(page.body())
                .startsWith("After an absence of twelve years")
                .contains("a brass band played on the platform")
                .doesNotContain("Archive")
                .doesNotContain("Bridge closed")
                .doesNotContain("Privacy");
        assertThat(page.title()).isEqualTo("Night trains return to the valley");
        assertThat(page.canonicalUrl()).isEqualTo("https://valley-notes.example/2026/night-trains");
        assertThat(page.siteName()).isEqualTo("valley-notes.example");
        assertThat(page.authors()).isEmpty();
    }

    @Test
    void shouldReadBareTextSeparatedByLineBreaks() {
        String html =
                "<html><body><nav><a href=/>Home</a> <a href=/x>News</a></nav><article>The first paragraph of this"
                        + " story is bare text, with a comma, and it goes on for a while.<br><br>The second paragraph is also bare"
                        + " text, separated by line breaks, and long.</article><footer>Copyright 2026 Example.</footer></body></html>";

        ExtractedPage page = extractor.extract(html, null);

        assertThat(page.body())
                .isEqualTo("The first paragraph of this story is bare text, with a comma, and it goes on for a while."
                        + "\n\nThe second paragraph is also bare text, separated by line breaks, and long.");
    }

    @Test
    void shouldReadArticleLaidOutInTables() {
        String html = "<html><body><table><tr><td class=menu><a href=/a>Home</a><br><a href=/b>Archive</a></td>"
                + "<td><p>Old sites put the story in a table cell, with paragraphs, commas, and all the rest of it.</p>"
                + "<p>The second paragraph of the old story follows in the same cell, as it did in the nineties.</p></td></tr>"
                + "</table></body></html>";

        ExtractedPage page = extractor.extract(html, null);

        assertThat(page.body())
                .startsWith("Old sites put the story")
                .endsWith("as it did in the nineties.")
                .doesNotContain("Archive");
    }

    @Test
    void shouldStripControlCharactersFromBody() {
        String html =
                "<html><body><article><p>Clean\u0000 text\u0007 with a zero\u200Bwidth space and more words so that "
                        + "this paragraph is long enough to be chosen as the article body of the page.</p></article></body></html>";

        ExtractedPage page = extractor.extract(html, null);

        assertThat(page.body()).doesNotContainPattern("[\\p{Cntrl}&&[^\\n]]").doesNotContain("\u200B");
    }

    @Test
    void shouldRejectScriptOnlyPage() {
        String html =
                "<html><head><script>var a = 1;</script></head><body><script>document.write('hi')</script></body></html>";

        assertThatThrownBy(() -> extractor.extract(html, null)).isInstanceOf(NoArticleTextException.class);
    }

    @Test
    void shouldRejectEmptyPage() {
        assertThatThrownBy(() -> extractor.extract("", null)).isInstanceOf(NoArticleTextException.class);
        assertThatThrownBy(() -> extractor.extract(null, null)).isInstanceOf(NoArticleTextException.class);
    }

    @Test
    @Timeout(20)
    void shouldSurviveDeeplyNestedTags() {
        String html = "<html><body>" + "<div>".repeat(100_000) + "<p>Deep text, written at the very bottom of the page,"
                + " long enough to be an article paragraph.</p>" + "</div>".repeat(100_000) + "</body></html>";

        ExtractedPage page = extractor.extract(html, null);

        assertThat(page.body()).contains("Deep text");
    }

    @Test
    @Timeout(30)
    void shouldTruncateHugeInputToTheConfiguredCap() {
        String paragraph = "<p>" + "A sentence about the harbour, the ferry and the books. ".repeat(20) + "</p>\n";
        String html = "<html><body><article>" + paragraph.repeat(20_000) + "</article></body></html>";
        HtmlExtractor capped = new HtmlExtractor(1_000_000);

        ExtractedPage page = capped.extract(html, null);

        assertThat(page.body().length()).isLessThan(1_000_000).isGreaterThan(100_000);
    }

    @Test
    void shouldRejectNonPositiveCap() {
        assertThatThrownBy(() -> new HtmlExtractor(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldSurviveBrokenJsonLd() {
        String html =
                "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": </script>"
                        + "<title>Broken data</title></head><body><article><p>The structured data of this page is broken, but the"
                        + " paragraph text is fine and long enough to be read as the article body.</p></article></body></html>";

        ExtractedPage page = extractor.extract(html, null);

        assertThat(page.body()).startsWith("The structured data of this page is broken");
        assertThat(page.title()).isEqualTo("Broken data");
    }

    @Test
    void shouldStayFastOnManyParagraphs() {
        String html = "<html><body><article>"
                + "<div><p>Paragraph text, with a comma, long enough to count for scoring.</p></div>".repeat(2_500)
                + "</article></body></html>";
        long start = System.nanoTime();

        ExtractedPage page = extractor.extract(html, null);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(page.body().split("\n\n")).hasSize(2_500);
    }

    @Test
    @Timeout(30)
    void shouldKeepLongTextBlocksOfPagesTooBigForDensityAnalysis() {
        String html = "<html><body>" + "<p hidden>x</p>".repeat(50_000)
                + "<p>The only real paragraph of this degenerate page, long enough to be kept.</p></body></html>";

        ExtractedPage page = extractor.extract(html, null);

        assertThat(page.body()).isEqualTo("The only real paragraph of this degenerate page, long enough to be kept.");
    }
}
