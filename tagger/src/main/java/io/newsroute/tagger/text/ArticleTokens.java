package io.newsroute.tagger.text;

/**
 * The {@link Tokens} of an article's three text fields: title, subtitle and body. Read once per
 * article and handed to both the country and the theme tagger. Reusable ({@link #scan}) and not
 * thread-safe: one instance per thread.
 */
public final class ArticleTokens {

    private final Tokens title = new Tokens();
    private final Tokens subtitle = new Tokens();
    private final Tokens body = new Tokens();
    private String language;

    /** The tokens of a new article's fields (any may be {@code null}). */
    public static ArticleTokens of(String title, String subtitle, String body) {
        return new ArticleTokens().scan(title, subtitle, body);
    }

    /**
     * Replaces the tokens by those of another article's fields (any may be {@code null}); returns this.
     * The language is reset to unknown.
     */
    public ArticleTokens scan(String title, String subtitle, String body) {
        this.title.scan(title);
        this.subtitle.scan(subtitle);
        this.body.scan(body);
        this.language = null;
        return this;
    }

    /** Sets the article's language (ISO 639-1, lower case; null when unknown); returns this. */
    public ArticleTokens language(String language) {
        this.language = language;
        return this;
    }

    /** The article's language (ISO 639-1), or null when unknown. */
    public String language() {
        return language;
    }

    public Tokens title() {
        return title;
    }

    public Tokens subtitle() {
        return subtitle;
    }

    public Tokens body() {
        return body;
    }
}
