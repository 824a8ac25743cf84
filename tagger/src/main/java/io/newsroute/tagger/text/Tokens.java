package io.newsroute.tagger.text;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * The tokens of one text field, found in a single pass and shared by the country and the theme
 * tagger: reads a string, writes parallel arrays of token offsets, folded hashes and shape bits. A
 * token is a run of letters or digits; everything else separates. Letters are folded to lower case
 * without accents, so "Côte" and "COTE" hash alike. Chinese and Japanese are written without spaces:
 * each Han, Hiragana or Katakana character is a token of its own, so a name ("北京", "ワシントン") is
 * matched as a run of tokens anywhere in the text. An instance can be {@linkplain #scan rescanned}
 * for the next field, keeping its arrays: tagging allocates nothing per token. Not thread-safe: one
 * instance per field being tagged, per thread.
 */
public final class Tokens {

    /** First character is upper case. */
    public static final int CAP = 1;
    /** Starts a sentence (or the field), as the country tagger reads sentences (after . ! ? : ; or a quote). */
    public static final int SENTENCE_START = 2;
    /** A comma stands between this token and the one before. */
    public static final int COMMA_BEFORE = 4;
    /** Only spaces stand between this token and the one before. */
    public static final int TIGHT_BEFORE = 8;
    /**
     * A sentence or paragraph ends between the token before and this one: a line break, ! ? ; or a
     * full stop followed by white space. Phrases (theme cues) never span it.
     */
    public static final int BREAK_BEFORE = 16;
    /** Joined to the token before by a single apostrophe inside a word: the "t" of "don't", the "s" of "Japan's". */
    public static final int APOSTROPHE_BEFORE = 32;
    /**
     * Starts with a letter of a script that has no case (Chinese, Japanese, Arabic, Hebrew, Thai, ...):
     * case says nothing about whether it is a name.
     */
    public static final int UNCASED = 64;

    /**
     * Characters below this (Latin, Greek, Cyrillic, Arabic, general punctuation, kana and the common
     * Han ideographs) are folded by table lookup.
     */
    private static final int TABLE_SIZE = 0xA000;

    private static final char[] FOLD = buildFoldTable();
    /** For the same characters: the folded character in the low 16 bits, and {@link #UPPER} or {@link #LOWER}. */
    private static final int[] CHARS = buildCharTable();

    private static final int UPPER = 1 << 16;
    private static final int LOWER = 1 << 17;
    /** A letter with no case (see {@link #UNCASED}). */
    private static final int NOCASE = 1 << 18;
    /** A character that is a token by itself (Han, Hiragana, Katakana); the highest bit used. */
    private static final int SOLO = 1 << 19;

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    /** Mixes a token's length into its hash: two tokens hash alike only if their lengths are equal too. */
    private static final long LENGTH_MIX = 0xC2B2AE3D27D4EB4FL;
    /** Longest field whose character copies are kept for the next scan. */
    private static final int MAX_KEPT_CHARS = 1 << 20;

    private String text = "";
    private int count;
    private int[] start;
    private int[] end;
    private long[] hash;
    private byte[] shape;
    /** Letters seen in upper and lower case: tells a field written in capitals. */
    private int upperLetters;

    private int lowerLetters;
    private char[] chars = new char[0];

    /** Empty tokens, to be filled by {@link #scan}. */
    public Tokens() {
        start = new int[64];
        end = new int[64];
        hash = new long[64];
        shape = new byte[64];
    }

    /** The tokens of {@code text} ({@code null} is empty). */
    public Tokens(String text) {
        this();
        scan(text);
    }

    /** Replaces the tokens by those of {@code text} ({@code null} is empty), reusing the arrays; returns this. */
    public Tokens scan(String text) {
        this.text = text == null ? "" : text;
        count = 0;
        upperLetters = 0;
        lowerLetters = 0;
        int n = this.text.length();
        int cap = Math.min(n / 5 + 16, 1 << 20); // about one token per six chars; grows if needed
        if (start.length < cap) {
            start = new int[cap];
            end = new int[cap];
            hash = new long[cap];
            shape = new byte[cap];
        }
        if (chars.length < n || chars.length > MAX_KEPT_CHARS && n <= MAX_KEPT_CHARS) {
            // grow; or, after a huge field, shrink back so a thread does not keep megabytes
            chars = new char[Math.max(n, 256)];
        }
        this.text.getChars(0, n, chars, 0);
        scan(chars, n);
        return this;
    }

    public String text() {
        return text;
    }

    /** Number of tokens. */
    public int count() {
        return count;
    }

    /** Offset of the token's first character in {@link #text()}. */
    public int start(int token) {
        return start[token];
    }

    /** Offset just after the token's last character. */
    public int end(int token) {
        return end[token];
    }

    /**
     * 64-bit FNV-1a hash of the token's folded characters, with its length mixed in: how the taggers'
     * tables recognise a word, without comparing characters.
     */
    public long hash(int token) {
        return hash[token];
    }

    public boolean has(int token, int bit) {
        return (shape[token] & bit) != 0;
    }

    /**
     * Whether case tells nothing in this field: written in capitals (a wire headline) or with almost no
     * capitals at all (some wire stories come all in lower case).
     */
    public boolean caseless() {
        return upperLetters > 0 && lowerLetters * 10 < upperLetters
                || lowerLetters > 200 && upperLetters * 200 < lowerLetters;
    }

    /** Folds one character: lower case, no accent; 0 for a separator. */
    public static char fold(char c) {
        if (c < FOLD.length) {
            return FOLD[c];
        }
        if (Character.isLetterOrDigit(c)) {
            return Character.toLowerCase(c);
        }
        return 0;
    }

    /** The {@link #hash} a token whose folded characters are {@code folded} gets. */
    public static long hashFolded(CharSequence folded) {
        long h = FNV_OFFSET;
        for (int i = 0; i < folded.length(); i++) {
            h = (h ^ folded.charAt(i)) * FNV_PRIME;
        }
        return h ^ folded.length() * LENGTH_MIX;
    }

    /** Combines the hash of an n-gram so far with the next token's hash. */
    public static long combine(long ngram, long token) {
        long h = (ngram ^ token) * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 29);
    }

    private void scan(char[] s, int n) {
        int[] table = CHARS;
        int i = 0;
        int before = SENTENCE_START; // what stands before the next token, as its shape bits
        int upper = 0;
        int lower = 0;
        int lastEnd = -2; // where the token before ended: none yet
        while (i < n) {
            char c = s[i];
            int v = c < TABLE_SIZE ? table[c] : classify(c);
            if ((v & 0xffff) == 0) {
                if (c != ' ') {
                    before = separator(s, i, n, before);
                }
                i++;
                continue;
            }
            int from = i;
            long h = FNV_OFFSET;
            boolean cap = (v & UPPER) != 0;
            int uncased = (v & NOCASE) != 0 ? UNCASED : 0;
            if (v >= SOLO) {
                h = (h ^ (char) v) * FNV_PRIME; // a Han or kana character: a token of its own
                c = ++i < n ? s[i] : 0;
            } else {
                do {
                    upper += (v >>> 16) & 1;
                    lower += (v >>> 17) & 1;
                    char f = (char) v;
                    h = (h ^ f) * FNV_PRIME;
                    if (++i == n) {
                        break;
                    }
                    c = s[i];
                    v = c < TABLE_SIZE ? table[c] : classify(c);
                } while ((v & 0xffff) != 0 && v < SOLO);
            }
            h ^= (i - from) * LENGTH_MIX;
            boolean apostrophe = lastEnd == from - 1 && (s[from - 1] == '\'' || s[from - 1] == '\u2019');
            add(from, i, h, uncased | (cap ? CAP : 0) | before | (apostrophe ? APOSTROPHE_BEFORE : 0));
            lastEnd = i;
            before = TIGHT_BEFORE;
            if (c == ' ') {
                i++; // the character that ended the word (a letter only at the end of the text): mostly a space
            }
        }
        upperLetters = upper;
        lowerLetters = lower;
    }

    /**
     * The shape bits the next token gets ({@link #SENTENCE_START}, {@link #COMMA_BEFORE},
     * {@link #BREAK_BEFORE}) once the separator {@code s[i]} (not a space) stands before it, given the
     * bits {@code before} it had so far; a separator other than a space makes it no longer tight.
     */
    private int separator(char[] s, int i, int n, int before) {
        char c = s[i];
        int bits = before & ~TIGHT_BEFORE;
        if (c == '\u3002' || c == '\uff01' || c == '\uff1f' || c == '\u061f') {
            return bits | SENTENCE_START | BREAK_BEFORE; // 。！？ and the Arabic question mark end a sentence
        }
        if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '"' || c == '\u201c') {
            // "U.S. Steel": a dot after a single letter is an abbreviation, not the end of a sentence
            boolean abbreviation =
                    c == '.' && count > 0 && end[count - 1] == i && end[count - 1] - start[count - 1] == 1;
            bits = abbreviation ? bits & ~SENTENCE_START : bits | SENTENCE_START;
            if (c != ':' && c != '"' && c != '\u201c' && (c != '.' || i + 1 < n && Character.isWhitespace(s[i + 1]))) {
                bits |= BREAK_BEFORE;
            }
            return bits;
        }
        if (c == ',') {
            return bits | COMMA_BEFORE;
        }
        return c == '\n' ? bits | BREAK_BEFORE : bits;
    }

    /** Fold and case of a character beyond the table, in the table's format. */
    private static int classify(char c) {
        if (isSolo(c)) {
            return c | NOCASE | SOLO; // Han and kana: no case, nothing to fold
        }
        char f = fold(c);
        if (f == 0) {
            return 0;
        }
        return f | caseBits(c);
    }

    /**
     * Whether {@code c} is written without spaces around its words: a Han ideograph (CJK unified,
     * extension A, compatibility), Hiragana, Katakana (with its prolonged sound mark and half-width forms).
     */
    public static boolean isSolo(char c) {
        return c >= 0x4e00 && c <= 0x9fff
                || c >= 0x3040 && c <= 0x30ff && c != 0x30fb
                || c >= 0x3400 && c <= 0x4dbf
                || c >= 0xf900 && c <= 0xfaff
                || c >= 0x31f0 && c <= 0x31ff
                || c >= 0xff66 && c <= 0xff9f;
    }

    private static int caseBits(char c) {
        if (Character.isUpperCase(c)) {
            return UPPER;
        }
        if (Character.isLowerCase(c)) {
            return LOWER;
        }
        return Character.isLetter(c) ? NOCASE : 0;
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

    /**
     * Writes the token's folded characters into {@code b} from {@code offset}, as many as fit; returns
     * the number of characters the token has (which may exceed what was written).
     */
    public int foldInto(int token, char[] b, int offset) {
        int from = start[token];
        int len = end[token] - from;
        int fit = Math.max(0, Math.min(len, b.length - offset));
        for (int k = 0; k < fit; k++) {
            b[offset + k] = fold(chars[from + k]);
        }
        return len;
    }

    /** The character at {@code offset} of the text. */
    public char charAt(int offset) {
        return chars[offset];
    }

    /** The folded form of the token, for building keys (not used on the hot path). */
    public String folded(int token) {
        char[] b = new char[end[token] - start[token]];
        foldInto(token, b, 0);
        return new String(b);
    }

    private static int[] buildCharTable() {
        int[] t = new int[TABLE_SIZE];
        for (char c = 0; c < t.length; c++) {
            char f = FOLD[c];
            t[c] = isSolo(c) ? c | NOCASE | SOLO : f == 0 ? 0 : f | caseBits(c);
        }
        return t;
    }

    private static char[] buildFoldTable() {
        char[] t = new char[TABLE_SIZE];
        for (char c = 0; c < t.length; c++) {
            if (isSolo(c)) {
                t[c] = c; // Han and kana keep their marks: "ド" is not "ト"
                continue;
            }
            if (!Character.isLetterOrDigit(c)) {
                continue;
            }
            String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            char base = d.charAt(0);
            char lower = Character.toLowerCase(base);
            t[c] = lower == 0 ? Character.toLowerCase(c) : lower;
        }
        // letters with a stroke or without a dot, which NFD leaves as they are: "Diyarbakır", "Łódź", "Tromsø"
        String from = "\u0131\u0141\u0142\u00d8\u00f8\u0110\u0111\u0126\u0127";
        String to = "illoodd" + "hh";
        for (int k = 0; k < from.length(); k++) {
            t[from.charAt(k)] = to.charAt(k);
        }
        return t;
    }
}
