package io.newsroute.tagger.countries;

import io.newsroute.common.model.CountryTag;

import java.util.List;

/**
 * Finds the countries an article concerns. Reads an article's title, subtitle and body; returns the
 * countries it is routed to. Plain Java: thread-safe, deterministic, the gazetteer loaded once per process.
 */
public final class CountryTagger {

    private static final CountryTagger STANDARD = new CountryTagger();

    private CountryTagger() {
    }

    /** The tagger with the bundled gazetteer. */
    public static CountryTagger standard() {
        return STANDARD;
    }

    /**
     * Tags one article.
     *
     * @param title    headline, may be {@code null}
     * @param subtitle standfirst, may be {@code null}
     * @param body     body text, may be {@code null}
     * @return the routed countries, highest relevance first
     */
    public List<CountryTag> tag(String title, String subtitle, String body) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
