package io.newsroute.tagger.countries;

/**
 * Finds the dateline that opens wire copy ("NEW YORK, Feb 26 -", "TOKYO, March 6 (Reuters) -",
 * "ALBANY, N.Y. -"). Reads the start of a body; writes nothing.
 */
final class Dateline {

    /** How far into the body a dateline's dash may stand. */
    private static final int WINDOW = 120;

    private Dateline() {
    }

    /**
     * The offset of the dash that ends the dateline, or -1 when the body does not open with one. The
     * dateline's first word must be in capitals (two letters at least) and everything before its first
     * comma too.
     */
    static int end(String body) {
        if (body == null) {
            return -1;
        }
        int n = body.length();
        int i = 0;
        while (i < n && Character.isWhitespace(body.charAt(i))) {
            i++;
        }
        int letters = 0;
        int limit = Math.min(n, i + WINDOW);
        boolean beforeComma = true;
        for (int k = i; k < limit; k++) {
            char c = body.charAt(k);
            if (c == '\n' && k > i && body.charAt(k - 1) == '\n') {
                return -1;
            }
            if ((c == '-' || c == '\u2014' || c == '\u2013') && k > i && body.charAt(k - 1) == ' ') {
                return letters >= 2 ? k : -1;
            }
            if (c == ',') {
                beforeComma = false;
            } else if (beforeComma && Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return -1;
                }
                letters++;
            }
        }
        return -1;
    }
}
