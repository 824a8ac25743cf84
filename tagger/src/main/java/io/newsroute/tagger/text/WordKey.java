package io.newsroute.tagger.text;

/**
 * The key by which the taggers' tables recognise a word, and a run of words, without comparing
 * characters: the gazetteer (country names, keyed by runs of words) and the theme tagger's surface
 * lexicon (cue words) are both built with these methods and looked up with them from the {@link Tokens}
 * of a text, so what a table stores and what the text yields are the same key by construction.
 *
 * <p>A word's key is the 64-bit FNV-1a hash of its folded characters with its length mixed in, which
 * {@link Tokens} computes once per token as it scans; two different words share a key by chance about
 * once in 10^19. A run's key combines its words' keys in order, starting from {@link #EMPTY_RUN}.
 * Reads and writes nothing: static functions over longs, free on the hot path.
 */
public final class WordKey {

    /** The key of a run of no words, which {@link #extend} starts from. */
    public static final long EMPTY_RUN = 0L;

    private WordKey() {}

    /** The key of token {@code token} of {@code tokens}. */
    public static long of(Tokens tokens, int token) {
        return tokens.hash(token);
    }

    /** The key of a word whose folded characters ({@link Tokens#fold}) are {@code folded}: equal to {@link #of} for such a token. */
    public static long ofFolded(CharSequence folded) {
        return Tokens.hashFolded(folded);
    }

    /** The key of run {@code run} followed by the word whose key is {@code word}. */
    public static long extend(long run, long word) {
        return Tokens.combine(run, word);
    }

    /** The key of the run of tokens {@code first..last} of {@code tokens}. */
    public static long ofRun(Tokens tokens, int first, int last) {
        long key = EMPTY_RUN;
        for (int k = first; k <= last; k++) {
            key = extend(key, of(tokens, k));
        }
        return key;
    }
}
