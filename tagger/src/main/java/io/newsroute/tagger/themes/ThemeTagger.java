package io.newsroute.tagger.themes;

import io.newsroute.common.model.Mention;
import io.newsroute.common.model.ThemeTag;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Tags an article with IPTC Media Topics. Reads an article's title, subtitle and body; returns the
 * themes, best first, each with a score in 0..1, its top-level qcode and the matched cue phrases as
 * evidence. The cues come from a {@link Taxonomy} (the bundled {@code themes.txt} or a user file).
 *
 * <p>Each field is scanned once: tokens are folded, stemmed and looked up in a hash table, and the
 * cue phrases ending at each token are checked against the previous tokens. A match adds its
 * weight times a position weight (title &gt; subtitle &gt; lead &gt; tail), damped for repeats, to
 * its theme. Scores add up the hierarchy; the top levels that carry most of the evidence are kept
 * (at most {@value #MAX_TOPS}), each reported as a theme of its own, with their specific themes.
 * Plain Java: immutable, thread-safe, deterministic; linear in the input length.
 */
public final class ThemeTagger {

    static final double TITLE_WEIGHT = 3.0;
    static final double SUBTITLE_WEIGHT = 2.0;
    static final double LEAD_WEIGHT = 1.5;
    static final double BODY_WEIGHT = 1.0;
    static final double TAIL_WEIGHT = 0.7;
    static final int LEAD_CHARS = 500;
    static final int TAIL_FROM = 3000;

    /** Least evidence for any top level to be reported. */
    static final double MIN_TOP = 1.0;
    /** A further top level needs at least this share of the best one's evidence. */
    static final double REL_TOP = 0.2;
    static final int MAX_TOPS = 4;
    /** A further top level with at least this much evidence is kept whatever its share. */
    static final double STRONG_TOP = 6.0;
    /** Least evidence for a specific (non top-level) theme. */
    static final double MIN_THEME = 1.2;
    static final int MAX_THEMES = 24;
    static final int MAX_EVIDENCE = 5;
    /** Evidence that gives a score of 0.5. */
    static final double HALF_SCORE = 4.0;
    /** A phrase's tokens may not be spread wider than this many characters per token. */
    private static final int MAX_CHARS_PER_TOKEN = 40;

    private static final class Holder {
        static final ThemeTagger STANDARD = new ThemeTagger(Taxonomy.standard());
    }

    private final Taxonomy taxonomy;
    private final CueIndex index;

    /** A tagger for the given taxonomy. */
    public ThemeTagger(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
        this.index = new CueIndex(taxonomy);
    }

    /** The tagger with the bundled taxonomy. */
    public static ThemeTagger standard() {
        return Holder.STANDARD;
    }

    /**
     * A tagger for a user theme file (format: see {@link Taxonomy}).
     *
     * @throws ThemeFileException listing every problem when the file is invalid
     * @throws IOException        when it cannot be read
     */
    public static ThemeTagger fromFile(Path file) throws IOException {
        return new ThemeTagger(Taxonomy.fromFile(file));
    }

    /** The taxonomy this tagger emits themes from. */
    public Taxonomy taxonomy() {
        return taxonomy;
    }

    /** Per-call accumulators; never shared between calls. */
    private final class Run {
        /** Evidence per node: its own cues and its descendants', each match counted once per node. */
        final double[] agg = new double[index.nodes];
        /** Evidence from a theme's own cues only. */
        final double[] own = new double[index.themes.length];
        final int[] seen = new int[index.phraseTokens.length];
        final int[] lastToken = new int[index.nodes];
        final int[] lastMatch = new int[index.nodes];
        final double[] lastWeight = new double[index.nodes];
        final List<List<Mention>> evidence = new ArrayList<>(index.nodes);
        int tokenNo;
        int matchNo;

        Run() {
            for (int i = 0; i < index.nodes; i++) {
                evidence.add(null);
            }
            Arrays.fill(lastToken, -1);
        }

        void scan(String text, String field) {
            if (text == null || text.isEmpty()) {
                return;
            }
            TokenScanner sc = new TokenScanner(text, index.dict);
            int[] ringId = new int[CueIndex.RING];
            int[] ringStart = new int[CueIndex.RING];
            int mask = CueIndex.RING - 1;
            int count = 0;
            while (sc.next()) {
                int id = sc.id;
                ringId[count & mask] = id;
                ringStart[count & mask] = sc.start;
                count++;
                tokenNo++;
                if (id < 0) {
                    continue;
                }
                int[] candidates = index.byLastToken[id];
                if (candidates == null) {
                    continue;
                }
                for (int p : candidates) {
                    int[] toks = index.phraseTokens[p];
                    int len = toks.length;
                    if (len > count) {
                        continue;
                    }
                    boolean ok = true;
                    for (int j = 1; j < len && ok; j++) {
                        ok = ringId[(count - 1 - j) & mask] == toks[len - 1 - j];
                    }
                    if (!ok) {
                        continue;
                    }
                    int start = ringStart[(count - len) & mask];
                    if (sc.end - start > MAX_CHARS_PER_TOKEN * len) {
                        continue;
                    }
                    hit(p, text, field, start, sc.end);
                }
            }
        }

        private void hit(int phrase, String text, String field, int start, int end) {
            double f = positionWeight(field, start) / ++seen[phrase];
            int match = ++matchNo;
            int[] ts = index.phraseThemes[phrase];
            double[] ws = index.phraseWeights[phrase];
            Mention m = null;
            for (int j = 0; j < ts.length; j++) {
                int t = ts[j];
                double w = ws[j];
                if (w < 0) {
                    own[t] += w * f;
                    for (int a : index.selfAndAncestors[t]) {
                        agg[a] += w * f;
                    }
                    continue;
                }
                boolean counted = false;
                for (int a : index.selfAndAncestors[t]) {
                    if (lastToken[a] == tokenNo) {
                        if (lastMatch[a] != match || w <= lastWeight[a]) {
                            continue; // a longer phrase ending here, or a stronger target of this one, counted
                        }
                        agg[a] += (w - lastWeight[a]) * f;
                    } else {
                        agg[a] += w * f;
                        lastToken[a] = tokenNo;
                        lastMatch[a] = match;
                    }
                    lastWeight[a] = w;
                    if (m == null) {
                        m = new Mention(text.substring(start, end), field, start, end);
                    }
                    add(a, m);
                    counted |= a == t;
                }
                if (counted) {
                    own[t] += w * f;
                }
            }
        }

        private void add(int node, Mention m) {
            List<Mention> l = evidence.get(node);
            if (l == null) {
                l = new ArrayList<>(MAX_EVIDENCE);
                evidence.set(node, l);
            }
            if (l.size() < MAX_EVIDENCE && !l.contains(m)) {
                l.add(m);
            }
        }

        /** Evidence per top-level qcode, before selection (for tests and tuning). */
        Map<String, Double> topLevelEvidence() {
            Map<String, Double> out = new TreeMap<>();
            for (int s = 0; s < index.topCodes.length; s++) {
                double v = agg[index.topNode[s]];
                if (v > 0) {
                    out.put(index.topCodes[s], v);
                }
            }
            return out;
        }

        List<ThemeTag> result() {
            double[] topAgg = new double[index.topCodes.length];
            for (int s = 0; s < topAgg.length; s++) {
                topAgg[s] = Math.max(0.0, agg[index.topNode[s]]);
            }
            boolean[] keepTop = selectTops(topAgg);
            List<ThemeTag> out = new ArrayList<>();
            for (int s = 0; s < topAgg.length; s++) {
                if (keepTop[s]) {
                    List<Mention> ev = evidence.get(index.topNode[s]);
                    out.add(new ThemeTag(index.topCodes[s], index.topLabels[s], index.topCodes[s],
                            score(topAgg[s]), ev == null ? List.of() : ev));
                }
            }
            List<ThemeTag> specific = new ArrayList<>();
            for (int t = 0; t < index.themes.length; t++) {
                if (index.isTop[t] || !keepTop[index.topSlot[t]] || agg[t] < MIN_THEME || own[t] <= 0) {
                    continue;
                }
                ThemeDefinition d = index.themes[t];
                List<Mention> ev = evidence.get(t);
                specific.add(new ThemeTag(d.code(), d.label(), d.topic().top(),
                        Math.min(score(agg[t]), score(topAgg[index.topSlot[t]])), ev == null ? List.of() : ev));
            }
            specific.sort(ORDER);
            out.addAll(specific.subList(0, Math.min(specific.size(), Math.max(0, MAX_THEMES - out.size()))));
            out.sort(ORDER);
            return List.copyOf(out);
        }
    }

    private static final Comparator<ThemeTag> ORDER = Comparator
            .comparingDouble(ThemeTag::score).reversed()
            .thenComparing(t -> !t.code().equals(t.top()))
            .thenComparing(ThemeTag::code);

    private static boolean[] selectTops(double[] topAgg) {
        boolean[] keep = new boolean[topAgg.length];
        double best = 0;
        for (double v : topAgg) {
            best = Math.max(best, v);
        }
        if (best < MIN_TOP) {
            return keep;
        }
        double floor = Math.max(MIN_TOP, REL_TOP * best);
        for (int kept = 0; kept < MAX_TOPS; kept++) {
            int pick = -1;
            for (int s = 0; s < topAgg.length; s++) {
                boolean enough = topAgg[s] >= floor || topAgg[s] >= STRONG_TOP;
                if (!keep[s] && enough && (pick < 0 || topAgg[s] > topAgg[pick])) {
                    pick = s;
                }
            }
            if (pick < 0) {
                break;
            }
            keep[pick] = true;
        }
        return keep;
    }

    private static double score(double evidence) {
        return evidence / (evidence + HALF_SCORE);
    }

    static double positionWeight(String field, int offset) {
        switch (field) {
            case "title":
                return TITLE_WEIGHT;
            case "subtitle":
                return SUBTITLE_WEIGHT;
            default:
                return offset < LEAD_CHARS ? LEAD_WEIGHT : offset < TAIL_FROM ? BODY_WEIGHT : TAIL_WEIGHT;
        }
    }

    /**
     * Tags one article. Any argument may be null or empty.
     *
     * @return themes sorted by score, highest first
     */
    public List<ThemeTag> tag(String title, String subtitle, String body) {
        return scan(title, subtitle, body).result();
    }

    /** Evidence per top-level qcode before any selection; for tests and tuning. */
    Map<String, Double> topLevelEvidence(String title, String subtitle, String body) {
        return scan(title, subtitle, body).topLevelEvidence();
    }

    private Run scan(String title, String subtitle, String body) {
        Run run = new Run();
        run.scan(title, "title");
        run.scan(subtitle, "subtitle");
        run.scan(body, "body");
        return run;
    }
}
