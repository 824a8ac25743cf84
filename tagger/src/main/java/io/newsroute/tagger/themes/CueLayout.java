package io.newsroute.tagger.themes;

import java.util.List;

/**
 * The two packed int layouts that {@link CueIndex} writes and {@link ThemeTagger}'s matching loop
 * reads, named here so that neither side decodes them by hand. Static methods over plain int arrays:
 * the loop reads them with no object per entry.
 *
 * <p><b>Phrases ending at a cue word</b> ({@link CueIndex#endingAt}): the entries for one word follow
 * each other; an entry starting at index {@code e} is the phrase's number, its length L, then its other
 * L - 1 token ids from the one before the last back to the first. {@link #nextEntry} steps over it.
 *
 * <p><b>Nodes a phrase feeds</b> ({@link CueIndex#feedNode}): a node number, with the {@link #DIRECT}
 * bit set when the node is itself a target theme of the phrase (so the match is its own cue).
 */
final class CueLayout {

    /** Flag in a feed entry: the node is a target theme of the phrase (its own cue). */
    static final int DIRECT = 1 << 30;

    private CueLayout() {}

    /** The phrase number of the entry starting at {@code entry}. */
    static int phrase(int[] endingAt, int entry) {
        return endingAt[entry];
    }

    /** The number of tokens of the entry's phrase. */
    static int length(int[] endingAt, int entry) {
        return endingAt[entry + 1];
    }

    /** The id of the phrase's token {@code back} places before its last (1 .. length - 1). */
    static int tokenBefore(int[] endingAt, int entry, int back) {
        return endingAt[entry + 1 + back];
    }

    /** Where the entry after the one starting at {@code entry} starts. */
    static int nextEntry(int[] endingAt, int entry) {
        return entry + 1 + length(endingAt, entry);
    }

    /** Appends the entry of phrase {@code phrase}, whose token ids are {@code tokens}, in this layout. */
    static void appendEntry(List<Integer> out, int phrase, int[] tokens) {
        out.add(phrase);
        out.add(tokens.length);
        for (int back = 1; back < tokens.length; back++) {
            out.add(tokens[tokens.length - 1 - back]);
        }
    }

    /** The feed entry of {@code node}; {@code direct} when the node is a target theme of the phrase. */
    static int feedEntry(int node, boolean direct) {
        return node | (direct ? DIRECT : 0);
    }

    /** The node of a feed entry. */
    static int node(int feedEntry) {
        return feedEntry & ~DIRECT;
    }

    /** Whether the feed entry's node is a target theme of the phrase. */
    static boolean isDirect(int feedEntry) {
        return (feedEntry & DIRECT) != 0;
    }
}
