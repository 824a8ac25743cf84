package io.newsroute.common.model;

import java.time.Instant;
import java.util.List;

/**
 * An article with its tags, as written to {@code news.articles.enriched} and to the country topics.
 * The article's own fields are kept flat, so a reader of a country topic sees one plain JSON object.
 *
 * @param countries     the countries the article is routed to, by relevance, highest first
 * @param themes        IPTC Media Topics, by score, highest first
 * @param taggerVersion version of the tagger (gazetteer and taxonomy) that produced the tags
 */
public record EnrichedArticle(
        String id,
        String url,
        String source,
        String title,
        String subtitle,
        List<String> authors,
        String published,
        String language,
        String body,
        Instant ingestedAt,
        List<CountryTag> countries,
        List<ThemeTag> themes,
        String taggerVersion) {

    public EnrichedArticle {
        authors = authors == null ? List.of() : List.copyOf(authors);
        countries = countries == null ? List.of() : List.copyOf(countries);
        themes = themes == null ? List.of() : List.copyOf(themes);
    }

    /** The article with its tags. */
    public static EnrichedArticle of(
            Article a, List<CountryTag> countries, List<ThemeTag> themes, String taggerVersion) {
        return new EnrichedArticle(
                a.id(),
                a.url(),
                a.source(),
                a.title(),
                a.subtitle(),
                a.authors(),
                a.published(),
                a.language(),
                a.body(),
                a.ingestedAt(),
                countries,
                themes,
                taggerVersion);
    }

    /** The article, in {@code language} (the one its text was told to be in), with its tags. */
    public static EnrichedArticle of(
            Article a, String language, List<CountryTag> countries, List<ThemeTag> themes, String taggerVersion) {
        return new EnrichedArticle(
                a.id(),
                a.url(),
                a.source(),
                a.title(),
                a.subtitle(),
                a.authors(),
                a.published(),
                language,
                a.body(),
                a.ingestedAt(),
                countries,
                themes,
                taggerVersion);
    }

    /** The article without its tags. */
    public Article article() {
        return new Article(id, url, source, title, subtitle, authors, published, language, body, ingestedAt);
    }
}
