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

    /** KEEP by length and first letter (a-z); mostly empty, so most checks end at once. */
    private static final char[][][][] KEEP_BY_LENGTH_AND_FIRST;

    static {
        int max = 0;
        for (String w : KEEP) {
            max = Math.max(max, w.length());
        }
        KEEP_BY_LENGTH_AND_FIRST = new char[max + 1][26][][];
        for (int len = 0; len <= max; len++) {
            for (int first = 0; first < 26; first++) {
                final int l = len;
                final char f = (char) ('a' + first);
                char[][] words = java.util.Arrays.stream(KEEP).filter(w -> w.length() == l && w.charAt(0) == f)
                        .map(String::toCharArray).toArray(char[][]::new);
                KEEP_BY_LENGTH_AND_FIRST[len][first] = words.length == 0 ? null : words;
            }
        }
    }

    private LightStemmer() {
    }

    /** Stems {@code b[0..n)} in place; returns the new length. */
    static int stem(char[] b, int n) {
        if (n <= 3) {
            return n;
        }
        // plurals and third person
        if (b[n - 1] == 's') {
            if (isKept(b, n)) {
                return n;
            }
            char c2 = b[n - 2];
            if (c2 == 'e' && b[n - 3] == 'i' && n > 4) {
                b[n - 3] = 'y'; // -ies
                return n - 2;
            }
            if (c2 == 's') {
                if (n >= 5 && b[n - 3] == 'e' && b[n - 4] == 's') {
                    n -= 2; // -sses
                } else {
                    return n;
                }
            } else if (c2 != 'u' && c2 != 'i') {
                n -= 1;
            }
            if (n <= 3) {
                return n;
            }
        }
        // past tense and participles
        char last = b[n - 1];
        if (last == 'd' && b[n - 2] == 'e') {
            if (n > 5 && b[n - 3] == 'i') {
                b[n - 3] = 'y'; // -ied
                return n - 2;
            }
            if (n >= 5 && b[n - 3] != 'e' && hasVowel(b, n - 2)) {
                n = undouble(b, n - 2);
            }
        } else if (last == 'g' && n >= 6 && b[n - 2] == 'n' && b[n - 3] == 'i' && hasVowel(b, n - 3)) {
            n = undouble(b, n - 3);
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

    private static boolean isKept(char[] b, int n) {
        int first = b[0] - 'a';
        if (n >= KEEP_BY_LENGTH_AND_FIRST.length || first < 0 || first >= 26) {
            return false;
        }
        char[][] candidates = KEEP_BY_LENGTH_AND_FIRST[n][first];
        if (candidates == null) {
            return false;
        }
        outer:
        for (char[] w : candidates) {
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
