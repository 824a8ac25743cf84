package io.newsroute.tagger.themes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A {@link Taxonomy} compiled for matching: every cue phrase becomes an array of token ids, indexed by
 * its LAST token so that a single left-to-right pass can test, at each token, only the phrases that
 * end there. Also holds the hierarchy as index arrays (defined ancestors of each theme, top-level slot
 * of each theme). Reads the taxonomy once; immutable afterwards and safe to share between threads.
 */
final class CueIndex {

    final TokenDictionary dict = new TokenDictionary();
    /** The language of the cues compiled here. */
    final CueLanguage language;
    /**
     * Every inflected form of the cue words, looked up straight from the tokenizer's hash (English);
     * null for the other languages, whose words are stemmed as they are read.
     */
    final SurfaceLexicon lexicon;

    final ThemeDefinition[] themes;
    /**
     * For each theme: its own node, then the nodes of its defined ancestors, ending with the node of
     * its top level. Nodes {@code 0..themes.length-1} are the themes; a top level that the taxonomy
     * does not define gets an extra node after them.
     */
    final int[][] selfAndAncestors;
    /** Number of nodes (themes plus undefined top levels). */
    final int nodes;
    /** For each theme: the slot of its top-level in {@link #topCodes}. */
    final int[] topSlot;

    final String[] topCodes;
    final String[] topLabels;
    /** For each top-level slot: its node. */
    final int[] topNode;
    /** True when the theme is itself a top level. */
    final boolean[] isTop;
    /** For each theme: the place of its code in code order (the report's tie-break). */
    private final int[] themeCodeRank;

    final int[][] phraseTokens;
    /**
     * For each phrase, the nodes its match feeds: every target theme and its ancestors, each node
     * once with the largest weight among the targets below it (positive entries first), then the
     * negative entries of its {@code not} targets (their weight summed along the chain). Flat, for
     * the matching loop: phrase {@code p}'s entries are {@code feedFrom[p]..feedFrom[p + 1]} of
     * {@link #feedNode} (a {@link CueLayout#feedEntry feed entry}: the node, marked where it is itself
     * a target theme of the phrase) and {@link #feedWeight}.
     */
    final int[] feedFrom;

    final int[] feedNode;
    final double[] feedWeight;

    /**
     * The phrases ending with each token id, longest first, packed in one array for the matching
     * loop: those ending with id {@code i} sit in {@code endingAt[endsFrom[i]..endsFrom[i + 1])}, each
     * an entry as {@link CueLayout} lays it out and reads it. One flat array: the loop touches no
     * per-id object.
     */
    final int[] endingAt;

    final int[] endsFrom;
    /** Where the one-word phrases ending with each id start in {@link #endingAt} (they come last). */
    final int[] singlesFrom;
    /**
     * For each id, a bit for each word that comes right before it in one of its longer phrases (bit
     * {@code id & 63} of that word): when the cue word before a token has no bit, none of the longer
     * phrases can match there and only the one-word phrases are checked.
     */
    final long[] wordBefore;

    /** The theme cues of one distinct token sequence: its tokens, and each target as {theme, signed weight}. */
    private record PhraseCues(List<String> tokens, List<double[]> targets) {}

    /** The phrases ending with each token id, packed (see {@link #endingAt}). */
    private record PackedEndings(int[] endingAt, int[] endsFrom, int[] singlesFrom, long[] wordBefore) {}

    /**
     * Rank in code order of a report candidate: a theme's index, or {@code -1 - slot} for a top level
     * (the slots are in code order already). Only candidates of the same kind are compared.
     */
    int codeRank(int candidate) {
        return candidate < 0 ? -1 - candidate : themeCodeRank[candidate];
    }

    /** The English cues of {@code taxonomy}. */
    CueIndex(Taxonomy taxonomy) {
        this(taxonomy, CueLanguage.EN);
    }

