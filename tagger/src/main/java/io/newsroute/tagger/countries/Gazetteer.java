package io.newsroute.tagger.countries;

import io.newsroute.tagger.text.Tokens;
import io.newsroute.tagger.text.WordKey;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The bundled gazetteer: reads {@code countries.tsv} (code, English short name) and {@code gazetteer.tsv}
 * (surface, code, kind, population, flags) from the classpath once, and answers which places a run of
 * tokens names. Lookups hash token n-grams into an open-addressing table, so matching costs one probe
 * per token for ordinary words. A key is recognised by its {@link WordKey} (the run of its tokens' keys),
 * without comparing characters, as the theme tagger's lexicon does: a different name matches by chance
 * about once in 10^19 lookups. Immutable and thread-safe after construction.
 */
final class Gazetteer {

    private static final String COUNTRIES = "countries.tsv";
    private static final String PLACES = "gazetteer.tsv";

    /** Places sharing one folded key of that many tokens, best default first. */
    record Entry(int tokens, Place[] places) {}

    private final Map<String, String> names;
    private final long[] keys;
    private final int[] values; // index into entries, or -1 when the slot is only a prefix
    private final boolean[] prefix; // some longer key continues from here
    private final Entry[] entries;
    private final int mask;
    private final int shift;
    /** One bit per first-token hash (folded): most words miss here without touching the larger table. */
    private final long[] firstTokens = new long[FIRST_BITS / 64];
    /** The same, for keys of which some row may be written in lower case ({@link Place#lowerCase}). */
    private final long[] firstLowerTokens = new long[FIRST_BITS / 64];

    private static final int FIRST_BITS = 1 << 18;
    final int maxTokens;

    private Gazetteer(Map<String, String> names, Map<String, List<Place>> byKey) {
        this.names = Collections.unmodifiableMap(names);
        int slots = Integer.highestOneBit(Math.max(16, byKey.size() * 3)) * 2;
        keys = new long[slots];
        values = new int[slots];
        prefix = new boolean[slots];
        mask = slots - 1;
        shift = 64 - Integer.numberOfTrailingZeros(slots);
        entries = new Entry[byKey.size()];
        int longest = 1;
        int e = 0;
        for (Map.Entry<String, List<Place>> kv : byKey.entrySet()) {
            Tokens t = new Tokens(kv.getKey());
            if (t.count() == 0) {
                continue;
            }
            long h = WordKey.EMPTY_RUN;
            long first = WordKey.ofRun(t, 0, 0);
            firstTokens[firstBit(first) >>> 6] |= 1L << firstBit(first);
            if (kv.getValue().stream().anyMatch(Place::lowerCase)) {
                firstLowerTokens[firstBit(first) >>> 6] |= 1L << firstBit(first);
            }
            for (int i = 0; i < t.count(); i++) {
                h = WordKey.extend(h, WordKey.of(t, i));
                int slot = claim(h);
                if (i < t.count() - 1) {
                    prefix[slot] = true;
                } else {
                    entries[e] = new Entry(t.count(), kv.getValue().toArray(new Place[0]));
                    values[slot] = e++;
                }
            }
            longest = Math.max(longest, t.count());
        }
        maxTokens = longest;
    }

    private int claim(long h) {
        long k = h == 0 ? 1 : h;
        int slot = home(k);
        while (keys[slot] != 0 && keys[slot] != k) {
            slot = (slot + 1) & mask;
        }
        if (keys[slot] == 0) {
            keys[slot] = k;
            values[slot] = -1;
        }
        return slot;
    }

    /** The first slot to try for a key: the top bits of a multiplicative mix. */
    private int home(long k) {
        return (int) ((k * 0x9E3779B97F4A7C15L) >>> shift);
    }

    private static int firstBit(long h) {
        return (int) (h >>> 40) & (FIRST_BITS - 1);
    }

    /** Whether some key may start with the token whose one-token run key ({@link WordKey#ofRun}) is {@code h}. */
    boolean mayStart(long h) {
        int bit = firstBit(h);
        return (firstTokens[bit >>> 6] & (1L << bit)) != 0;
    }

    /** Whether some key with a row that may be written in lower case may start with that token. */
    boolean mayStartLower(long h) {
        int bit = firstBit(h);
        return (firstLowerTokens[bit >>> 6] & (1L << bit)) != 0;
    }

    /** The slot of a run's {@link WordKey}, or -1 when no key starts with or equals it. */
    int find(long h) {
        long k = h == 0 ? 1 : h;
        int slot = home(k);
        while (true) {
            long here = keys[slot];
            if (here == k) {
                return slot;
            }
            if (here == 0) {
                return -1;
            }
            slot = (slot + 1) & mask;
        }
    }

    /**
     * The longest key that starts at token {@code start} of {@code t} (its {@link Entry#tokens} say how
     * many tokens it covers), or null when none does. One probe per token of the run while the run is
     * a prefix of some key.
     */
    Entry longestAt(Tokens t, int start) {
        long h = WordKey.EMPTY_RUN;
        if (!mayStart(WordKey.extend(h, WordKey.of(t, start)))) {
            return null;
        }
        Entry best = null;
        int limit = Math.min(maxTokens, t.count() - start);
        for (int n = 1; n <= limit; n++) {
            h = WordKey.extend(h, WordKey.of(t, start + n - 1));
            int slot = find(h);
            if (slot < 0) {
                break;
            }
            Entry e = entry(slot);
            if (e != null && e.tokens() == n) {
                best = e;
            }
            if (!isPrefix(slot)) {
                break;
            }
        }
        return best;
    }

    boolean isPrefix(int slot) {
        return prefix[slot];
    }

    /** The entry ending at this slot, or null. */
    Entry entry(int slot) {
        int v = values[slot];
        return v < 0 ? null : entries[v];
    }

    /** English short name of a code, or null when the code is not ISO 3166-1 alpha-2. */
    String name(String code) {
        return names.get(code);
    }

    Map<String, String> names() {
        return names;
    }

    static Gazetteer load() {
        Map<String, String> names = new TreeMap<>();
        for (String line : lines(COUNTRIES)) {
            String[] f = line.split("\t", -1);
            names.put(f[0], f[1]);
        }
        Map<String, List<Place>> byKey = new LinkedHashMap<>();
        for (String line : lines(PLACES)) {
            Place p = Place.parse(line);
            if (!"-".equals(p.code()) && !names.containsKey(p.code())) {
                throw new IllegalStateException("gazetteer row with unknown country code: " + line);
            }
            byKey.computeIfAbsent(foldKey(p.surface()), k -> new ArrayList<>()).add(p);
        }
        return new Gazetteer(names, byKey);
    }

    private static String foldKey(String surface) {
        Tokens t = new Tokens(surface);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < t.count(); i++) {
            b.append(i == 0 ? "" : " ").append(t.folded(i));
        }
        return b.toString();
    }

    private static List<String> lines(String resource) {
        List<String> out = new ArrayList<>();
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(
                        "missing resource " + resource + " next to " + Gazetteer.class.getName());
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return out;
    }
}
