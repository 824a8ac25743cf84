package io.newsroute.tagger.themes;

import io.newsroute.tagger.text.Tokens;

/**
 * Remembers the dictionary id of each surface word a thread has seen (after folding, before
 * stemming), so the common words of news text are stemmed and looked up once, not at every use.
 * Direct-mapped by the token's folded hash; a slot keeps the word's folded characters and is checked
 * against them, so the answer is always that of the word itself, never of another with the same
 * hash. Words longer than {@link #INLINE} characters are not kept. Not thread-safe: one per thread.
 */
final class WordCache {

    /** Longest word a slot keeps. */
    static final int INLINE = 16;
    private static final int BITS = 13;
    private static final int SLOTS = 1 << BITS;

    private final long[] hashes = new long[SLOTS];
    private final int[] ids = new int[SLOTS];
    /** Length of the word in each slot; 0 for an empty slot. */
    private final byte[] lengths = new byte[SLOTS];
    private final char[] words = new char[SLOTS * INLINE];

    /** The id of token {@code k} of {@code t} (one token, no apostrophe), resolved by {@code scanner} on a miss. */
    int id(Tokens t, int k, TokenScanner scanner) {
        int len = t.end(k) - t.start(k);
        if (len > INLINE) {
            return scanner.resolveFolded();
        }
        long h = t.hash(k);
        int slot = (int) ((h * 0x9E3779B97F4A7C15L) >>> (64 - BITS));
        if (lengths[slot] == len && hashes[slot] == h && t.foldedEquals(k, words, slot * INLINE, len)) {
            return ids[slot];
        }
        int id = scanner.resolveFolded();
        hashes[slot] = h;
        ids[slot] = id;
        lengths[slot] = (byte) len;
        t.foldInto(k, words, slot * INLINE);
        return id;
    }
}
