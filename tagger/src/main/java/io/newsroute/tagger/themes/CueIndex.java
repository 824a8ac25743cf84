package io.newsroute.tagger.themes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
     * {@link #feedNode} (the node, plus {@link #DIRECT} where it is itself a target theme of the
     * phrase) and {@link #feedWeight}.
     */
    final int[] feedFrom;
    final int[] feedNode;
    final double[] feedWeight;
    /** Flag in {@link #feedNode}: the node is a target theme of the phrase (its own cue). */
    static final int DIRECT = 1 << 30;

    /**
     * The phrases ending with each token id, longest first, packed in one array for the matching
     * loop: those ending with id {@code i} sit in {@code endingAt[endsFrom[i]..endsFrom[i + 1])}, each
     * as its number, its length L, then its other tokens from the one before the last back to the
     * first (L - 1 ids). One flat array: the loop touches no per-id object.
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

    /**
     * Rank in code order of a report candidate: a theme's index, or {@code -1 - slot} for a top level
     * (the slots are in code order already). Only candidates of the same kind are compared.
     */
    int codeRank(int candidate) {
        return candidate < 0 ? -1 - candidate : themeCodeRank[candidate];
    }

    private void flatten(List<double[]> targets, List<Integer> nodesOut, List<Double> weightsOut) {
        Map<Integer, Double> positive = new LinkedHashMap<>();
        Map<Integer, Double> negative = new LinkedHashMap<>();
        java.util.Set<Integer> direct = new java.util.HashSet<>();
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
                nodesOut.add(e.getKey() | (direct.contains(e.getKey()) ? DIRECT : 0));
                weightsOut.add(e.getValue());
            }
        }
    }

    /** The English cues of {@code taxonomy}. */
    CueIndex(Taxonomy taxonomy) {
        this(taxonomy, CueLanguage.EN);
    }

    /** The cues of {@code taxonomy} written in {@code language}. */
    CueIndex(Taxonomy taxonomy, CueLanguage language) {
        this.language = language;
        List<ThemeDefinition> defs = taxonomy.themes();
        IptcVocabulary vocabulary = taxonomy.vocabulary();
        int n = defs.size();
        themes = defs.toArray(new ThemeDefinition[0]);
        Map<String, Integer> indexOf = new HashMap<>();
        for (int i = 0; i < n; i++) {
            indexOf.put(themes[i].code(), i);
        }
        TreeSet<String> tops = new TreeSet<>();
        for (ThemeDefinition t : themes) {
            tops.add(t.topic().top());
        }
        topCodes = tops.toArray(new String[0]);
        topLabels = new String[topCodes.length];
        Map<String, Integer> slotOf = new HashMap<>();
        for (int s = 0; s < topCodes.length; s++) {
            slotOf.put(topCodes[s], s);
            String code = topCodes[s];
            topLabels[s] = vocabulary.byCode(code).map(IptcTopic::label).orElse(code);
        }
        topNode = new int[topCodes.length];
        int extra = n;
        for (int s = 0; s < topCodes.length; s++) {
            Integer defined = indexOf.get(topCodes[s]);
            topNode[s] = defined != null ? defined : extra++;
        }
        nodes = extra;
        Integer[] byCode = new Integer[n];
        for (int i = 0; i < n; i++) {
            byCode[i] = i;
        }
        java.util.Arrays.sort(byCode, java.util.Comparator.comparing(i -> themes[i].code()));
        themeCodeRank = new int[n];
        for (int r = 0; r < n; r++) {
            themeCodeRank[byCode[r]] = r;
        }
        selfAndAncestors = new int[n][];
        topSlot = new int[n];
        isTop = new boolean[n];
        for (int i = 0; i < n; i++) {
            IptcTopic t = themes[i].topic();
            topSlot[i] = slotOf.get(t.top());
            isTop[i] = t.isTopLevel();
            List<Integer> chain = new ArrayList<>();
            chain.add(i);
            String parent = t.parent();
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
            selfAndAncestors[i] = chain.stream().mapToInt(Integer::intValue).toArray();
        }

        // phrases: one entry per distinct token sequence, shared by all themes that cue it
        Map<String, List<double[]>> targets = new LinkedHashMap<>();
        Map<String, List<String>> tokensOf = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (Cue c : themes[i].cues()) {
                if (!c.language().equals(language.code)) {
                    continue;
                }
                List<String> toks = TokenScanner.normalize(c.phrase(), language);
                String key = String.join(" ", toks);
                tokensOf.putIfAbsent(key, toks);
                targets.computeIfAbsent(key, k -> new ArrayList<>())
                        .add(new double[] {i, c.negative() ? -c.weight() : c.weight()});
            }
        }
        int p = targets.size();
        phraseTokens = new int[p][];
        feedFrom = new int[p + 1];
        List<Integer> feedNodes = new ArrayList<>();
        List<Double> feedWeights = new ArrayList<>();
        int k = 0;
        for (Map.Entry<String, List<double[]>> e : targets.entrySet()) {
            List<String> toks = tokensOf.get(e.getKey());
            int[] ids = new int[toks.size()];
            for (int j = 0; j < ids.length; j++) {
                ids[j] = dict.intern(toks.get(j));
            }
            phraseTokens[k] = ids;
            feedFrom[k] = feedNodes.size();
            flatten(e.getValue(), feedNodes, feedWeights);
            k++;
        }
        feedFrom[p] = feedNodes.size();
        feedNode = feedNodes.stream().mapToInt(Integer::intValue).toArray();
        feedWeight = feedWeights.stream().mapToDouble(Double::doubleValue).toArray();
        dict.freeze();
        lexicon = language == CueLanguage.EN ? new SurfaceLexicon(dict) : null;
        List<List<Integer>> last = new ArrayList<>();
        for (int i = 0; i < dict.size(); i++) {
            last.add(null);
        }
        for (int q = 0; q < p; q++) {
            int id = phraseTokens[q][phraseTokens[q].length - 1];
            if (last.get(id) == null) {
                last.set(id, new ArrayList<>());
            }
            last.get(id).add(q);
        }
        int[][] byLastToken = new int[dict.size()][];
        List<Integer> packed = new ArrayList<>();
        endsFrom = new int[dict.size() + 1];
        singlesFrom = new int[dict.size()];
        wordBefore = new long[dict.size()];
        for (int i = 0; i < dict.size(); i++) {
            endsFrom[i] = packed.size();
            singlesFrom[i] = packed.size();
            List<Integer> l = last.get(i);
            // longest phrases first: at one token, a node takes evidence from the longest match only
            byLastToken[i] = l == null ? null : l.stream()
                    .sorted((a, b) -> Integer.compare(phraseTokens[b].length, phraseTokens[a].length))
                    .mapToInt(Integer::intValue).toArray();
            if (byLastToken[i] != null) {
                for (int q : byLastToken[i]) {
                    int[] toks = phraseTokens[q];
                    if (toks.length > 1) {
                        wordBefore[i] |= 1L << toks[toks.length - 2];
                    }
                    packed.add(q);
                    packed.add(toks.length);
                    for (int j = 1; j < toks.length; j++) {
                        packed.add(toks[toks.length - 1 - j]);
                    }
                    if (toks.length > 1) {
                        singlesFrom[i] = packed.size();
                    }
                }
            }
        }
        endsFrom[dict.size()] = packed.size();
        endingAt = packed.stream().mapToInt(Integer::intValue).toArray();
    }
}
