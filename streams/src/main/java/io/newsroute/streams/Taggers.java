package io.newsroute.streams;

import io.newsroute.common.config.NewsrouteConfig;
import io.newsroute.tagger.ArticleTagger;
import io.newsroute.tagger.countries.CountryTagger;
import io.newsroute.tagger.themes.ThemeTagger;


/** Builds the {@link ArticleTagger} that a configuration asks for (relevance threshold, taxonomy file). */
public final class Taggers {

    private Taggers() {
    }

    public static ArticleTagger fromConfig(NewsrouteConfig config) {
        CountryTagger countries = CountryTagger.standard();
        ThemeTagger themes = ThemeTagger.standard();
        return new ArticleTagger(countries, themes);
    }
}
