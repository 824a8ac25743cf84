package io.newsroute.tagger.countries;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * The tokens of one text field, found in a single pass: reads a string, writes parallel arrays of
 * token offsets, folded hashes and shape bits. A token is a run of letters or digits; everything else
 * separates. Letters are folded to lower case without accents, so "Côte" and "COTE" hash alike.
 * Not thread-safe: one instance per field being tagged.
 */
final class Tokens {

    /** First character is upper case. */
    static final int CAP = 1;
    /** Starts a sentence (or the field). */
    static final int SENTENCE_START = 2;
    /** A comma stands between this token and the one before. */
    static final int COMMA_BEFORE = 4;
    /** Only spaces stand between this token and the one before. */
    static final int TIGHT_BEFORE = 8;

    /** Characters below this (Latin, Greek, Cyrillic, general punctuation) are folded by table lookup. */
    private static final int TABLE_SIZE = 0x2100;
    private static final char[] FOLD = buildFoldTable();
    /** For the same characters as FOLD: 1 upper case, 2 lower case, 0 neither. */
    private static final byte[] CASE = buildCaseTable();
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    final String text;
    int count;
    int[] start;
    int[] end;
    long[] hash;
    byte[] shape;
    /** Letters seen in upper and lower case: tells a field written in capitals. */
    int upperLetters;
    int lowerLetters;

    Tokens(String text) {
        this.text = text == null ? "" : text;
        int cap = Math.max(16, Math.min(this.text.length() / 6, 1 << 20));   // about one token per six chars; grows
        start = new int[cap];
        end = new int[cap];
        hash = new long[cap];
        shape = new byte[cap];
        scan();
    }

    /**
     * Whether case tells nothing in this field: written in capitals (a wire headline) or with almost no
     * capitals at all (some wire stories come all in lower case).
     */
    boolean caseless() {
        return upperLetters > 0 && lowerLetters * 10 < upperLetters || lowerLetters > 200 && upperLetters * 200 < lowerLetters;
    }

    /** Folds one character: lower case, no accent; 0 for a separator. */
    static char fold(char c) {
        if (c < FOLD.length) {
            return FOLD[c];
        }
        if (Character.isLetterOrDigit(c)) {
            return Character.toLowerCase(c);
        }
        return 0;
    }

    /** Combines the hash of an n-gram so far with the next token's hash. */
    static long combine(long ngram, long token) {
        long h = (ngram ^ token) * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 29);
    }

    private void scan() {
        char[] s = text.toCharArray();   // one bulk copy: the loop below then reads a plain array
        int n = s.length;
        int i = 0;
        boolean sentence = true;
        boolean comma = false;
        boolean tight = false;
        while (i < n) {
            char c = s[i];
            char f = fold(c);
            if (f == 0) {
                if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '"' || c == '\u201c') {
                    // "U.S. Steel": a dot after a single letter is an abbreviation, not the end of a sentence
                    sentence = !(c == '.' && count > 0 && end[count - 1] == i && end[count - 1] - start[count - 1] == 1);
                } else if (c == ',') {
                    comma = true;
                }
                if (c != ' ') {
                    tight = false;
                }
                i++;
                continue;
            }
            int from = i;
            long h = FNV_OFFSET;
            boolean cap = caseOf(c) == 1;
            int upper = 0;
            int lower = 0;
            while (i < n) {
                c = s[i];
                if (c < FOLD.length) {
                    f = FOLD[c];
                    if (f == 0) {
                        break;
                    }
                    byte k = CASE[c];
                    upper += k & 1;
                    lower += k >> 1;
                } else {
                    f = fold(c);
                    if (f == 0) {
                        break;
                    }
                    byte k = caseOf(c);
                    upper += k & 1;
                    lower += k >> 1;
                }
                h = (h ^ f) * FNV_PRIME;
                i++;
            }
            upperLetters += upper;
            lowerLetters += lower;
            add(from, i, h, (cap ? CAP : 0) | (sentence ? SENTENCE_START : 0)
                    | (comma ? COMMA_BEFORE : 0) | (tight && count > 0 ? TIGHT_BEFORE : 0));
            sentence = false;
            comma = false;
            tight = true;
        }
    }

    private void add(int from, int to, long h, int bits) {
        if (count == start.length) {
            int cap = count * 2;
            start = Arrays.copyOf(start, cap);
            end = Arrays.copyOf(end, cap);
            hash = Arrays.copyOf(hash, cap);
            shape = Arrays.copyOf(shape, cap);
        }
        start[count] = from;
        end[count] = to;
        hash[count] = h;
        shape[count] = (byte) bits;
        count++;
    }

    boolean has(int token, int bit) {
        return (shape[token] & bit) != 0;
    }

    /** Whether the token's folded characters equal {@code folded} from {@code offset}, for that many chars. */
    boolean foldedEquals(int token, String folded, int offset) {
        int len = end[token] - start[token];
        if (offset + len > folded.length()) {
            return false;
        }
        for (int k = 0; k < len; k++) {
            if (fold(text.charAt(start[token] + k)) != folded.charAt(offset + k)) {
                return false;
            }
        }
        return true;
    }

    /** The folded form of the token, for building keys (not used on the hot path). */
    String folded(int token) {
        StringBuilder b = new StringBuilder(end[token] - start[token]);
        for (int k = start[token]; k < end[token]; k++) {
            b.append(fold(text.charAt(k)));
        }
        return b.toString();
    }

    private static byte caseOf(char c) {
        if (c < CASE.length) {
            return CASE[c];
        }
        return Character.isUpperCase(c) ? (byte) 1 : Character.isLowerCase(c) ? (byte) 2 : (byte) 0;
    }

    private static byte[] buildCaseTable() {
        byte[] t = new byte[TABLE_SIZE];
        for (char c = 0; c < t.length; c++) {
            t[c] = Character.isUpperCase(c) ? (byte) 1 : Character.isLowerCase(c) ? (byte) 2 : (byte) 0;
        }
        return t;
    }

    private static char[] buildFoldTable() {
        char[] t = new char[TABLE_SIZE];
        for (char c = 0; c < t.length; c++) {
            if (!Character.isLetterOrDigit(c)) {
                continue;
            }
            String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            char base = d.charAt(0);
            char lower = Character.toLowerCase(base);
            t[c] = lower == 0 ? Character.toLowerCase(c) : lower;
        }
        return t;
    }
}
