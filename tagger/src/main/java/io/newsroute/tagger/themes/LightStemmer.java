package io.newsroute.tagger.themes;

/**
 * A small, allocation-free English suffix stripper for lower-cased tokens. Reads and rewrites a
 * token in a caller's {@code char[]} buffer and returns the new length. It folds plurals and the
 * common verb endings ({@code -s -es -ies -ed -ied -ing}) and a final {@code -e}, so that
 * "vote", "votes", "voted" and "voting" share one stem. Stems are not words; cue phrases go
 * through the same function, which is all that matters. Stateless and thread-safe.
 */
final class LightStemmer {

    /** Words whose final s is not a plural, or whose stem would collide with a different word. */
    private static final String[] KEEP = {
        "news", "series", "species", "politics", "economics", "physics", "athletics", "aids", "arms",
        "goods", "means", "commons", "gas", "bus", "its", "this", "has", "was", "is", "us",
        "always", "crisis", "analysis", "basis", "status", "campus", "virus", "bonus", "census",
        "olympics", "paralympics", "mathematics", "lens", "chess", "less", "business", "press", "sales",
    };

    private static final char[][] KEEP_CHARS = new char[KEEP.length][];

    static {
        for (int i = 0; i < KEEP.length; i++) {
            KEEP_CHARS[i] = KEEP[i].toCharArray();
        }
    }

    private LightStemmer() {
    }

    /** Stems {@code b[0..n)} in place; returns the new length. */
    static int stem(char[] b, int n) {
        if (n <= 3 || (b[n - 1] == 's' && isKept(b, n))) {
            return n;
        }
        // plurals and third person
        if (endsWith(b, n, "ies") && n > 4) {
            b[n - 3] = 'y';
            n -= 2;
        } else if (endsWith(b, n, "sses")) {
            n -= 2;
        } else if (b[n - 1] == 's' && b[n - 2] != 's' && b[n - 2] != 'u' && b[n - 2] != 'i') {
            n -= 1;
        }
        // past tense and participles
        if (n > 5 && endsWith(b, n, "ied")) {
            b[n - 3] = 'y';
            n -= 2;
        } else if (n >= 6 && endsWith(b, n, "ing") && hasVowel(b, n - 3)) {
            n = undouble(b, n - 3);
        } else if (n >= 5 && endsWith(b, n, "ed") && b[n - 3] != 'e' && hasVowel(b, n - 2)) {
            n = undouble(b, n - 2);
        }
        // final e: "vote" and "vot(ed)" meet
        if (n >= 4 && b[n - 1] == 'e' && b[n - 2] != 'e') {
            n -= 1;
        }
        return n;
    }

    private static int undouble(char[] b, int n) {
        if (n >= 4 && b[n - 1] == b[n - 2]) {
            char c = b[n - 1];
            if (c != 'l' && c != 's' && c != 'z' && c != 'e' && c != 'o' && Character.isLetter(c)) {
                return n - 1;
            }
        }
        return n;
    }

    private static boolean hasVowel(char[] b, int n) {
        for (int i = 0; i < n; i++) {
            char c = b[i];
            if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y') {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWith(char[] b, int n, String suffix) {
        int k = suffix.length();
        if (n < k) {
            return false;
        }
        for (int i = 0; i < k; i++) {
            if (b[n - k + i] != suffix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isKept(char[] b, int n) {
        outer:
        for (char[] w : KEEP_CHARS) {
            if (w.length != n) {
                continue;
            }
            for (int i = 0; i < n; i++) {
                if (w[i] != b[i]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
