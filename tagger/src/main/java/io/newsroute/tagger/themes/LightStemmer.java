package io.newsroute.tagger.themes;

import java.util.Arrays;

/**
 * A small, allocation-free English suffix stripper for lower-cased tokens. Reads and rewrites a
 * token in a caller's {@code char[]} buffer and returns the new length. It folds plurals and the
 * common verb endings ({@code -s -es -ies -ed -ied -ing}) and the final {@code -e} of words of five
 * letters or more, so that "vote", "votes", "voted" and "voting" share one stem, and so do "raise",
 * "raised" and "raising"; short words keep their e ("pope" is not "pop", "care" is not "car"). Stems are not words; cue phrases go
 * through the same function, which is all that matters. Stateless and thread-safe.
 */
final class LightStemmer {

    /**
     * Words left as they are: those whose final s is not a plural, and those whose stem would be a
     * different, common word ("training" is not a train, "plane" not a plan, "France" not the franc,
     * "housing" not the House, "dating" not a date). A kept word still folds its own plural
     * ("planes", "trainings").
     */
    private static final String[] KEEP = {
        "news",
        "series",
        "species",
        "politics",
        "economics",
        "physics",
        "athletics",
        "aids",
        "arms",
        "goods",
        "means",
        "commons",
        "gas",
        "bus",
        "its",
        "this",
        "has",
        "was",
        "is",
        "us",
        "always",
        "crisis",
        "analysis",
        "basis",
        "status",
        "campus",
        "virus",
        "bonus",
        "census",
        "olympics",
        "paralympics",
        "mathematics",
        "lens",
        "chess",
        "less",
        "business",
        "press",
        "sales",
        "training",
        "texting",
        "mars",
        "sars",
        "plane",
        "france",
        "boxing",
        "bowling",
        "shelling",
        "wedding",
        "innings",
        "dating",
        "housing",
        "ratings",
        "gaming",
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
                char[][] words = Arrays.stream(KEEP)
                        .filter(w -> w.length() == l && w.charAt(0) == f)
                        .map(String::toCharArray)
                        .toArray(char[][]::new);
                KEEP_BY_LENGTH_AND_FIRST[len][first] = words.length == 0 ? null : words;
            }
        }
    }

    private LightStemmer() {}

    /** Stems {@code b[0..n)} in place; returns the new length (never more than {@code n}). */
    static int stem(char[] b, int n) {
        if (n <= 3 || isKept(b, n)) {
            return n;
        }
        // plurals and third person
        if (b[n - 1] == 's') {
            char c2 = b[n - 2];
            if (c2 == 'e' && b[n - 3] == 'i' && n > 4) {
                b[n - 3] = 'y'; // -ies
                return n - 2;
            }
            if (c2 == 'e' && n >= 5 && sibilant(b, n - 2)) {
                return n - 2; // -ches, -shes, -xes, -zes, -sses
            }
            if (c2 == 's' || c2 == 'u' || c2 == 'i') {
                return n; // -ss, -us, -is: not plurals
            }
            n -= 1;
            if (n <= 3 || isKept(b, n)) {
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
                return restoreE(b, n - 2);
            }
        } else if (last == 'g' && n >= 6 && b[n - 2] == 'n' && b[n - 3] == 'i' && hasVowel(b, n - 3)) {
            return restoreE(b, n - 3);
        }
        // final e of longer words: "raise", "raised" and "raising" meet on "rais"
        if (n >= 5 && b[n - 1] == 'e' && b[n - 2] != 'e') {
            n -= 1;
        }
        return n;
    }

    /**
     * After -ed or -ing: undoubles a final consonant ("planned" -> "plan"), or gives a three-letter
     * consonant-vowel-consonant stem its e back ("voted" -> "vote", "rated" -> "rate"), so that it
     * meets the bare word, whose final e short words keep ("vote", "pope", "care").
     */
    private static int restoreE(char[] b, int n) {
        int u = undouble(b, n);
        if (u != n) {
            return u;
        }
        if (n == 3 && !vowel(b[0]) && vowel(b[1]) && !vowel(b[2]) && b[2] != 'w' && b[2] != 'x' && b[2] != 'y') {
            b[3] = 'e';
            return 4;
        }
        return n;
    }

    private static boolean sibilant(char[] b, int n) {
        char c = b[n - 1];
        if (c == 'x' || c == 'z') {
            return true;
        }
        return n >= 2 && ((c == 'h' && (b[n - 2] == 'c' || b[n - 2] == 's')) || (c == 's' && b[n - 2] == 's'));
    }

    private static boolean vowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
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
