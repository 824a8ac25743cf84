package io.newsroute.tagger.themes;

/**
 * One cue phrase of a theme, as written in a theme file. Holds no behaviour.
 *
 * @param phrase   the phrase as written, e.g. {@code air services agreement}
 * @param weight   evidence it adds (or, when negative, removes), in (0, {@link ThemeFileParser#MAX_WEIGHT}]
 * @param negative true for a disambiguating cue ({@code not} line) that lowers the theme's score
 * @param line     line number in the theme file, for messages
 */
public record Cue(String phrase, double weight, boolean negative, int line) {
}
