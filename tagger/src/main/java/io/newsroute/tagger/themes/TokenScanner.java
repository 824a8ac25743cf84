package io.newsroute.tagger.themes;

import io.newsroute.tagger.text.Tokens;
import java.util.ArrayList;
import java.util.List;

/**
 * How the theme tagger reads words from the shared {@link Tokens}: an apostrophe inside a word is
 * dropped ("don't" is "dont") and a final possessive {@code 's} ends the word ("Japan's" is "japan").
 * A word is folded, stemmed ({@link LightStemmer}) and looked up in a {@link TokenDictionary}. This is
 * the reference path, used to load cue phrases and for the rare words joined by an apostrophe;
 * single-token words take the {@link SurfaceLexicon} instead, which gives the same answer without
 * stemming. Stateless but for its buffer: one instance per thread.
 */
final class TokenScanner {

    /** Longer words are never cues: they are skipped, whatever their length. */
    static final int MAX_TOKEN = 32;

    private final char[] buf = new char[MAX_TOKEN + 1];
    private final CueLanguage language;

    /** A scanner of English words. */
    TokenScanner() {
        this(CueLanguage.EN);
    }

    /** A scanner of words of {@code language}, stemmed as that language stems them. */
    TokenScanner(CueLanguage language) {
        this.language = language;
    }

    /** "Japan's": token {@code k} is a single s joined by an apostrophe, which ends the word before it. */
    static boolean isPossessiveS(Tokens t, int k) {
        return t.has(k, Tokens.APOSTROPHE_BEFORE)
                && t.end(k) - t.start(k) == 1
                && Tokens.fold(t.charAt(t.start(k))) == 's';
    }

    /** The last token of the word starting at token {@code first}: apostrophes join tokens, a possessive s does not. */
    static int lastTokenOfWord(Tokens t, int first) {
        int last = first;
        int n = t.count();
        while (last + 1 < n && t.has(last + 1, Tokens.APOSTROPHE_BEFORE) && !isPossessiveS(t, last + 1)) {
            last++;
        }
        return last;
    }

    /** Folds tokens {@code first..last} into the buffer as one word; its length, or -1 when over-long. */
    private int fold(Tokens t, int first, int last) {
        int len = 0;
        for (int k = first; k <= last; k++) {
            len += t.foldInto(k, buf, len);
            if (len > MAX_TOKEN) {
                return -1;
            }
        }
        return len;
    }

    /** The dictionary id of the word made of tokens {@code first..last}, by stemming it; -1 when none. */
    int resolve(TokenDictionary dict, Tokens t, int first, int last) {
        int len = fold(t, first, last);
        if (len < 0) {
            return -1;
        }
        if (language == CueLanguage.EN) {
            return resolve(dict, buf, len);
        }
        int n = language.stemmer.stem(buf, len);
        return n == 0 ? -1 : dict.lookup(buf, n, TokenDictionary.hash(buf, n));
    }

    /** The dictionary id of the folded word {@code b[0..len)} (stemmed in place), or -1. */
    static int resolve(TokenDictionary dict, char[] b, int len) {
        if (len <= 3 && dict.isFrozen()) { // short words (a third of all tokens): one array read
            int code = TokenDictionary.shortCode(b, len);
            if (code >= 0) {
                return dict.lookupShort(code);
            }
        }
        int n = LightStemmer.stem(b, len);
        if (n == 0) {
            return -1;
        }
        return dict.lookup(b, n, TokenDictionary.hash(b, n));
    }

    /** Normal forms (folded, stemmed) of the words of an English {@code phrase}; null for an over-long word. */
    static List<String> normalize(String phrase) {
        return normalize(phrase, CueLanguage.EN);
    }

    /** Normal forms (folded, stemmed) of the words of {@code phrase}; null for an over-long word. Slow path for loading. */
    static List<String> normalize(String phrase, CueLanguage language) {
        List<String> out = new ArrayList<>();
        Tokens t = new Tokens(phrase);
        TokenScanner sc = new TokenScanner(language);
        for (int k = 0; k < t.count(); k++) {
            if (language.joinsApostrophes && t.has(k, Tokens.APOSTROPHE_BEFORE)) {
                continue; // a possessive s, or part of the word before
            }
            int last = language.joinsApostrophes ? lastTokenOfWord(t, k) : k;
            int len = sc.fold(t, k, last);
            out.add(len < 0 ? null : new String(sc.buf, 0, language.stemmer.stem(sc.buf, len)));
        }
        return out;
    }
}
