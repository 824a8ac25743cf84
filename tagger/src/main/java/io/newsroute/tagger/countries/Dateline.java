package io.newsroute.tagger.countries;

/**
 * Finds the dateline that opens wire copy ("NEW YORK, Feb 26 -", "TOKYO, March 6 (Reuters) -",
 * "ALBANY, N.Y. -", "Toronto, March 19 -"). Reads the start of a body; writes nothing.
 */
final class Dateline {

    /** How far into the body a dateline's dash may stand. */
    private static final int WINDOW = 80;
    /** How many words the place part of a dateline (before its first comma) may have. */
    private static final int MAX_PLACE_WORDS = 4;

    private Dateline() {
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
