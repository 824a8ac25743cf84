package io.newsroute.tagger.themes;

import io.newsroute.tagger.text.Tokens;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Every surface word that the theme tagger's stemmer turns into a cue word, with that word's id:
 * "elections", "electing" and "elected" all give the id of the stem of "election". Built once from a
 * frozen {@link TokenDictionary} by generating each cue word's inflections ({@code -s -es -ies -ed
 * -ied -ing}, a final e, a doubled consonant) and keeping those that {@link LightStemmer} brings back
 * to it; so a text token is looked up by the hash the shared tokenizer already computed, without
 * stemming it, and the answer is the same as stemming it and looking the stem up. A 64K-bit filter
 * turns most words away before the table is touched. A word is recognised by its 64-bit hash with its
 * length mixed in, of which the table keeps the top 52 bits or more (the rest of each slot holds the
 * id, so a probe reads one long), without comparing characters: a word that is not a cue word matches
 * a stored one by chance about once in 10^15 lookups, and a collision could only be made on purpose
 * by someone who writes the article, who can as easily write the cue word itself, so a character
 * check buys nothing.
 * Immutable; safe to share.
 */
final class SurfaceLexicon {

    private static final int FILTER_BITS = 1 << 16;
    private static final String[] ENDINGS = {"", "s", "es", "e", "ed", "ing", "ings", "eds", "d", "ds"};

    private final long[] filter = new long[FILTER_BITS / 64];
    /**
     * Open addressing, one long per slot: the high bits of the word's hash (its length mixed in, see
     * {@link Tokens#hash}), and in the low {@link #idMask} bits the id + 1 (so no slot in use is 0). Half
     * a megabyte for the bundled taxonomy: the probe of a cue word reads one long.
     */
    private final long[] table;
    private final long idMask;
    private final int mask;
    private final int size;

    SurfaceLexicon(TokenDictionary dict) {
        java.util.Map<String, Integer> byWord = new java.util.LinkedHashMap<>();
        for (int id = 0; id < dict.size(); id++) {
            for (String w : inflections(dict.word(id))) {
                if (w.length() <= TokenScanner.MAX_TOKEN && id == resolve(dict, w)) {
                    byWord.putIfAbsent(w, id);
                }
            }
        }
        Set<String> surfaces = byWord.keySet();
        int slots = Integer.highestOneBit(Math.max(16, surfaces.size() * 2)) * 2;
        table = new long[slots];
        mask = slots - 1;
        idMask = (1L << Math.max(12, 64 - Long.numberOfLeadingZeros(dict.size() + 1L))) - 1;
        for (String w : surfaces) {
            long h = Tokens.hashFolded(w);
            int bit = filterBit(h);
            filter[bit >>> 6] |= 1L << bit;
            int slot = home(h);
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = (h & ~idMask) | (byWord.get(w) + 1);
        }
        size = surfaces.size();
    }

    /** Number of surface words known. */
    int size() {
        return size;
    }

    /** The cue word id of token {@code k} of {@code t} (one token, no apostrophe), or -1. */
    int id(Tokens t, int k) {
        long h = t.hash(k);
        int bit = filterBit(h);
        if ((filter[bit >>> 6] & (1L << bit)) == 0) {
            return -1;
        }
        long[] tab = table;
        long high = h & ~idMask;
        int slot = home(h);
        while (true) {
            long here = tab[slot];
            if ((here & ~idMask) == high) {
                return (int) (here & idMask) - 1;
            } else if (here == 0) {
                return -1;
            }
            slot = (slot + 1) & mask;
        }
    }

    /**
     * Candidate surface forms of a stem: the stem with each ending, and the same after giving back a
     * final e, doubling the final consonant, or turning a final y into i. Any candidate the stemmer
     * does not bring back to the stem is dropped by the caller.
     */
    static Set<String> inflections(String stem) {
        Set<String> bases = new LinkedHashSet<>();
        bases.add(stem);
        bases.add(stem + "e");
        int n = stem.length();
        if (n > 0) {
            char last = stem.charAt(n - 1);
            bases.add(stem + last);
            if (last == 'e') {
                bases.add(stem.substring(0, n - 1));
            }
            if (last == 'y') {
                bases.add(stem.substring(0, n - 1) + "i");
            }
        }
        Set<String> out = new LinkedHashSet<>();
        for (String b : bases) {
            for (String e : ENDINGS) {
                out.add(b + e);
            }
        }
        return out;
    }

    /** The id the stemming path gives a folded word (the reference this table must agree with). */
    static int resolve(TokenDictionary dict, String folded) {
        char[] b = new char[TokenScanner.MAX_TOKEN + 1];
        int len = folded.length();
        if (len > TokenScanner.MAX_TOKEN) {
            return -1;
        }
        folded.getChars(0, len, b, 0);
        return TokenScanner.resolve(dict, b, len);
    }

    private int home(long h) {
        return (int) ((h * 0x9E3779B97F4A7C15L) >>> 40) & mask;
    }

    private static int filterBit(long h) {
        return (int) (h >>> 48);
    }
}
