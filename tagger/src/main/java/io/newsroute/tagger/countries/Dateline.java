package io.newsroute.tagger.countries;

import java.util.Set;

/**
 * Finds the dateline of an article: wire copy opens with one ("NEW YORK, Feb 26 -", "TOKYO, March 6
 * (Reuters) -", "ALBANY, N.Y. -", "PARIS (AFP) -", "BERLÍN, 3 mar (Reuters) -"); German-language papers
 * put the city and a dash before the first sentence of the story, after the teaser ("... erzeugt.
 * Greifswald – In der ..."; "Wien/Linz – Der ..."). Reads the start of a body; writes nothing.
 */
final class Dateline {

    /** Where in the body a dateline stands: from its first character to the dash that ends it. */
    record Span(int start, int end) {}

    /** How far into the body a dateline's dash may stand. */
    private static final int WINDOW = 80;
    /** How many words the place part of a dateline (before its first comma) may have. */
    private static final int MAX_PLACE_WORDS = 4;
    /** How far into the body a dateline may open a sentence, after a teaser ("Wien – "). */
    private static final int SENTENCE_WINDOW = 400;
    /** Longest place part of such a dateline ("Wien/Schwechat/Frankfurt", "Santiago de Chile"). */
    private static final int MAX_PLACES_CHARS = 60;
    /** Lower-case words that may join the words of a place name ("Rio de Janeiro", "Frankfurt am Main"). */
    private static final Set<String> JOINERS = Set.of(
            "de", "del", "da", "do", "dos", "das", "am", "an", "der", "im", "in", "la", "le", "les", "el", "di", "sur",
            "upon", "on", "ob", "bei");

    private Dateline() {}

    /** The dateline of {@code body}, or null when it has none. */
    static Span find(String body) {
        if (body == null) {
            return null;
        }
        int open = end(body);
        if (open >= 0) {
            int start = 0;
            while (Character.isWhitespace(body.charAt(start)) || body.charAt(start) == '*') {
                start++;
            }
            return new Span(start, open);
        }
        int limit = Math.min(body.length(), SENTENCE_WINDOW);
        for (int k = 0; k < limit; k++) {
            if (k == 0 || opensSentence(body, k)) {
                int dash = placesThenDash(body, k);
                if (dash >= 0) {
                    return new Span(k, dash);
                }
            }
        }
        return null;
    }

    /** A sentence starts at {@code k}: after a line break, or after . ! ? or a closing quote and a space. */
    private static boolean opensSentence(String s, int k) {
        if (!Character.isWhitespace(s.charAt(k - 1)) || !Character.isUpperCase(s.charAt(k))) {
            return false;
        }
        if (s.charAt(k - 1) == '\n') {
            return true;
        }
        char before = k >= 2 ? s.charAt(k - 2) : 0;
        return before == '.'
                || before == '!'
                || before == '?'
                || before == '"'
                || before == '\u201d'
                || before == '\u201c'
                || before == '\u00bb'
                || before == '\u00ab';
    }

    /**
     * "Wien – Der", "Wien/Linz – Der", "Tel Aviv –  Forscher": capitalised place words (joined by
     * "/" or a few lower-case joiners), a dash with a space on each side, then a capitalised word.
     * Returns the dash's offset, or -1.
     */
    private static int placesThenDash(String s, int k) {
        int n = s.length();
        int limit = Math.min(n, k + MAX_PLACES_CHARS);
        int i = k;
        boolean needWord = true;
        while (i < limit) {
            char c = s.charAt(i);
            if (needWord) {
                int end = wordEnd(s, i, limit);
                if (end == i || !Character.isUpperCase(c) && !JOINERS.contains(s.substring(i, end))) {
                    return -1;
                }
                i = end;
                needWord = false;
            } else if (c == '/') {
                i++;
                needWord = true;
            } else if (c == ' ' && i + 1 < n && isDash(s.charAt(i + 1))) {
                return needWord ? -1 : dashIfSentence(s, i + 1);
            } else if (c == ' ') {
                i++;
                needWord = true;
            } else {
                return -1;
            }
        }
        return -1;
    }

    private static int dashIfSentence(String s, int dash) {
        return capitalAfter(s, dash + 1) ? dash : -1;
    }

    /** After the dash: spaces, then an upper-case letter, a digit or a quote opens the story. */
    private static boolean capitalAfter(String s, int i) {
        if (i >= s.length() || s.charAt(i) != ' ') {
            return false;
        }
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        if (i >= s.length()) {
            return false;
        }
        char c = s.charAt(i);
        return Character.isUpperCase(c)
                || Character.isDigit(c)
                || c == '"'
                || c == '\u201e'
                || c == '\u201c'
                || c == '\u00bb';
    }

    /** End of a place word: letters, and inner dots, hyphens and apostrophes ("St.", "Neu-Delhi"). */
    private static int wordEnd(String s, int i, int limit) {
        int j = i;
        while (j < limit) {
            char c = s.charAt(j);
            if (Character.isLetter(c) || (c == '.' || c == '-' || c == '\'' || c == '\u2019') && j > i) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    /**
     * The offset of the dash that ends the dateline, or -1 when the body does not open with one. The place
     * (before the first comma, at most four words) must start with a capital; a place not all in capitals
     * must be followed by a comma (then a date or a state) before the dash. Leading asterisks are skipped.
     */
    static int end(String body) {
        if (body == null) {
            return -1;
        }
        int n = body.length();
        int i = 0;
        while (i < n && (Character.isWhitespace(body.charAt(i)) || body.charAt(i) == '*')) {
            i++;
        }
        int limit = Math.min(n, i + WINDOW);
        boolean beforeComma = true;
        boolean wordStart = true;
        int words = 0;
        int upper = 0;
        int lower = 0;
        for (int k = i; k < limit; k++) {
            char c = body.charAt(k);
            if (c == '\n' && k > i && body.charAt(k - 1) == '\n') {
                return -1;
            }
            if (isDash(c) && k > i && (body.charAt(k - 1) == ' ' || k + 1 < n && body.charAt(k + 1) == ' ')) {
                boolean capitals = lower == 0 && upper >= 2;
                return words > 0 && (capitals || !beforeComma) ? k : -1;
            }
            if (c == ',') {
                beforeComma = false;
            } else if (beforeComma && Character.isLetter(c)) {
                if (wordStart) {
                    if (words == 0 && !Character.isUpperCase(c) || ++words > MAX_PLACE_WORDS) {
                        return -1;
                    }
                }
                if (Character.isUpperCase(c)) {
                    upper++;
                } else {
                    lower++;
                }
            }
            wordStart = c == ' ' || c == '\n' || c == '\t';
        }
        return -1;
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '\u2014' || c == '\u2013';
    }
}