    /** The cues of {@code taxonomy} written in {@code language}. */
    CueIndex(Taxonomy taxonomy, CueLanguage language) {
        this.language = language;
        IptcVocabulary vocabulary = taxonomy.vocabulary();
        themes = taxonomy.themes().toArray(new ThemeDefinition[0]);
        int n = themes.length;
        Map<String, Integer> indexOf = new HashMap<>();
        for (int i = 0; i < n; i++) {
            indexOf.put(themes[i].code(), i);
        }
        topCodes = topCodes(themes);
        topLabels = topLabels(topCodes, vocabulary);
        topNode = topNodes(topCodes, indexOf, n);
        nodes = n + (int) Arrays.stream(topNode).filter(node -> node >= n).count();
        themeCodeRank = codeRanks(themes);
        topSlot = new int[n];
        isTop = new boolean[n];
        selfAndAncestors = new int[n][];
        Map<String, Integer> slotOf = new HashMap<>();
        for (int s = 0; s < topCodes.length; s++) {
            slotOf.put(topCodes[s], s);
        }
        for (int i = 0; i < n; i++) {
            IptcTopic t = themes[i].topic();
            topSlot[i] = slotOf.get(t.top());
            isTop[i] = t.isTopLevel();
            selfAndAncestors[i] = selfAndAncestors(i, indexOf, vocabulary);
        }

        Map<String, PhraseCues> phrases = phrases(themes, language);
        int p = phrases.size();
        phraseTokens = new int[p][];
        feedFrom = new int[p + 1];
        List<Integer> feedNodes = new ArrayList<>();
        List<Double> feedWeights = new ArrayList<>();
        int k = 0;
        for (PhraseCues phrase : phrases.values()) {
            phraseTokens[k] = phrase.tokens().stream().mapToInt(dict::intern).toArray();
            feedFrom[k] = feedNodes.size();
            flatten(phrase.targets(), feedNodes, feedWeights);
            k++;
        }
        feedFrom[p] = feedNodes.size();
        feedNode = feedNodes.stream().mapToInt(Integer::intValue).toArray();
        feedWeight = feedWeights.stream().mapToDouble(Double::doubleValue).toArray();
        dict.freeze();
        lexicon = language == CueLanguage.EN ? new SurfaceLexicon(dict) : null;
        PackedEndings packed = packEndings(phraseTokens, dict.size());
        endingAt = packed.endingAt();
        endsFrom = packed.endsFrom();
        singlesFrom = packed.singlesFrom();
        wordBefore = packed.wordBefore();
    }

    /** The top-level codes of the themes, in code order (a top level's slot is its place here). */
    private static String[] topCodes(ThemeDefinition[] themes) {
        TreeSet<String> tops = new TreeSet<>();
        for (ThemeDefinition t : themes) {
            tops.add(t.topic().top());
        }
        return tops.toArray(new String[0]);
    }

    /** The label of each top level: the vocabulary's, or its code when the vocabulary lacks it. */
    private static String[] topLabels(String[] topCodes, IptcVocabulary vocabulary) {
        String[] labels = new String[topCodes.length];
        for (int s = 0; s < topCodes.length; s++) {
            String code = topCodes[s];
            labels[s] = vocabulary.byCode(code).map(IptcTopic::label).orElse(code);
        }
        return labels;
    }

    /** The node of each top level: its theme's, or a new node after the themes when none defines it. */
    private static int[] topNodes(String[] topCodes, Map<String, Integer> indexOf, int themeCount) {
        int[] node = new int[topCodes.length];
        int extra = themeCount;
        for (int s = 0; s < topCodes.length; s++) {
            Integer defined = indexOf.get(topCodes[s]);
            node[s] = defined != null ? defined : extra++;
        }
        return node;
    }

    /** For each theme, the place of its code in code order. */
    private static int[] codeRanks(ThemeDefinition[] themes) {
        int n = themes.length;
        Integer[] byCode = new Integer[n];
        for (int i = 0; i < n; i++) {
            byCode[i] = i;
        }
        Arrays.sort(byCode, Comparator.comparing(i -> themes[i].code()));
        int[] rank = new int[n];
        for (int r = 0; r < n; r++) {
            rank[byCode[r]] = r;
        }
        return rank;
    }

