package io.newsroute.tagger;

import io.newsroute.common.model.Article;
import io.newsroute.common.model.EnrichedArticle;
import io.newsroute.tagger.countries.CountryTagger;
import io.newsroute.tagger.language.LanguageIdentifier;
import io.newsroute.tagger.text.ArticleTokens;
import io.newsroute.tagger.themes.ThemeSelection;
import io.newsroute.tagger.themes.ThemeTagger;

/**
 * Tags an {@link Article} with its language, countries and themes, giving an {@link EnrichedArticle}
 * whose {@code language} is the one {@link LanguageIdentifier} tells (ISO 639-1, or "und") and whose
 * themes are those {@link ThemeSelection} keeps of what {@link ThemeTagger} found.
 * Plain Java, no Kafka: used by the enrichment topology, the {@code tag} command and the benchmarks.
 */
public final class ArticleTagger implements ArticleEnricher {

    /** Version of the tagging logic and its data, written into each enriched record. */
    public static final String VERSION = "newsroute-tagger/0.2";

    private final CountryTagger countries;
    private final ThemeTagger themes;
    private final LanguageIdentifier languages;
    private final ThemeSelection selection;
    /** Each thread's tokens of title, subtitle and body, rescanned for every article. */
    private final ThreadLocal<ArticleTokens> fields = ThreadLocal.withInitial(ArticleTokens::new);

    public ArticleTagger(CountryTagger countries, ThemeTagger themes) {
        this(countries, themes, LanguageIdentifier.standard());
    }

    public ArticleTagger(CountryTagger countries, ThemeTagger themes, LanguageIdentifier languages) {
        this(countries, themes, languages, ThemeSelection.standard(themes.taxonomy()));
    }

    public ArticleTagger(
            CountryTagger countries, ThemeTagger themes, LanguageIdentifier languages, ThemeSelection selection) {
        this.countries = countries;
        this.themes = themes;
        this.languages = languages;
        this.selection = selection;
    }

    /** The tagger with the bundled gazetteer and taxonomy. */
    public static ArticleTagger standard() {
        return new ArticleTagger(CountryTagger.standard(), ThemeTagger.standard());
    }

    /**
     * Tags one article: its fields are tokenized once, its language is told from those tokens, and
     * both taggers read the same tokens in that language.
     */
    @Override
    public EnrichedArticle enrich(Article article) {
        ArticleTokens tokens = fields.get().scan(article.title(), article.subtitle(), article.body());
        String language = languages.identify(tokens, article.language());
        tokens.language(language);
        return EnrichedArticle.of(
                article, language, countries.tag(tokens), selection.select(themes.tag(tokens)), VERSION);
    }
}
