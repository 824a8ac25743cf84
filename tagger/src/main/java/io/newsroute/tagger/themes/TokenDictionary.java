package io.newsroute.tagger.themes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Maps normalized token strings to dense ids, and looks a token up straight from a {@code char[]}
 * buffer without allocating. Filled once while a taxonomy is compiled, then read-only (safe to
 * share between threads). Open addressing with linear probing at most half full; each slot keeps
 * the full hash, so most probes are decided without touching characters, and a 64K-bit filter turns
 * away most words that are no cue's word before any probing. The hash is FNV-1a ({@link #hash}).
 */
final class TokenDictionary {

    /** FNV-1a offset basis: the hash of the empty token. */
    static final int SEED = 0x811c9dc5;

    private static final int FILTER_BITS = 1 << 16;

    private final List<String> words = new ArrayList<>();
    private long[] filter;
    /** Ids of words of one to three letters a-z, indexed by {@link #shortCode}; -1 where none. */
    private int[] shortIds;
    /**
     * Slots of four ints side by side (one cache line holds four slots): id + 1 (0 = empty), the
     * word's hash, where its characters start in {@link #pool}, and its length.
     */
    private int[] slots = new int[256 * 4];

    private char[] pool = new char[1024];
    private int poolSize;
    private boolean frozen;

    /** Id of {@code word}, adding it if new (only before {@link #freeze()}). */
    int intern(String word) {
        char[] w = word.toCharArray();
        int found = lookup(w, w.length);
        if (found >= 0) {
            return found;
        }
        if (frozen) {
            throw new IllegalStateException("dictionary is frozen");
        }
        if ((words.size() + 1) * 2 > slots.length / 4) {
            grow();
        }
        int id = words.size();
        words.add(word);
        if (poolSize + w.length > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + w.length));
        }
        System.arraycopy(w, 0, pool, poolSize, w.length);
        put(id, hash(w, w.length), poolSize, w.length);
        poolSize += w.length;
        return id;
    }

    void freeze() {
        frozen = true;
        long[] f = new long[FILTER_BITS / 64];
        for (String w : words) {
            int bit = filterBit(hash(w.toCharArray(), w.length()));
            f[bit >>> 6] |= 1L << bit;
        }
        filter = f;
        int[] sh = new int[1 << 15];
        Arrays.fill(sh, -1);
        for (int id = 0; id < words.size(); id++) {
            char[] w = words.get(id).toCharArray();
            int code = shortCode(w, w.length);
            if (code >= 0) {
                sh[code] = id;
            }
        }
        shortIds = sh;
    }

    /** A dense code for a token of one to three letters a-z, or -1 for any other token. */
    static int shortCode(char[] b, int n) {
        if (n > 3) {
            return -1;
        }
        int code = 0;
        for (int j = 0; j < n; j++) {
            int c = b[j] - 'a';
            if (c < 0 || c >= 26) {
                return -1;
            }
            code = (code << 5) | (c + 1);
        }
        return code;
    }

    /** Id of a short token by its {@link #shortCode} (not -1), once frozen; -1 when unknown. */
    int lookupShort(int code) {
        return shortIds[code];
    }

    boolean isFrozen() {
        return frozen;
    }

    int size() {
        return words.size();
    }

    String word(int id) {
        return words.get(id);
    }

    /** Id of the token {@code b[0..n)}, or -1. */
    int lookup(char[] b, int n) {
        return lookup(b, n, hash(b, n));
    }

    /** Id of the token {@code b[0..n)} whose {@link #hash} is {@code h}, or -1. */
    int lookup(char[] b, int n, int h) {
        long[] f = filter;
        if (f != null) {
            int bit = filterBit(h);
            if ((f[bit >>> 6] & (1L << bit)) == 0) {
                return -1;
            }
        }
        int[] sl = slots;
        int mask = sl.length / 4 - 1;
        int i = mix(h) & mask;
        while (true) {
            int at = i << 2;
            int id = sl[at];
            if (id == 0) {
                return -1;
            }
            if (sl[at + 1] == h && sl[at + 3] == n && same(sl[at + 2], b, n)) {
                return id - 1;
            }
            i = (i + 1) & mask;
        }
    }

    private void put(int id, int h, int start, int length) {
        int mask = slots.length / 4 - 1;
        int i = mix(h) & mask;
        while (slots[i << 2] != 0) {
            i = (i + 1) & mask;
        }
        int at = i << 2;
        slots[at] = id + 1;
        slots[at + 1] = h;
        slots[at + 2] = start;
        slots[at + 3] = length;
    }

    private void grow() {
        int[] old = slots;
        slots = new int[old.length * 2];
        for (int at = 0; at < old.length; at += 4) {
            if (old[at] != 0) {
                put(old[at] - 1, old[at + 1], old[at + 2], old[at + 3]);
            }
        }
    }

    private boolean same(int start, char[] b, int n) {
        char[] p = pool;
        for (int j = 0; j < n; j++) {
            if (p[start + j] != b[j]) {
                return false;
            }
        }
        return true;
    }

    /** One FNV-1a step: the hash of a token extended by {@code c}. */
    static int step(int h, char c) {
        return (h ^ c) * 0x01000193;
    }

    static int hash(char[] b, int n) {
        int h = SEED;
        for (int j = 0; j < n; j++) {
            h = step(h, b[j]);
        }
        return h;
    }

    private static int mix(int h) {
        return h ^ (h >>> 16);
    }

    private static int filterBit(int h) {
        return ((h ^ (h >>> 15)) * 0x9E3779B1) >>> 16;
    }
}
