package io.newsroute.tagger.themes;

import io.newsroute.common.model.Mention;
import io.newsroute.common.model.ThemeTag;
import io.newsroute.tagger.text.ArticleTokens;
import io.newsroute.tagger.text.Tokens;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Tags an article with IPTC Media Topics. Reads an article's title, subtitle and body; returns the
 * themes, best first, each with a score in 0..1, its top-level qcode and the matched cue phrases as
 * evidence. The cues come from a {@link Taxonomy} (the bundled {@code themes.txt} or a user file).
 *
 * <p>Each field is read once, from the {@link Tokens} it shares with the country tagger: each token's
 * hash is looked up in the {@link SurfaceLexicon} (every inflection of every cue word), and the cue
 * phrases ending at a cue word are checked against the cue words before it. A match adds its
 * weight times a position weight (title &gt; subtitle &gt; lead &gt; tail), damped for repeats, to
 * its theme. Scores add up the hierarchy; the top levels that carry most of the evidence are kept
 * (at most {@value #MAX_TOPS}), each reported as a theme of its own, with their specific themes.
 * Plain Java: thread-safe (each thread reuses its own scratch arrays), deterministic, and linear in
 * the input length.
 */
public final class ThemeTagger {

    static final double TITLE_WEIGHT = 3.0;
    static final double SUBTITLE_WEIGHT = 2.0;
    static final double LEAD_WEIGHT = 1.5;
    static final double BODY_WEIGHT = 1.0;
    static final double TAIL_WEIGHT = 0.7;
    static final int LEAD_CHARS = 500;
    static final int TAIL_FROM = 3000;

    /** Field names as in {@link Mention#field()}, and their weights (0: by offset, see bodyWeight). */
    private static final String[] FIELDS = {"title", "subtitle", "body"};

    private static final double[] FIELD_WEIGHTS = {TITLE_WEIGHT, SUBTITLE_WEIGHT, 0.0};

    /** Slots of the per-thread cache of stemmed words, for languages without a surface lexicon. */
    private static final int STEM_CACHE = 4096;

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
    /** Evidence kept per theme: its first matches, each of a different cue phrase. */
    static final int MAX_EVIDENCE = 3;
    /** Evidence that gives a score of 0.5. */
    static final double HALF_SCORE = 4.0;
    /** A phrase's tokens may not be spread wider than this many characters per token. */
    static final int MAX_CHARS_PER_TOKEN = 40;

    private static final class Holder {
        static final ThemeTagger STANDARD = new ThemeTagger(Taxonomy.standard());
    }

    private final Taxonomy taxonomy;
    /** The compiled cues of each language that has any, by {@link CueLanguage#ordinal()}; null for the others. */
    private final CueIndex[] indexes = new CueIndex[CueLanguage.values().length];
    /** One reusable set of accumulators per thread and language: tagging allocates little besides its result. */
    private final ThreadLocal<Run[]> runs = ThreadLocal.withInitial(() -> new Run[CueLanguage.values().length]);

    /** A tagger for the given taxonomy. */
    public ThemeTagger(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
        for (CueLanguage language : CueLanguage.values()) {
            boolean any = language == CueLanguage.EN
                    || taxonomy.themes().stream().anyMatch(t -> t.cues().stream()
                            .anyMatch(c -> c.language().equals(language.code)));
            if (any) {
                indexes[language.ordinal()] = new CueIndex(taxonomy, language);
            }
        }
    }

    /** The languages (ISO 639-1) this tagger has cues in. */
    public List<String> languages() {
        List<String> out = new ArrayList<>();
        for (CueLanguage l : CueLanguage.values()) {
            if (indexes[l.ordinal()] != null) {
                out.add(l.code);
            }
        }
        return out;
    }

    /** This thread's accumulators for {@code language}, or null when the taxonomy has no cues in it. */
    private Run run(CueLanguage language) {
        if (language == null || indexes[language.ordinal()] == null) {
            return null;
        }
        Run[] mine = runs.get();
        Run r = mine[language.ordinal()];
        if (r == null) {
            r = new Run(indexes[language.ordinal()]);
            mine[language.ordinal()] = r;
        }
        return r;
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

    /**
     * Accumulators of one call. Each thread reuses its own (see {@link #runs}); {@link #reset()} clears
     * only what the previous call touched, so a call costs nothing per phrase of the taxonomy.
     */
    private static final class Run {
        /** The compiled taxonomy (never the tagger: a thread's Run must not keep its tagger alive). */
        private final CueIndex index;
        /** Evidence per node: its own cues and its descendants', each match counted once per node. */
        final double[] agg;
        /** Evidence from a theme's own cues only. */
        final double[] own;

        final int[] seen;
        /** Per phrase: the weight of its repeats not yet added to its nodes (see {@link #addRepeats}). */
        final double[] repeats;
        /** Per phrase: a match of it has ended at the same word as another match. */
        final boolean[] shared;

        final int[] lastToken;
        /** Up to {@link #MAX_EVIDENCE} mentions per node, allocated on first use. */
        final int[][] evidence;

        final int[] evidenceCount;
        /** Matches kept as evidence (offsets and field), turned into Mentions only for the result. */
        int[] hitStart = new int[64];

        int[] hitEnd = new int[64];
        int[] hitField = new int[64];
        /** The phrase each kept match is of: a node's evidence lists each phrase once. */
        int[] hitPhrase = new int[64];

        Mention[] hitMention = new Mention[64];
        int hitCount;
        final String[] fieldText = new String[FIELDS.length];
        /** Number of the current cue word across fields and calls, from 1 (0 in lastToken means never). */
        int tokenNo;
        /** Resolves the rare words joined by an apostrophe ("don't"), and every word of a language without a lexicon, by stemming. */
        final TokenScanner scanner;
        /** {@link #stemmed}'s cache: token hash, and cue word id + 2 (0: empty). Allocated only for such languages. */
        final long[] stemKeys;

        final int[] stemIds;
        /** Tokens of title, subtitle and body for {@link #tag(String, String, String)}. */
        final ArticleTokens fields = new ArticleTokens();
        /** Scratch of {@link #result()}: evidence per top level, the kept ones, and the candidates. */
        final double[] topAgg;

        final boolean[] keepTop;
        /** A theme's index, or -1 - slot for a top level; with its score rounded as ThemeTag rounds it. */
        final int[] candidate;

        final double[] candidateScore;
        /** The text of each phrase's last evidence, reused while a phrase is written the same way. */
        final String[] phraseText;
        /**
         * The cue words of the field being scanned, in order: id, first and last token; then, for the
         * phrase checks, the token a word right after it would start at, and its first token again, or
         * -2 when a break stands before it (so that no word before it is ever "right before" it).
         */
        int[] cueIds = new int[0];

        int[] cueFirst = new int[0];
        int[] cueLast = new int[0];
        int[] cueNext = new int[0];
        int[] cueJoin = new int[0];
        /** Matches of the field being scanned, in order: phrase, offsets, and the cue word they end at. */
        int[] pendingPhrase = new int[64];

        int[] pendingStart = new int[64];
        int[] pendingEnd = new int[64];
        int[] pendingToken = new int[64];
        int pendingCount;
        /** Phrases whose {@link #seen} count is not zero. */
        int[] touched = new int[64];

        int touchedCount;

        Run(CueIndex index) {
            this.index = index;
            this.scanner = new TokenScanner(index.language);
            this.stemKeys = index.lexicon == null ? new long[STEM_CACHE] : null;
            this.stemIds = index.lexicon == null ? new int[STEM_CACHE] : null;
            agg = new double[index.nodes];
            own = new double[index.themes.length];
            seen = new int[index.phraseTokens.length];
            repeats = new double[seen.length];
            shared = new boolean[seen.length];
            phraseText = new String[index.phraseTokens.length];
            lastToken = new int[index.nodes];
            evidence = new int[index.nodes][];
            evidenceCount = new int[index.nodes];
            topAgg = new double[index.topCodes.length];
            keepTop = new boolean[index.topCodes.length];
            candidate = new int[index.themes.length + index.topCodes.length];
            candidateScore = new double[candidate.length];
        }

        void reset() {
            Arrays.fill(agg, 0.0);
            Arrays.fill(own, 0.0);
            Arrays.fill(evidenceCount, 0);
            Arrays.fill(hitMention, 0, hitCount, null);
            hitCount = 0;
            Arrays.fill(fieldText, null);
            for (int i = 0; i < touchedCount; i++) {
                int phrase = touched[i];
                seen[phrase] = 0;
                repeats[phrase] = 0;
                shared[phrase] = false;
            }
            touchedCount = 0;
            if (tokenNo > Integer.MAX_VALUE / 2) { // stamps must keep growing: restart them, rarely
                Arrays.fill(lastToken, 0);
                tokenNo = 0;
            }
        }

        /**
         * Reads the words of one field in two passes, then counts its matches. The first looks every word up in the surface
         * lexicon (two table reads) and lists the cue words (id &ge; 0), branching on neither; the
         * second checks the phrases ending at each cue word against the cue words
         * before it: a phrase matches when its words are the last cue words, each right after the one
         * before (a possessive s may stand between) and with no sentence or paragraph break inside.
         */
        void scan(Tokens t, int field) {
            int n = t.count();
            if (n == 0) {
                return;
            }
            fieldText[field] = t.text();
            ensureCueCapacity(n);
            int m = listCueWords(t, n);
            matchPhrases(t, n, m);
            countPending(field, FIELD_WEIGHTS[field]);
        }

        private void ensureCueCapacity(int n) {
            if (cueFirst.length < n) {
                cueIds = new int[n];
                cueFirst = new int[n];
                cueLast = new int[n];
                cueNext = new int[n];
                cueJoin = new int[n];
            }
        }

        /**
         * Pass 1: the cue words of the field, in a loop with no branch on whether a word is one; fills
         * {@link #cueIds}, {@link #cueFirst} and {@link #cueLast} and returns how many there are.
         */
        private int listCueWords(Tokens t, int n) {
            SurfaceLexicon lexicon = index.lexicon;
            int[] cueIds = this.cueIds;
            int[] cueFirst = this.cueFirst;
            int[] cueLast = this.cueLast;
            int m = 0;
            boolean join = index.language.joinsApostrophes;
            for (int k = 0; k < n; k++) {
                if (join && t.has(k, Tokens.APOSTROPHE_BEFORE)) {
                    continue; // part of the word before, or a possessive s
                }
                int last = k;
                int id;
                if (join && k + 1 < n && t.has(k + 1, Tokens.APOSTROPHE_BEFORE)) {
                    last = TokenScanner.lastTokenOfWord(t, k);
                    id = scanner.resolve(index.dict, t, k, last);
                } else if (lexicon != null) {
                    id = lexicon.id(t, k);
                } else {
                    id = stemmed(t, k); // a language whose words are stemmed as read
                }
                cueIds[m] = id;
                cueFirst[m] = k;
                cueLast[m] = last;
                m += ~id >>> 31; // kept when id >= 0
                k = last;
            }
            return m;
        }

        /** Pass 2: the phrases ending at each of the {@code m} cue words, checked against the cue words before it. */
        private void matchPhrases(Tokens t, int n, int m) {
            int[] cueIds = this.cueIds;
            int[] cueNext = this.cueNext;
            int[] cueJoin = this.cueJoin;
            int[] endsFrom = index.endsFrom;
            int[] singlesFrom = index.singlesFrom;
            long[] wordBefore = index.wordBefore;
            boolean join = index.language.joinsApostrophes;
            for (int i = 0; i < m; i++) {
                int id = cueIds[i];
                int k = cueFirst[i];
                int last = cueLast[i];
                int after = last + 1;
                if (join && after < n && TokenScanner.isPossessiveS(t, after)) {
                    after++; // "Japan's economy": the words stay adjacent
                }
                cueNext[i] = after;
                cueJoin[i] = t.has(k, Tokens.BREAK_BEFORE) ? -2 : k;
                tokenNo++;
                int from = endsFrom[id];
                int stop = endsFrom[id + 1];
                if (from < singlesFrom[id]
                        && (i == 0 || cueNext[i - 1] != cueJoin[i] || (wordBefore[id] >>> cueIds[i - 1] & 1) == 0)) {
                    from = singlesFrom[id]; // the word before ends none of the longer phrases here
                }
                if (from < stop) {
                    matchEndingAt(t, i, from, stop);
                }
            }
        }

        /** Notes each phrase of the entries {@code from..stop} of {@link CueIndex#endingAt} that ends at cue word {@code i}. */
        private void matchEndingAt(Tokens t, int i, int from, int stop) {
            int[] entries = index.endingAt;
            int end = t.end(cueLast[i]);
            for (int e = from; e < stop; e = CueLayout.nextEntry(entries, e)) {
                int len = CueLayout.length(entries, e);
                if (len > i + 1 || !follows(entries, e, i, len)) {
                    continue;
                }
                int start = t.start(cueFirst[i - len + 1]);
                if (end - start > MAX_CHARS_PER_TOKEN * len) {
                    continue;
                }
                pend(CueLayout.phrase(entries, e), start, end);
            }
        }

        /**
         * Whether the cue words before cue word {@code i} are the other words of the entry's phrase,
         * each right after the one before it.
         */
        private boolean follows(int[] entries, int e, int i, int len) {
            for (int back = 1; back < len; back++) {
                if (cueIds[i - back] != CueLayout.tokenBefore(entries, e, back)
                        || cueNext[i - back] != cueJoin[i - back + 1]) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Pass 3: counts the field's matches, in order. A repeat of a phrase alone at its word only
         * notes its weight (see {@link #addRepeats}); the others feed their nodes now.
         */
        private void countPending(int field, double fieldWeight) {
            int[] pendingToken = this.pendingToken;
            int count = pendingCount;
            for (int i = 0; i < count; i++) {
                int phrase = pendingPhrase[i];
                int token = pendingToken[i];
                boolean alone =
                        (i == 0 || pendingToken[i - 1] != token) && (i + 1 == count || pendingToken[i + 1] != token);
                int k = seen[phrase];
                if (alone && k > 0 && !shared[phrase]) {
                    // a repeat, alone at its token, of a phrase never met beside another: it adds no
                    // evidence and no other match can cover it, so only its weight is noted
                    seen[phrase] = ++k;
                    int start = pendingStart[i];
                    repeats[phrase] += (fieldWeight > 0 ? fieldWeight : bodyWeight(start)) / k;
                } else {
                    shared[phrase] |= !alone;
                    hit(phrase, field, fieldWeight, pendingStart[i], pendingEnd[i], token);
                }
            }
            pendingCount = 0;
        }

        /**
         * The phrase matches of one text, as the scan finds them before any is counted: each as
         * {phrase, start offset, end offset}, in text order. For the check against a reference matcher.
         */
        List<int[]> matchesOf(Tokens t) {
            reset();
            List<int[]> out = new ArrayList<>();
            int n = t.count();
            if (n == 0) {
                return out;
            }
            ensureCueCapacity(n);
            matchPhrases(t, n, listCueWords(t, n));
            for (int i = 0; i < pendingCount; i++) {
                out.add(new int[] {pendingPhrase[i], pendingStart[i], pendingEnd[i]});
            }
            pendingCount = 0;
            return out;
        }

        /**
         * Adds the repeats' weights, summed per phrase during the scan, to the nodes the phrase feeds:
         * one walk of the phrase's nodes instead of one per repeat.
         */
        void addRepeats() {
            int[] feedFrom = index.feedFrom;
            int[] feedNode = index.feedNode;
            double[] feedWeight = index.feedWeight;
            for (int i = 0; i < touchedCount; i++) {
                int phrase = touched[i];
                double sum = repeats[phrase];
                if (sum == 0) {
                    continue;
                }
                for (int j = feedFrom[phrase], stop = feedFrom[phrase + 1]; j < stop; j++) {
                    int entry = feedNode[j];
                    int a = CueLayout.node(entry);
                    double w = feedWeight[j] * sum;
                    agg[a] += w;
                    if (CueLayout.isDirect(entry)) {
                        own[a] += w;
                    }
                }
            }
        }

        /**
         * The cue word id of token {@code k} in a language without a surface lexicon: stemmed once per
         * distinct word and kept in a small direct-mapped cache keyed by the token's hash (most words of
         * an article are words it has used before), so a repeat costs one array read instead of a stem.
         */
        private int stemmed(Tokens t, int k) {
            long h = t.hash(k);
            int slot = (int) (h ^ (h >>> 29)) & (STEM_CACHE - 1);
            int cached = stemIds[slot];
            if (cached != 0 && stemKeys[slot] == h) {
                return cached - 2;
            }
            int id = scanner.resolve(index.dict, t, k, k);
            stemKeys[slot] = h;
            stemIds[slot] = id + 2;
            return id;
        }

        /** Notes a match, to be counted once the field's scan is over (a tight loop of its own). */
        private void pend(int phrase, int start, int end) {
            if (pendingCount == pendingPhrase.length) {
                int cap = pendingCount * 2;
                pendingPhrase = Arrays.copyOf(pendingPhrase, cap);
                pendingStart = Arrays.copyOf(pendingStart, cap);
                pendingEnd = Arrays.copyOf(pendingEnd, cap);
                pendingToken = Arrays.copyOf(pendingToken, cap);
            }
            pendingPhrase[pendingCount] = phrase;
            pendingStart[pendingCount] = start;
            pendingEnd[pendingCount] = end;
            pendingToken[pendingCount] = tokenNo;
            pendingCount++;
        }

        private void hit(int phrase, int field, double fieldWeight, int start, int end, int token) {
            int k = ++seen[phrase];
            if (k == 1) {
                if (touchedCount == touched.length) {
                    touched = Arrays.copyOf(touched, touchedCount * 2);
                }
                touched[touchedCount++] = phrase;
            }
            double f = (fieldWeight > 0 ? fieldWeight : bodyWeight(start)) / k;
            int[] feedNode = index.feedNode;
            double[] feedWeight = index.feedWeight;
            int kept = -1;
            for (int j = index.feedFrom[phrase], stop = index.feedFrom[phrase + 1]; j < stop; j++) {
                int entry = feedNode[j];
                int a = CueLayout.node(entry);
                double w = feedWeight[j] * f;
                if (w < 0) {
                    agg[a] += w;
                } else if (lastToken[a] == token) {
                    continue; // a longer phrase ending at this token already counted for this node
                } else {
                    agg[a] += w;
                    lastToken[a] = token;
                    if (evidenceCount[a] < MAX_EVIDENCE && !hasEvidence(a, phrase)) {
                        if (kept < 0) {
                            kept = keep(field, start, end, phrase);
                        }
                        add(a, kept);
                    }
                }
                if (CueLayout.isDirect(entry)) {
                    own[a] += w;
                }
            }
        }

        /** Whether the node's evidence already has a match of this phrase (a repeat explains nothing new). */
        private boolean hasEvidence(int node, int phrase) {
            int[] l = evidence[node];
            for (int i = evidenceCount[node] - 1; i >= 0; i--) {
                if (hitPhrase[l[i]] == phrase) {
                    return true;
                }
            }
            return false;
        }

        private int keep(int field, int start, int end, int phrase) {
            if (hitCount == hitStart.length) {
                int cap = hitCount * 2;
                hitStart = Arrays.copyOf(hitStart, cap);
                hitEnd = Arrays.copyOf(hitEnd, cap);
                hitField = Arrays.copyOf(hitField, cap);
                hitPhrase = Arrays.copyOf(hitPhrase, cap);
                hitMention = Arrays.copyOf(hitMention, cap);
            }
            hitStart[hitCount] = start;
            hitEnd[hitCount] = end;
            hitField[hitCount] = field;
            hitPhrase[hitCount] = phrase;
            return hitCount++;
        }

        private void add(int node, int hit) {
            int[] l = evidence[node];
            if (l == null) {
                l = new int[MAX_EVIDENCE];
                evidence[node] = l;
            }
            l[evidenceCount[node]++] = hit;
        }

        private List<Mention> evidenceOf(int node) {
            int[] l = evidence[node];
            switch (evidenceCount[node]) {
                case 0:
                    return List.of();
                case 1:
                    return List.of(mention(l[0]));
                case 2:
                    return List.of(mention(l[0]), mention(l[1]));
                case 3:
                    return List.of(mention(l[0]), mention(l[1]), mention(l[2]));
                default:
                    Mention[] out = new Mention[evidenceCount[node]];
                    for (int i = 0; i < out.length; i++) {
                        out[i] = mention(l[i]);
                    }
                    return List.of(out);
            }
        }

        /**
         * The mention of a kept match, made once per call. Its text reuses the string last made for the
         * same phrase (in any article) when the characters are the same: a phrase is mostly written
         * the same way, so most evidence costs no new string.
         */
        private Mention mention(int h) {
            Mention m = hitMention[h];
            if (m == null) {
                String field = fieldText[hitField[h]];
                int start = hitStart[h];
                int len = hitEnd[h] - start;
                String last = phraseText[hitPhrase[h]];
                String text = last != null && last.length() == len && field.regionMatches(start, last, 0, len)
                        ? last
                        : field.substring(start, start + len);
                phraseText[hitPhrase[h]] = text;
                m = new Mention(text, FIELDS[hitField[h]], start, hitEnd[h]);
                hitMention[h] = m;
            }
            return m;
        }

        /**
         * The themes to report, best first: the kept top levels, and the specific themes under
         * them with enough evidence of their own (at most {@link #MAX_THEMES} in all). Candidates are
         * sorted as indices with their rounded scores, so only the reported tags are built.
         */
        List<ThemeTag> result() {
            double[] topAgg = this.topAgg;
            for (int s = 0; s < topAgg.length; s++) {
                topAgg[s] = Math.max(0.0, agg[index.topNode[s]]);
            }
            boolean[] keepTop = selectTops(topAgg, this.keepTop);
            int n = 0;
            int tops = 0;
            for (int s = 0; s < topAgg.length; s++) {
                if (keepTop[s]) {
                    candidate[n] = -1 - s;
                    candidateScore[n++] = ThemeTag.rounded(score(topAgg[s]));
                    tops++;
                }
            }
            if (tops == 0) {
                return List.of();
            }
            for (int t = 0; t < index.themes.length; t++) {
                if (index.isTop[t] || !keepTop[index.topSlot[t]] || agg[t] < MIN_THEME || own[t] <= 0) {
                    continue;
                }
                candidate[n] = t;
                candidateScore[n++] = ThemeTag.rounded(Math.min(score(agg[t]), score(topAgg[index.topSlot[t]])));
            }
            sortCandidates(n);
            int room = Math.max(0, MAX_THEMES - tops);
            ThemeTag[] out = new ThemeTag[Math.min(n, tops + room)];
            int size = 0;
            int specific = 0;
            for (int i = 0; i < n; i++) {
                int c = candidate[i];
                if (c < 0) {
                    int s = -1 - c;
                    out[size++] = new ThemeTag(
                            index.topCodes[s],
                            index.topLabels[s],
                            index.topCodes[s],
                            candidateScore[i],
                            evidenceOf(index.topNode[s]));
                } else if (specific++ < room) {
                    ThemeDefinition d = index.themes[c];
                    out[size++] = new ThemeTag(d.code(), d.label(), d.topic().top(), candidateScore[i], evidenceOf(c));
                }
            }
            return List.of(out);
        }

        /** Insertion sort of the first n candidates by {@link #before} (a few dozen at most). */
        private void sortCandidates(int n) {
            for (int i = 1; i < n; i++) {
                int c = candidate[i];
                double sc = candidateScore[i];
                int j = i - 1;
                while (j >= 0 && before(c, sc, candidate[j], candidateScore[j])) {
                    candidate[j + 1] = candidate[j];
                    candidateScore[j + 1] = candidateScore[j];
                    j--;
                }
                candidate[j + 1] = c;
                candidateScore[j + 1] = sc;
            }
        }

        /** The report's order: score descending; on a tie a top level first, then by code (total, deterministic). */
        private boolean before(int x, double xScore, int y, double yScore) {
            if (xScore != yScore) {
                return xScore > yScore;
            }
            if ((x < 0) != (y < 0)) {
                return x < 0;
            }
            return index.codeRank(x) < index.codeRank(y);
        }
    }

    /** Marks in {@code keep} (cleared first) the top levels to report; returns it. */
    private static boolean[] selectTops(double[] topAgg, boolean[] keep) {
        Arrays.fill(keep, false);
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

    /** Weight of a body match at {@code offset}: the lead counts more than the tail. */
    static double bodyWeight(int offset) {
        return offset < LEAD_CHARS ? LEAD_WEIGHT : offset < TAIL_FROM ? BODY_WEIGHT : TAIL_WEIGHT;
    }

    /**
     * Tags one article. Any argument may be null or empty.
     *
     * @return themes sorted by score, highest first
     */
    public List<ThemeTag> tag(String title, String subtitle, String body) {
        return tag(title, subtitle, body, "en");
    }

    /**
     * Tags one article written in {@code language} (ISO 639-1; null is taken for English). Any text
     * argument may be null or empty.
     *
     * @return themes sorted by score, highest first; none when the taxonomy has no cues in that language
     */
    public List<ThemeTag> tag(String title, String subtitle, String body, String language) {
        Run run = run(language == null ? CueLanguage.EN : CueLanguage.of(language));
        if (run == null) {
            return List.of();
        }
        ArticleTokens f = run.fields.scan(title, subtitle, body);
        return scan(run, f.title(), f.subtitle(), f.body()).result();
    }

    /**
     * Tags one article from the tokens of its fields (shared with the country tagger, so the text is
     * read once).
     *
     * @return themes sorted by score, highest first
     */
    public List<ThemeTag> tag(ArticleTokens article) {
        String language = article.language();
        Run run = run(language == null ? CueLanguage.EN : CueLanguage.of(language));
        if (run == null) {
            return List.of(); // a language with no cues gets no themes rather than English guesses
        }
        return scan(run, article.title(), article.subtitle(), article.body()).result();
    }

    /** The compiled cues of {@code language}, or null when the taxonomy has none in it (for tests). */
    CueIndex index(CueLanguage language) {
        return indexes[language.ordinal()];
    }

    /**
     * The cue phrase matches of {@code text} read as {@code language}, before any scoring: each as
     * {phrase number in {@link #index}, start, end}, in text order (for the check against a reference matcher).
     */
    List<int[]> phraseMatches(String text, CueLanguage language) {
        Run run = run(language);
        return run == null ? List.of() : run.matchesOf(new Tokens(text));
    }

    private static Run scan(Run run, Tokens title, Tokens subtitle, Tokens body) {
        run.reset();
        run.scan(title, 0);
        run.scan(subtitle, 1);
        run.scan(body, 2);
        run.addRepeats();
        return run;
    }
}
