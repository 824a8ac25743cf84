package io.newsroute.tagger.language;

import io.newsroute.tagger.text.Tokens;
import java.util.List;
import java.util.Map;

/**
 * The fast vote of {@link LanguageIdentifier}: counts, over the first tokens of an article, the most
 * frequent function words of each Latin-script language the tagger supports ("the", "der", "les",
 * "los", "dos", "della"; a word that is common in two of them, like "la" or "de", counts for neither),
 * and the tokens written in Cyrillic, Arabic, Han and kana. Reads the hashes
 * the shared tokenizer already computed, so a vote costs about one table read per token. Immutable
 * tables; the counting is done in a caller's array.
 */
final class FunctionWords {

    /** Latin-script languages voted on, in vote-array order; the scripts follow them. */
    static final List<String> LATIN = List.of("en", "fr", "de", "es", "pt", "it");

    static final int CYRILLIC = 6;
    static final int ARABIC = 7;
    static final int HAN = 8;
    static final int KANA = 9;
    static final int SLOTS = 10;

    /** Each language's commonest words, folded (lower case, no accents), from frequency lists of news text. */
    private static final Map<String, String> WORDS = Map.of(
            "en",
                    "the of and to in is that for was on with he it as by at from his said have has are were be this"
                            + " an which their they not but had been its will who would after also more than about",
            "fr",
                    "le la les des du et est une dans pour que qui sur par pas au aux avec ont sont cette ce il elle"
                            + " ils mais leur plus ete selon entre lors apres etait son ses nous sa aussi comme",
            "de",
                    "der die und das ist nicht mit den dem des ein eine einen auf fur sich auch von zu im bei wird"
                            + " wurde hat sind sie es nach aus uber wie oder noch werden haben einer zum zur",
            "es",
                    "el la los las de del y en que es una por con para se su sus al lo como mas pero fue ha este"
                            + " esta sobre entre tambien desde segun dijo ya muy porque",
            "pt",
                    "o os do da dos das em no na nos nas um uma com para por que nao se foi ao mais como pelo pela"
                            + " seu sua ja tambem sobre entre disse ser ele ela e de",
            "it",
                    "il lo la gli le di del della dei delle che e un una per con non sono nel nella alla al ha anche"
                            + " come piu ma questo questa dal dalla essere stato tra fra");

    private final long[] keys;
    private final int[] masks;
    private final int mask;

    FunctionWords() {
        int slots = 1024;
        keys = new long[slots];
        masks = new int[slots];
        mask = slots - 1;
        for (int lang = 0; lang < LATIN.size(); lang++) {
            Tokens t = new Tokens(WORDS.get(LATIN.get(lang)));
            for (int k = 0; k < t.count(); k++) {
                masks[claim(t.hash(k))] |= 1 << lang;
            }
        }
    }

    private int claim(long h) {
        int slot = (int) (h >>> 54) & mask;
        while (keys[slot] != 0 && keys[slot] != h) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = h;
        return slot;
    }

    private int languagesOf(long h) {
        int slot = (int) (h >>> 54) & mask;
        while (true) {
            long k = keys[slot];
            if (k == h) {
                return masks[slot];
            }
            if (k == 0) {
                return 0;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** Adds the votes of the first {@code max} tokens of {@code t} to {@code votes} (length {@link #SLOTS}); returns the tokens read. */
    int vote(Tokens t, int max, int[] votes) {
        int n = Math.min(t.count(), max);
        for (int k = 0; k < n; k++) {
            char c = t.charAt(t.start(k));
            if (c < 0x0400) {
                int m = languagesOf(t.hash(k));
                if (m != 0 && (m & (m - 1)) == 0) { // a word of one language only: "la" or "de" tell nothing
                    votes[Integer.numberOfTrailingZeros(m)]++;
                }
            } else {
                int script = script(c);
                if (script >= 0) {
                    votes[script]++;
                }
            }
        }
        return n;
    }

    /** The vote slot of a token's first character beyond Latin, or -1. */
    static int script(char c) {
        if (c >= 0x0400 && c <= 0x052f) {
            return CYRILLIC;
        }
        if (c >= 0x0600 && c <= 0x06ff
                || c >= 0x0750 && c <= 0x077f
                || c >= 0xfb50 && c <= 0xfdff
                || c >= 0xfe70 && c <= 0xfeff) {
            return ARABIC;
        }
        if (c >= 0x3040 && c <= 0x30ff || c >= 0xff66 && c <= 0xff9f) {
            return KANA;
        }
        if (c >= 0x3400 && c <= 0x4dbf || c >= 0x4e00 && c <= 0x9fff || c >= 0xf900 && c <= 0xfaff) {
            return HAN;
        }
        return -1;
    }
}
