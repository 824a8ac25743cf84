package io.newsroute.enrich.trends;

import io.newsroute.common.model.CountryTag;
import io.newsroute.common.model.EnrichedArticle;
import io.newsroute.common.model.Mention;
import io.newsroute.common.model.ThemeTag;
import java.util.List;

/**
 * Shortens an enriched article for the trends: the body is cut to an excerpt (at a word boundary when
 * one is near) and the evidence (country mentions, theme cues) that falls outside the kept text is
 * dropped, so a country's latest articles stay small whatever the stories' length.
 */
public final class ArticleDigest {

    private ArticleDigest() {}

    /** The article with at most {@code maxBodyChars} of body and only the evidence inside what is kept. */
    public static EnrichedArticle of(EnrichedArticle a, int maxBodyChars) {
        String body = a.body() == null ? "" : a.body();
        int cut = body.length();
        if (cut > maxBodyChars) {
            cut = maxBodyChars;
            int space = body.lastIndexOf(' ', cut);
            if (space > maxBodyChars * 3 / 4) {
                cut = space;
            }
        }
        int bodyEnd = cut;
        String excerpt = cut < body.length() ? body.substring(0, cut) + " …" : body;
        List<CountryTag> countries = a.countries().stream()
                .map(c -> new CountryTag(c.code(), c.name(), c.relevance(), c.primary(), kept(c.mentions(), bodyEnd)))
                .toList();
        List<ThemeTag> themes = a.themes().stream()
                .map(t -> new ThemeTag(t.code(), t.label(), t.top(), t.score(), kept(t.evidence(), bodyEnd)))
                .toList();
        return EnrichedArticle.of(a.article().withBody(excerpt), countries, themes, a.taggerVersion());
    }

    private static List<Mention> kept(List<Mention> mentions, int bodyEnd) {
        return mentions.stream()
                .filter(m -> !"body".equals(m.field()) || m.end() <= bodyEnd)
                .toList();
    }
}
