package io.newsroute.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphFilterTest {

    private static final String TEXT = "A normal paragraph of the article, with a full sentence in it.";

    private static BodyText.Block text(String s) {
        return new BodyText.Block(s, 0, false, false);
    }

    @Test
    void shouldDropPhotoCreditsAndCaptions() {
        List<String> kept = ParagraphFilter.keep(
                List.of(
                        text(TEXT),
                        text("Jane Roe | Bloomberg | Getty Images"),
                        text("(Image: © NASA/ESA)"),
                        text("Image copyright Getty Images"),
                        text("© John Roe A nurse at the clinic.")),
                "T");

        assertThat(kept).containsExactly(TEXT);
    }

    @Test
    void shouldDropDateLinesReadingTimeAndBylines() {
        List<String> kept = ParagraphFilter.keep(
                List.of(
                        text("Published November 20th, 2019 - 07:29 GMT"),
                        text(TEXT),
                        text("October 06, 2018"),
                        text("5 min read"),
                        text("By Jane Roe , John Doe on Monday, November 18th, 2019 at 11:08 a.m.")),
                "T");

        assertThat(kept).containsExactly(TEXT);
    }

    @Test
    void shouldKeepSentencesThatMentionMonths() {
        String may = "May was the wettest month on record.";

        assertThat(ParagraphFilter.keep(List.of(text(may)), "T")).containsExactly(may);
    }

    @Test
    void shouldDropTrailingRelatedStoriesList() {
        List<String> kept = ParagraphFilter.keep(
                List.of(
                        text(TEXT),
                        text("More Great Stories"),
                        new BodyText.Block("Some headline, partly a link", 0.5, false, true),
                        new BodyText.Block("Another headline entirely linked", 1, false, true)),
                "T");

        assertThat(kept).containsExactly(TEXT);
    }

    @Test
    void shouldDropLinkOnlyBlocksAndSocialLines() {
        List<String> kept = ParagraphFilter.keep(
                List.of(
                        text(TEXT),
                        new BodyText.Block("breakfast canning recipes", 1, false, false),
                        text("Follow Newsbeat on Instagram, Facebook, Twitter and YouTube."),
                        text("Related: Ten more things")),
                "T");

        assertThat(kept).containsExactly(TEXT);
    }

    @Test
    void shouldKeepAgencySeparatorLines() {
        assertThat(ParagraphFilter.keep(List.of(text(TEXT), text("___"), text(TEXT)), "T"))
                .containsExactly(TEXT, "___", TEXT);
    }
}
