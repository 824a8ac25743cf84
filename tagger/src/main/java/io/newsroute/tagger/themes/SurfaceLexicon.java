package io.newsroute.tagger.themes;

import io.newsroute.tagger.text.Tokens;
import io.newsroute.tagger.text.WordKey;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Every surface word that the theme tagger's stemmer turns into a cue word, with that word's id:
 * "elections", "electing" and "elected" all give the id of the stem of "election". Built once from a
 * frozen {@link TokenDictionary} by generating each cue word's inflections ({@code -s -es -ies -ed
 * -ied -ing}, a final e, a doubled consonant) and keeping those that {@link LightStemmer} brings back
 * to it; so a text token is looked up by its {@link WordKey}, which the shared tokenizer already computed, without
 * stemming it, and the answer is the same as stemming it and looking the stem up. A word is
 * recognised by its 64-bit key (the same key the gazetteer uses), of which the table keeps the top 52 bits or
 * more (the rest of each slot holds the id, so a probe reads one long), without comparing characters:
 * a word that is not a cue word matches a stored one by chance about once in 10^15 lookups, and a
 * collision could only be made on purpose by someone who writes the article, who can as easily write
 * the cue word itself, so a character check buys nothing.
 *
 * <p>The table is a cuckoo hash: each word lives in one of two slots that its hash names, so a lookup
 * reads both and picks the matching one with arithmetic, not branches. Half the words of an article
 * are cue words, in no order a processor could predict, so a branch on "is it one?" (as a filter in
 * front of the table would need) would be mispredicted about once every other word.
 * Immutable; safe to share.
 */
final class SurfaceLexicon {

    private static final String[] ENDINGS = {"", "s", "es", "e", "ed", "ing", "ings", "eds", "d", "ds"};

    /**
     * Two-choice cuckoo table, one long per slot: the high bits of the word's key (its length mixed
     * in, see {@link WordKey}), and in the low {@link #idMask} bits the id + 1 (so no slot in use is
     * 0). At most a third full; half a megabyte for the bundled taxonomy.
     */
    private final long[] table;

    private final long idMask;
    private final int mask;
    private final int size;

    SurfaceLexicon(TokenDictionary dict) {
        Map<String, Integer> byWord = new LinkedHashMap<>();
        for (int id = 0; id < dict.size(); id++) {
            for (String w : inflections(dict.word(id))) {
                if (w.length() <= TokenScanner.MAX_TOKEN && id == resolve(dict, w)) {
                    byWord.putIfAbsent(w, id);
                }
            }
        }
        Set<String> surfaces = byWord.keySet();
        idMask = (1L << Math.max(12, 64 - Long.numberOfLeadingZeros(dict.size() + 1L))) - 1;
        long[] hashes = new long[surfaces.size()];
        long[] entries = new long[hashes.length];
        int i = 0;
        for (String w : surfaces) {
            hashes[i] = WordKey.ofFolded(w);
            entries[i] = (hashes[i] & ~idMask) | (byWord.get(w) + 1);
            i++;
        }
        int slots = Integer.highestOneBit(Math.max(16, hashes.length * 3 - 1)) * 2;
        long[] built;
        while ((built = cuckoo(hashes, entries, slots)) == null) {
            slots *= 2; // a cycle of evictions: more room (never seen at a third full)
        }
        table = built;
        mask = slots - 1;
        size = surfaces.size();
    }

    /** Number of surface words known. */
    int size() {
        return size;
    }

    /** The cue word id of token {@code k} of {@code t} (one token, no apostrophe), or -1. */
    int id(Tokens t, int k) {
        long h = WordKey.of(t, k);
        long high = h & ~idMask;
        long a = table[first(h, mask)];
        long b = table[second(h, mask)];
        long missA = (a & ~idMask) ^ high; // 0 when slot a holds the word
        long missB = (b & ~idMask) ^ high;
        long keepA = ~((missA | -missA) >> 63); // all ones when missA is 0, else 0
        long keepB = ~((missB | -missB) >> 63);
        return (int) ((a & keepA | b & keepB) & idMask) - 1; // an empty slot (0) gives -1 too
    }

    /**
     * Places each entry in one of its two slots, moving the one it displaces to its other slot, and so
     * on; null when that goes round in circles (then the caller tries a larger table).
     */
    private static long[] cuckoo(long[] hashes, long[] entries, int slots) {
        int m = slots - 1;
        long[] tab = new long[slots];
        int[] owner = new int[slots]; // index + 1 of the word in each slot
        for (int w = 0; w < hashes.length; w++) {
            int word = w;
            int slot = first(hashes[word], m);
            for (int moves = 0; ; moves++) {
                if (owner[slot] == 0) {
                    break;
                }
                if (moves > 1000) {
                    return null;
                }
                int out = owner[slot] - 1;
                owner[slot] = word + 1;
                tab[slot] = entries[word];
                word = out;
                int f = first(hashes[word], m);
                slot = slot == f ? second(hashes[word], m) : f;
            }
            owner[slot] = word + 1;
            tab[slot] = entries[word];
        }
        return tab;
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

    private static int first(long h, int mask) {
        return (int) ((h * 0x9E3779B97F4A7C15L) >>> 40) & mask;
    }

    private static int second(long h, int mask) {
        return (int) ((h * 0xC6A4A7935BD1E995L) >>> 40) & mask;
    }
}
