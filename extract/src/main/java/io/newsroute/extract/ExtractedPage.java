package io.newsroute.extract;

import io.newsroute.common.model.Article;
import java.time.Instant;
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

    /**
     * The article of this page: its canonical URL or else {@code fetchedUrl}, its site name or else
     * {@code fallbackSource}, and the id from {@link ArticleIds}.
     */
    public Article toArticle(String fetchedUrl, String fallbackSource, Instant ingestedAt) {
        String url = canonicalUrl != null ? canonicalUrl : fetchedUrl;
        String source = siteName != null ? siteName : fallbackSource;
        return new Article(
                ArticleIds.of(url, title, body),
                url,
                source,
                title,
                subtitle,
                authors,
                published,
                language,
                body,
                ingestedAt);
    }
}
