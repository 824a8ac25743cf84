package io.newsroute.tagger;

import io.newsroute.common.config.ConfigException;
import io.newsroute.common.config.NewsrouteConfig;
import io.newsroute.tagger.countries.CountryTagger;
import io.newsroute.tagger.language.LanguageIdentifier;
import io.newsroute.tagger.themes.ThemeSelection;
import io.newsroute.tagger.themes.ThemeTagger;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Builds the {@link ArticleTagger} a configuration asks for: the country relevance threshold
 * ({@code country.min.relevance}), the mentions kept per country ({@code country.max.mentions}) and
 * the theme taxonomy file ({@code taxonomy.file}; the bundled one when empty) and the themes kept per
 * record ({@code tagger.themes.max}, at least 1).
 */
public final class Taggers {

    private Taggers() {}

    public static ArticleTagger fromConfig(NewsrouteConfig config) {
        CountryTagger countries = CountryTagger.standard()
                .withMinRelevance(
                        config.getDouble(NewsrouteConfig.COUNTRY_MIN_RELEVANCE, CountryTagger.DEFAULT_MIN_RELEVANCE))
                .withMaxMentions(config.getInt(NewsrouteConfig.COUNTRY_MAX_MENTIONS));
        String taxonomy = config.get(NewsrouteConfig.TAXONOMY_FILE);
        ThemeTagger themes;
        if (taxonomy == null || taxonomy.isBlank()) {
            themes = ThemeTagger.standard();
        } else {
            try {
                themes = ThemeTagger.fromFile(Path.of(taxonomy));
            } catch (IOException e) {
                throw new ConfigException("cannot read the taxonomy file " + taxonomy + ": " + e.getMessage(), e);
            }
        }
        int maxThemes = config.getInt(NewsrouteConfig.TAGGER_THEMES_MAX);
        if (maxThemes < 1) {
            throw new ConfigException(NewsrouteConfig.TAGGER_THEMES_MAX + " must be at least 1, not " + maxThemes);
        }
        return new ArticleTagger(
                countries, themes, LanguageIdentifier.standard(), new ThemeSelection(themes.taxonomy(), maxThemes));
    }
}
