package io.newsroute.common.model;

import java.time.Instant;
import java.util.List;

/**
 * A news article as published to {@code news.articles.raw}: the text of one story and what is known
 * about where it came from. Read by the enrichment topology, written by the producer.
 *
 * @param id         stable id: a hash of the canonical URL, or of the normalised text when there is none
 * @param url        canonical URL, or {@code null}
 * @param source     site or feed name, or the file it was read from
 * @param title      headline
 * @param subtitle   standfirst / description, or {@code null}
 * @param authors    author names, never {@code null}
 * @param published  publication date-time as ISO-8601 text, or {@code null}
 * @param language   BCP-47 language tag, or {@code null}
 * @param body       plain text body, paragraphs separated by a blank line
 * @param ingestedAt when the producer read it
 */
public record Article(
        String id,
        String url,
        String source,
        String title,
        String subtitle,
        List<String> authors,
        String published,
        String language,
        String body,
        Instant ingestedAt) {

    public Article {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /** A copy with another language (ISO 639-1 or BCP-47 tag). */
    public Article withLanguage(String newLanguage) {
        return new Article(id, url, source, title, subtitle, authors, published, newLanguage, body, ingestedAt);
    }

    /** A copy with another body (an excerpt, a cleaned text). */
    public Article withBody(String newBody) {
        return new Article(id, url, source, title, subtitle, authors, published, language, newBody, ingestedAt);
    }

    /** A copy with another id. */
    public Article withId(String newId) {
        return new Article(newId, url, source, title, subtitle, authors, published, language, body, ingestedAt);
    }
}
