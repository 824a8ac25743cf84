package io.newsroute.tagger.themes;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one text field into word tokens, lower-cases and stems each into a reused buffer and looks
 * it up in a {@link TokenDictionary}: one pass, no allocation per token, no regular expressions.
 * Reads the field; exposes for each token its dictionary id (-1 when unknown or over-long) and its
 * character offsets. A token is a run of letters or digits; an apostrophe between letters is dropped
 * and a final possessive {@code 's} ends the token. Not thread-safe: one scanner per field and call.
 */
final class TokenScanner {

    /** Longer tokens are never cues: they are skipped, whatever their length. */
    static final int MAX_TOKEN = 32;

    private static final char[] ASCII_FOLD = new char[128];

    static {
        for (char c = '0'; c <= '9'; c++) {
            ASCII_FOLD[c] = c;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII_FOLD[c] = c;
            ASCII_FOLD[c - 'a' + 'A'] = c;
        }
    }

    /** The field's characters (a copy: array access is cheaper than String.charAt in the hot loop). */
    private final char[] chars;
    private final int length;
    private final TokenDictionary dict;
    private final char[] buf = new char[MAX_TOKEN + 1];
    private int pos;

    /** Dictionary id of the current token, or -1. */
    int id;
    /** Whether a sentence or paragraph ends between the previous token and this one (phrases never span it). */
    boolean breakBefore;
    /** Offsets of the current token in the field. */
    int start;
    int end;

    TokenScanner(String text, TokenDictionary dict) {
        this(text, dict, null);
    }

    /** A scanner that copies {@code text} into {@code scratch} when it is large enough. */
    TokenScanner(String text, TokenDictionary dict, char[] scratch) {
        String t = text == null ? "" : text;
        this.length = t.length();
        this.chars = scratch != null && scratch.length >= length ? scratch : new char[length];
        t.getChars(0, length, chars, 0);
        this.dict = dict;
    }

    /** Advances to the next token; false at the end of the field. */
    boolean next() {
        char[] s = chars;
        int i = pos;
        int n = length;
        // skip separators, noting a sentence or paragraph break among them
        boolean brk = false;
        while (i < n && fold(s[i]) == 0) {
            char c = s[i];
            if (c == '\n' || c == '!' || c == '?' || c == ';'
                    || (c == '.' && i + 1 < n && Character.isWhitespace(s[i + 1]))) {
                brk = true;
            }
            i++;
        }
        breakBefore = brk;
        if (i >= n) {
            pos = n;
            return false;
        }
        start = i;
        int len = 0;
        boolean tooLong = false;
        while (i < n) {
            char c = s[i];
            char f = fold(c);
            if (f != 0) {
                if (len < MAX_TOKEN) {
                    buf[len++] = f;
                } else {
                    tooLong = true;
                }
                i++;
            } else if ((c == '\'' || c == '\u2019') && len > 0 && i + 1 < n && fold(s[i + 1]) != 0) {
                char after = s[i + 1];
                if ((after == 's' || after == 'S') && (i + 2 >= n || fold(s[i + 2]) == 0)) {
                    end = i;
                    pos = i + 2;
                    id = tooLong ? -1 : resolve(len);
                    return true;
                }
                i++; // drop the apostrophe inside a word: don't -> dont
            } else {
                break;
            }
        }
        end = i;
        pos = i;
        id = tooLong ? -1 : resolve(len);
        return true;
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

    /** Lower-case form of a word character, or 0 for a separator. */
    static char fold(char c) {
        if (c < 128) {
            return ASCII_FOLD[c];
        }
        if (Character.isLetterOrDigit(c)) {
            return Character.toLowerCase(c);
        }
        return 0;
    }

    /** Normal forms (lower-cased, stemmed) of the tokens of {@code phrase}; slow path for loading. */
    static List<String> normalize(String phrase) {
        List<String> out = new ArrayList<>();
        TokenDictionary none = new TokenDictionary();
        TokenScanner sc = new TokenScanner(phrase, none);
        while (sc.next()) {
            char[] b = new char[sc.end - sc.start + 1];
            int len = 0;
            for (int i = sc.start; i < sc.end; i++) {
                char f = fold(phrase.charAt(i));
                if (f != 0) {
                    b[len++] = f;
                }
            }
            // an over-long token can never match: report it as null
            out.add(len > MAX_TOKEN ? null : new String(b, 0, LightStemmer.stem(b, len)));
        }
        return out;
    }
}
