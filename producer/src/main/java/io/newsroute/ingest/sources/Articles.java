package io.newsroute.ingest.sources;

import io.newsroute.common.model.Article;
import io.newsroute.extract.ArticleIds;
import io.newsroute.extract.ExtractedPage;
import java.net.URI;
import java.time.Instant;
import java.util.Locale;

/** Builds {@link Article}s from extracted pages the way {@code ArticleFiles} does, with a URL and source given by the source. */
final class Articles {

    private Articles() {}

    /**
     * The article of an extracted page: its canonical URL or else {@code fetchedUrl}, its site name or
     * else {@code fallbackSource}, and the id from {@link ArticleIds}.
     */
    static Article fromPage(ExtractedPage page, String fetchedUrl, String fallbackSource, Instant now) {
        String url = page.canonicalUrl() != null ? page.canonicalUrl() : fetchedUrl;
        String source = page.siteName() != null ? page.siteName() : fallbackSource;
        return new Article(
                ArticleIds.of(url, page.title(), page.body()),
                url,
                source,
                page.title(),
                page.subtitle(),
                page.authors(),
                page.published(),
                page.language(),
                page.body(),
                now);
    }

    /** The host of a URL, lower-cased, or {@code null}. */
    static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url.trim()).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
