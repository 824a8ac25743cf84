package io.newsroute.tagger.countries;

import io.newsroute.tagger.text.Tokens;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one-character country abbreviations of Chinese and Japanese news ("日米" Japan and the US, "中美"
 * China and the US, "俄乌" Russia and Ukraine), which name countries only in pairs and triples: reads
 * {@code abbreviations.tsv} once, and adds a {@link Match} per character of such a run in one field.
 * A lone character ("日" day, "中" middle, "美" beautiful) is never read. Immutable; thread-safe.
 */
final class CjkAbbreviations {

    private static final String RESOURCE = "abbreviations.tsv";
    /** Chinese characters after which a run may start: particles and conjunctions. */
    private static final String ZH_BEFORE = "的和与與在对對就为為是及了将將把被同跟向从從由";

    private static final int MAX_RUN = 3;

    /** Per language: the abbreviation characters, and the place each stands for (a dozen or so: a scan is quickest). */
    private final Map<String, char[]> chars = new HashMap<>();

    private final Map<String, Place[]> places = new HashMap<>();
    /** Per language: runs that are words, not countries ("朝日", "中美洲"). */
    private final Map<String, Set<String>> stops = new HashMap<>();

    CjkAbbreviations() {
        try (InputStream in = CjkAbbreviations.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    read(line.split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private void read(String[] f) {
        if (f[1].equals("-")) {
            stops.computeIfAbsent(f[0], k -> new HashSet<>()).add(f[2]);
        } else {
            Place p = new Place(f[1], f[2], PlaceKind.ALIAS, 0, false, false, false, false, false, f[0]);
            char[] c = chars.getOrDefault(f[0], new char[0]);
            Place[] ps = places.getOrDefault(f[0], new Place[0]);
            c = Arrays.copyOf(c, c.length + 1);
            ps = Arrays.copyOf(ps, ps.length + 1);
            c[c.length - 1] = f[1].charAt(0);
            ps[ps.length - 1] = p;
            chars.put(f[0], c);
            places.put(f[0], ps);
        }
    }

    /**
     * Adds to {@code out} a match for each character of each abbreviation run in {@code t} that none of
     * {@code taken} (the field's name matches, from index {@code from}) covers; keeps {@code out} in
     * text order from {@code from} on.
     */
    void find(
            Tokens t, String field, Match.Position position, int leadEnd, String language, List<Match> out, int from) {
        char[] table = chars.get(language);
        if (table == null) {
            return;
        }
        Place[] byIndex = places.get(language);
        int n = t.count();
        boolean added = false;
        for (int i = 0; i < n; i++) {
            int len = runAt(t, i, table, language);
            if (len < 2 || covered(t, i, i + len - 1, out, from) || stopped(t, i, len, language)) {
                continue;
            }
            for (int k = i; k < i + len; k++) {
                Place p = byIndex[indexOf(table, t.charAt(t.start(k)))];
                Match.Position pos =
                        position == Match.Position.BODY && t.start(k) < leadEnd ? Match.Position.LEAD : position;
                out.add(new Match(t, field, k, k, pos, new Place[] {p}, null));
            }
            added = true;
            i += len - 1;
        }
        if (added) {
            out.subList(from, out.size()).sort((a, b) -> Integer.compare(a.firstToken, b.firstToken));
        }
    }

    /** The length of the run of different abbreviation characters starting at token {@code i}, or 0. */
    private static int indexOf(char[] table, char c) {
        for (int k = 0; k < table.length; k++) {
            if (table[k] == c) {
                return k;
            }
        }
        return -1;
    }

    private static int runAt(Tokens t, int i, char[] table, String language) {
        if (!single(t, i) || indexOf(table, t.charAt(t.start(i))) < 0 || !startsRun(t, i, language)) {
            return 0;
        }
        int len = 1;
        while (i + len < t.count()
                && len < MAX_RUN + 1
                && single(t, i + len)
                && t.start(i + len) == t.end(i + len - 1)
                && indexOf(table, t.charAt(t.start(i + len))) >= 0) {
            for (int k = i; k < i + len; k++) {
                if (t.charAt(t.start(k)) == t.charAt(t.start(i + len))) {
                    return 0; // "日日": not two countries
                }
            }
            len++;
        }
        return len > MAX_RUN ? 0 : len;
    }

    private static boolean single(Tokens t, int k) {
        return t.end(k) - t.start(k) == 1 && t.has(k, Tokens.UNCASED);
    }

    /** The character before the run is not a Han character (Japanese), or is a particle (Chinese). */
    private static boolean startsRun(Tokens t, int i, String language) {
        int at = t.start(i);
        if (at == 0) {
            return true;
        }
        char before = t.charAt(at - 1);
        boolean han = Tokens.isSolo(before) && !(before >= 0x3040 && before <= 0x30ff); // a Han character, not kana
        return !han || language.equals("zh") && ZH_BEFORE.indexOf(before) >= 0;
    }

    private static boolean covered(Tokens t, int first, int last, List<Match> out, int from) {
        for (int m = from; m < out.size(); m++) {
            Match x = out.get(m);
            if (x.tokens == t && x.firstToken <= last && x.lastToken >= first) {
                return true;
            }
        }
        return false;
    }

    /** The run, or the run and the character after it, is a word of the language ("朝日", "中美洲"). */
    private boolean stopped(Tokens t, int i, int len, String language) {
        Set<String> words = stops.get(language);
        if (words == null) {
            return false;
        }
        int start = t.start(i);
        int end = t.end(i + len - 1);
        String run = t.text().substring(start, end);
        String longer = end < t.text().length() ? run + t.text().charAt(end) : run;
        for (String w : words) {
            if (run.startsWith(w) || w.startsWith(run) && longer.startsWith(w)) {
                return true;
            }
        }
        return false;
    }
}
