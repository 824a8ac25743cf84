package io.newsroute.tagger.countries;

import io.newsroute.tagger.text.Tokens;

/**
 * One place name found in a field, before and after its country is decided. Written by
 * {@link MentionFinder}, resolved and weighed by {@link RelevanceScorer}.
 */
final class Match {

    /** Where a match stands, which sets how much it weighs. */
    enum Position {
        TITLE,
        SUBTITLE,
        DATELINE,
        LEAD,
        BODY
    }

    final Tokens tokens;
    final String field;
    final int firstToken;
    final int lastToken;
    final Position position;
    /** The candidates left after case and context checks, best default first. */
    final Place[] candidates;
    /** The gazetteer key that matched (shared by every match of the same name). */
    final Gazetteer.Entry entry;
    /** Followed by a currency word ("Swiss franc", "U.S. dlrs"): weak evidence of what the story is about. */
    boolean currency;
    /** The chosen place (its country may come from a qualifier, as in "Paris, Texas"); null until resolved. */
    Place place;

    String code;

    Match(
            Tokens tokens,
            String field,
            int firstToken,
            int lastToken,
            Position position,
            Place[] candidates,
            Gazetteer.Entry entry) {
        this.tokens = tokens;
        this.entry = entry;
        this.field = field;
        this.firstToken = firstToken;
        this.lastToken = lastToken;
        this.position = position;
        this.candidates = candidates;
    }

    int start() {
        return tokens.start(firstToken);
    }

    /** End of the match; an abbreviation's final dot ("U.S.", "N.Y.") is part of it. */
    int end() {
        int end = tokens.end(lastToken);
        boolean dotted = place != null
                ? place.surface().endsWith(".")
                : candidates[0].surface().endsWith(".");
        return dotted && end < tokens.text().length() && tokens.text().charAt(end) == '.' ? end + 1 : end;
    }

    String text() {
        return tokens.text().substring(start(), end());
    }

    /** The single country all candidates share, or null when they differ. */
    String onlyCode() {
        String c = candidates[0].code();
        for (int i = 1; i < candidates.length; i++) {
            if (!candidates[i].code().equals(c)) {
                return null;
            }
        }
        return c;
    }
}
