package io.newsroute.tagger.themes;

/**
 * One cue phrase of a theme, as written in a theme file. Holds no behaviour.
 *
 * @param phrase   the phrase as written, e.g. {@code air services agreement}
 * @param weight   evidence it adds (or, when negative, removes), in (0, {@link ThemeFileParser#MAX_WEIGHT}]
 * @param negative true for a disambiguating cue ({@code not} line) that lowers the theme's score
 * @param line     line number in the theme file, for messages
 * @param language ISO 639-1 code of the language the phrase is written in ({@code cue@de} lines; plain
 *                 {@code cue} lines are English)
 */
public record Cue(String phrase, double weight, boolean negative, int line, String language) {

    /** An English cue. */
    public Cue(String phrase, double weight, boolean negative, int line) {
        this(phrase, weight, negative, line, "en");
    }
}
