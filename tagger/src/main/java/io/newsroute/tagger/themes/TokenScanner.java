package io.newsroute.tagger.themes;

import io.newsroute.tagger.text.Tokens;

import java.util.ArrayList;
import java.util.List;

/**
 * Walks the shared {@link Tokens} of one field as the theme tagger reads words: an apostrophe inside a
 * word is dropped ("don't" is "dont") and a final possessive {@code 's} ends the word ("Japan's" is
 * "japan"). Each word is folded, stemmed and looked up in a {@link TokenDictionary}; a {@link WordCache}
 * remembers the answer per surface word, so a word seen before costs one table read. Reads the tokens;
 * exposes for each word its dictionary id (-1 when unknown or over-long), its character offsets and
 * whether a sentence or paragraph ends before it. Not thread-safe: one scanner per thread.
 */
final class TokenScanner {

    /** Longer words are never cues: they are skipped, whatever their length. */
    static final int MAX_TOKEN = 32;

    private final TokenDictionary dict;
    /** Null when no cache is wanted (loading cue phrases). */
    private final WordCache cache;
    private final char[] buf = new char[MAX_TOKEN + 1];
    private Tokens tokens;
    private int next;

    /** Dictionary id of the current word, or -1. */
    int id;
    /** Whether a sentence or paragraph ends between the previous word and this one (phrases never span it). */
    boolean breakBefore;
    /** Offsets of the current word in the field. */
    int start;
    int end;
    /** The current word's tokens, first and last (more than one when apostrophes joined them). */
    private int first;
    private int last;

    TokenScanner(TokenDictionary dict, WordCache cache) {
        this.dict = dict;
        this.cache = cache;
    }

    /** Starts on the words of {@code t}; returns this. */
    TokenScanner reset(Tokens t) {
        tokens = t;
        next = 0;
        return this;
    }

    /** Advances to the next word; false at the end of the field. */
    boolean next() {
        Tokens t = tokens;
        int n = t.count();
        int k = next;
        if (k >= n) {
            return false;
        }
        first = k;
        last = k;
        breakBefore = t.has(k, Tokens.BREAK_BEFORE);
        start = t.start(k);
        boolean possessive = false;
        while (last + 1 < n && t.has(last + 1, Tokens.APOSTROPHE_BEFORE)) {
            if (isPossessiveS(t, last + 1)) {
                possessive = true;
                break;
            }
            last++;
        }
        end = t.end(last);
        next = possessive ? last + 2 : last + 1;
        if (first == last) {
            id = cache != null ? cache.id(t, k, this) : resolveFolded();
        } else {
            id = resolveFolded();
        }
        return true;
    }

    /** "Japan's": the token after the apostrophe is a single s, which ends the word before it. */
    private static boolean isPossessiveS(Tokens t, int k) {
        return t.end(k) - t.start(k) == 1 && Tokens.fold(t.charAt(t.start(k))) == 's';
    }

    /** Folds the current word (all its tokens) into the buffer; its length, or -1 when over-long. */
    private int fold() {
        int len = 0;
        for (int k = first; k <= last; k++) {
            len += tokens.foldInto(k, buf, len);
            if (len > MAX_TOKEN) {
                return -1;
            }
        }
        return len;
    }

    /** The id of the current word, without the cache. */
    int resolveFolded() {
        int len = fold();
        return len < 0 ? -1 : resolve(len);
    }

    private int resolve(int len) {
        if (len <= 3 && dict.isFrozen()) { // short words (a third of all tokens): one array read
            int code = TokenDictionary.shortCode(buf, len);
            if (code >= 0) {
                return dict.lookupShort(code);
            }
        }
        int n = LightStemmer.stem(buf, len);
        if (n == 0) {
            return -1;
        }
        return dict.lookup(buf, n, TokenDictionary.hash(buf, n));
    }

    /** Normal forms (folded, stemmed) of the words of {@code phrase}; null for an over-long word. Slow path for loading. */
    static List<String> normalize(String phrase) {
        List<String> out = new ArrayList<>();
        TokenScanner sc = new TokenScanner(new TokenDictionary(), null).reset(new Tokens(phrase));
        while (sc.next()) {
            int len = sc.fold();
            out.add(len < 0 ? null : new String(sc.buf, 0, LightStemmer.stem(sc.buf, len)));
        }
        return out;
    }
}
