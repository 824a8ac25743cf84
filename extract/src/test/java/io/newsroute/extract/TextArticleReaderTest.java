package io.newsroute.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class TextArticleReaderTest {

    private final TextArticleReader reader = new TextArticleReader();

    @Test
    void shouldReadTitleSubtitleAndParagraphs() {
        ExtractedPage page = reader.read(Fixtures.read("text-article.txt"));

        assertThat(page.title()).isEqualTo("Beekeepers Count Their Winter Losses");
        assertThat(page.subtitle()).isEqualTo("A mild autumn confused the colonies.");
        assertThat(page.body().split("\n\n")).hasSize(3);
        assertThat(page.body())
                .startsWith("Beekeepers across the uplands reported")
                .endsWith("rather than relying on the calendar.");
    }

    @Test
    void shouldDropPaywallTrailerFromBody() {
        ExtractedPage page = reader.read(Fixtures.read("text-article.txt"));

        assertThat(page.body())
                .doesNotContain("Want to read more")
                .doesNotContain("Subscribe")
                .doesNotContain("The Authors")
                .doesNotContain("Staff Writer");
    }

    @Test
    void shouldTakeAuthorFromTrailingBio() {
        ExtractedPage page = reader.read(Fixtures.read("text-article.txt"));

        assertThat(page.authors()).containsExactly("Ada Lindqvist");
    }

    @Test
    void shouldTreatLongFirstParagraphAsBodyNotSubtitle() {
        ExtractedPage page = reader.read(Fixtures.read("text-article-no-subtitle.txt"));

        assertThat(page.title()).isEqualTo("Council Approves New Cycle Lanes");
        assertThat(page.subtitle()).isNull();
        assertThat(page.body()).startsWith("The council voted on Tuesday").doesNotContain("Share this article");
        assertThat(page.body().split("\n\n")).hasSize(2);
        assertThat(page.authors()).isEmpty();
    }

    @Test
    void shouldJoinHardWrappedLinesOfBlankLineSeparatedParagraphs() {
        ExtractedPage page = reader.read("Title here\n\nA first paragraph that was\nwrapped at a fixed width.\n\n"
                + "A second paragraph, also\nwrapped.\n");

        assertThat(page.body())
                .isEqualTo("A first paragraph that was wrapped at a fixed width.\n\nA second paragraph, also wrapped.");
        assertThat(page.subtitle()).isNull();
    }

    @Test
    void shouldReadWindowsLineEndingsAndByteOrderMark() {
        ExtractedPage page =
                reader.read("\uFEFFTitle line\r\nShort standfirst here\r\nThe first paragraph is longer than the"
                        + " standfirst, with more words.\r\nThe second paragraph.\r\n");

        assertThat(page.title()).isEqualTo("Title line");
        assertThat(page.subtitle()).isEqualTo("Short standfirst here");
        assertThat(page.body())
                .isEqualTo(
                        "The first paragraph is longer than the standfirst, with more words.\n\nThe second paragraph.");
    }

    @Test
    void shouldKeepSingleParagraphAsBody() {
        ExtractedPage page = reader.read("Short note\nOnly one line of text follows the title.");

        assertThat(page.subtitle()).isNull();
        assertThat(page.body()).isEqualTo("Only one line of text follows the title.");
    }

    @Test
    void shouldRecogniseSeveralAuthorsInBio() {
        ExtractedPage page =
                reader.read("Title\nA long enough paragraph of the article, with some words in it to read.\n"
                        + "Jane Roe and John Doe are correspondents for The Weekly Gazette.");

        assertThat(page.authors()).containsExactly("Jane Roe", "John Doe");
        assertThat(page.body()).doesNotContain("correspondents");
    }

    @Test
    void shouldRejectTextWithoutParagraphs() {
        assertThatThrownBy(() -> reader.read("Only a title")).isInstanceOf(NoArticleTextException.class);
        assertThatThrownBy(() -> reader.read("   ")).isInstanceOf(NoArticleTextException.class);
        assertThatThrownBy(() -> reader.read("Title\nWant to read more?\nSubscribe for full access."))
                .isInstanceOf(NoArticleTextException.class);
    }

    @Test
    void shouldReadTheSeedArticleOfTheRepository() throws IOException {
        Path seed = Path.of("../seeds/laos-japan-relations-in-the-spotlight.txt");
        Assumptions.assumeTrue(
                Files.isRegularFile(seed),
                "seed file not found from " + Path.of("").toAbsolutePath());

        ExtractedPage page = reader.read(Files.readString(seed, StandardCharsets.UTF_8));

        assertThat(page.title()).isEqualTo("Laos-Japan Relations in the Spotlight");
        assertThat(page.subtitle())
                .isEqualTo("A recent visit offered a window into a usually overlooked relationship.");
        assertThat(page.authors()).containsExactly("Prashanth Parameswaran");
        assertThat(page.body())
                .startsWith("On March 6,")
                .doesNotContain("Subscribe")
                .doesNotContain("The Diplomat.")
                .doesNotContain("Want to read more");
    }
}