    /** Theme {@code i}'s node, the nodes of its defined ancestors, then its top level's node. */
    private int[] selfAndAncestors(int i, Map<String, Integer> indexOf, IptcVocabulary vocabulary) {
        List<Integer> chain = new ArrayList<>();
        chain.add(i);
        String parent = themes[i].topic().parent();
        for (int depth = 0; parent != null && depth < 16; depth++) {
            Integer a = indexOf.get(parent);
            if (a != null) {
                chain.add(a);
            }
            parent = vocabulary.byCode(parent).map(IptcTopic::parent).orElse(null);
        }
        if (!chain.contains(topNode[topSlot[i]])) {
            chain.add(topNode[topSlot[i]]);
        }
        return chain.stream().mapToInt(Integer::intValue).toArray();
    }

    /** One entry per distinct token sequence of the cues in {@code language}, shared by all themes that cue it. */
    private static Map<String, PhraseCues> phrases(ThemeDefinition[] themes, CueLanguage language) {
        Map<String, PhraseCues> phrases = new LinkedHashMap<>();
        for (int i = 0; i < themes.length; i++) {
            for (Cue c : themes[i].cues()) {
                if (!c.language().equals(language.code)) {
                    continue;
                }
                List<String> toks = TokenScanner.normalize(c.phrase(), language);
                phrases.computeIfAbsent(String.join(" ", toks), key -> new PhraseCues(toks, new ArrayList<>()))
                        .targets()
                        .add(new double[] {i, c.negative() ? -c.weight() : c.weight()});
            }
        }
        return phrases;
    }

    private void flatten(List<double[]> targets, List<Integer> nodesOut, List<Double> weightsOut) {
        Map<Integer, Double> positive = new LinkedHashMap<>();
        Map<Integer, Double> negative = new LinkedHashMap<>();
        Set<Integer> direct = new HashSet<>();
        for (double[] tw : targets) {
            int t = (int) tw[0];
            double w = tw[1];
            direct.add(t);
            for (int a : selfAndAncestors[t]) {
                if (w > 0) {
                    positive.merge(a, w, Math::max);
                } else {
                    negative.merge(a, w, Double::sum);
                }
            }
        }
        for (Map<Integer, Double> m : List.of(positive, negative)) {
            for (Map.Entry<Integer, Double> e : m.entrySet()) {
                nodesOut.add(CueLayout.feedEntry(e.getKey(), direct.contains(e.getKey())));
                weightsOut.add(e.getValue());
            }
        }
    }

    /** The phrases ending with each of the {@code ids} token ids, longest first (see {@link #endingAt}). */
    private static PackedEndings packEndings(int[][] phraseTokens, int ids) {
        List<List<Integer>> byLast = new ArrayList<>();
        for (int i = 0; i < ids; i++) {
            byLast.add(null);
        }
        for (int q = 0; q < phraseTokens.length; q++) {
            int id = phraseTokens[q][phraseTokens[q].length - 1];
            if (byLast.get(id) == null) {
                byLast.set(id, new ArrayList<>());
            }
            byLast.get(id).add(q);
        }
        List<Integer> packed = new ArrayList<>();
        int[] endsFrom = new int[ids + 1];
        int[] singlesFrom = new int[ids];
        long[] wordBefore = new long[ids];
        for (int i = 0; i < ids; i++) {
            endsFrom[i] = packed.size();
            singlesFrom[i] = packed.size();
            if (byLast.get(i) == null) {
                continue;
            }
            // longest phrases first: at one token, a node takes evidence from the longest match only
            int[] longestFirst = byLast.get(i).stream()
                    .sorted((a, b) -> Integer.compare(phraseTokens[b].length, phraseTokens[a].length))
                    .mapToInt(Integer::intValue)
                    .toArray();
            for (int q : longestFirst) {
                int[] toks = phraseTokens[q];
                CueLayout.appendEntry(packed, q, toks);
                if (toks.length > 1) {
                    wordBefore[i] |= 1L << toks[toks.length - 2];
                    singlesFrom[i] = packed.size();
                }
            }
        }
        endsFrom[ids] = packed.size();
        return new PackedEndings(
                packed.stream().mapToInt(Integer::intValue).toArray(), endsFrom, singlesFrom, wordBefore);
    }
}
