package io.newsroute.tagger.themes;

import io.newsroute.common.model.ThemeTag;

import java.util.List;

/**
 * Tags an article with IPTC Media Topics. Reads an article's title, subtitle and body; returns the
 * themes, best first. Plain Java: thread-safe and deterministic.
 */
public final class ThemeTagger {

    private static final ThemeTagger STANDARD = new ThemeTagger();

    private ThemeTagger() {
    }

    /** The tagger with the bundled taxonomy. */
    public static ThemeTagger standard() {
        return STANDARD;
    }

    /**
     * Tags one article.
     *
     * @return themes sorted by score, highest first
     */
    public List<ThemeTag> tag(String title, String subtitle, String body) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
