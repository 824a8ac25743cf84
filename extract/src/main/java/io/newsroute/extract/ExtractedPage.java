package io.newsroute.extract;

import java.util.List;

/**
 * What {@link HtmlExtractor} reads out of one HTML page.
 *
 * @param title        headline
 * @param subtitle     standfirst / description, or {@code null}
 * @param authors      author names, never {@code null}
 * @param published    publication date-time as ISO-8601 text, or {@code null}
 * @param canonicalUrl canonical URL of the page, or {@code null}
 * @param siteName     name of the site, or {@code null}
 * @param language     BCP-47 language tag, or {@code null}
 * @param body         plain text body, paragraphs separated by a blank line ({@code "\n\n"})
 */
public record ExtractedPage(
        String title,
        String subtitle,
        List<String> authors,
        String published,
        String canonicalUrl,
        String siteName,
        String language,
        String body) {

    public ExtractedPage {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }
}
