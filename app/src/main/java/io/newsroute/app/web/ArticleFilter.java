package io.newsroute.app.web;

import io.newsroute.common.model.CountryTag;
import io.newsroute.common.model.EnrichedArticle;
import io.newsroute.common.model.ThemeTag;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The filter of the live feed: an article passes when it has one of the countries asked for (any, when
 * none is) and one of the themes asked for, matched by the theme's code or its IPTC top level (any,
 * when none is). Values come from query parameters, comma-separated or repeated.
 */
record ArticleFilter(Set<String> countries, Set<String> themes) implements Predicate<EnrichedArticle> {

    static ArticleFilter of(List<String> countryParams, List<String> themeParams) {
        return new ArticleFilter(split(countryParams, true), split(themeParams, false));
    }

    private static Set<String> split(List<String> params, boolean upper) {
        return params.stream()
                .flatMap(p -> Arrays.stream(p.split(",")))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(s -> upper ? s.toUpperCase(Locale.ROOT) : s)
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public boolean test(EnrichedArticle a) {
        boolean country = countries.isEmpty()
                || a.countries().stream().map(CountryTag::code).anyMatch(countries::contains);
        boolean theme = themes.isEmpty() || a.themes().stream().anyMatch(t -> matches(t));
        return country && theme;
    }

    private boolean matches(ThemeTag t) {
        return themes.contains(t.code()) || (t.top() != null && themes.contains(t.top()));
    }
}
