package io.newsroute.tagger.countries;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsroute.tagger.text.Tokens;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Checks the fast gazetteer lookup ({@link Gazetteer#longestAt}: n-gram hashes, an open-addressing
 * table with prefix slots, a bit filter on first tokens) against a reference matcher that does the
 * obvious thing: it reads {@code gazetteer.tsv} itself, keeps every key as its list of folded token
 * strings, and at each token compares the text's folded tokens with every key that starts with that
 * token, keeping the longest that is equal to the letter.
 *
 * <p>The layer compared is "the longest key starting at each token" (its length and its rows), for
 * every token of the text. That is where an exact comparison is meaningful: it is a pure function of
 * the gazetteer and the folded tokens, whereas the mentions {@link MentionFinder} finally reports also
 * pass case, person-name and sentence-opener rules that a reference would only copy. Both sides read
 * the same {@link Tokens} (the tokenizer has tests of its own); the reference never touches a hash.
 *
 * <p>The texts are generated with fixed seeds from the gazetteer's own names (in every script it
 * has: Latin with accents, Cyrillic, Arabic, Chinese and Japanese written without spaces), a quarter of
 * them among the 200 names of the most tokens, cut-off multi-word names (prefixes of longer keys),
 * changed case and filler words.
 */
class GazetteerReferenceTest {

    private static final int TEXTS = 600;
    private static final String[] FILLER = {
        "the", "said", "in", "of", "and", "new", "north", "south", "city", "die", "und", "le", "la", "de", "el", "в",
        "и", "في", "和", "的", "在", "は", "の", "。", ",", ".", ";", "-", "'s", "\n", "«", "»", "2024", "U.S.", "St."
    };

    private static Gazetteer fast;
    private static Reference reference;

    private static synchronized void load() throws IOException {
        if (fast == null) {
            fast = Gazetteer.load();
            reference = new Reference(readRows());
        }
    }

    @Test
    void shouldFindTheSameLongestKeyAtEveryTokenAsTheReferenceMatcher() throws IOException {
        load();
        Random random = new Random(18L);
        List<String> mismatches = new ArrayList<>();
        int found = 0;
        int multiToken = 0;
        for (int n = 0; n < TEXTS; n++) {
            String text = text(random);
            Tokens t = new Tokens(text);
            List<String> folded = new ArrayList<>();
            for (int k = 0; k < t.count(); k++) {
                folded.add(t.folded(k));
            }
            for (int i = 0; i < t.count(); i++) {
                Gazetteer.Entry got = fast.longestAt(t, i);
                Reference.Key want = reference.longestAt(folded, i);
                String gotText = got == null ? "none" : got.tokens() + " " + Arrays.asList(got.places());
                String wantText = want == null ? "none" : want.tokens().size() + " " + want.places();
                if (!gotText.equals(wantText)) {
                    mismatches.add(
                            "text " + n + " token " + i + " (" + folded.subList(i, Math.min(i + 4, folded.size()))
                                    + "): fast " + gotText + ", reference " + wantText + "\n  in: " + text);
                }
                found += want == null ? 0 : 1;
                multiToken += want != null && want.tokens().size() > 1 ? 1 : 0;
            }
        }
        assertThat(mismatches)
                .as("lookups where the fast gazetteer and the reference differ")
                .isEmpty();
        assertThat(found).as("keys found: the generated texts must name places").isGreaterThan(TEXTS * 3);
        assertThat(multiToken).as("multi-token keys found").isGreaterThan(TEXTS / 2);
    }

    /** A text of names (as written, in capitals or lower case, cut short, glued to CJK text) and filler. */
    private static String text(Random random) {
        StringBuilder b = new StringBuilder();
        int chunks = 6 + random.nextInt(14);
        for (int c = 0; c < chunks; c++) {
            if (random.nextInt(5) < 2) {
                b.append(FILLER[random.nextInt(FILLER.length)]);
            } else {
                b.append(name(random));
            }
            b.append(random.nextInt(6) == 0 ? "" : " "); // sometimes no space: CJK runs, "Paris," ...
        }
        return b.toString();
    }

    private static String name(Random random) {
        List<Place> rows = random.nextInt(4) == 0 ? reference.longest : reference.rows;
        String surface = rows.get(random.nextInt(rows.size())).surface();
        switch (random.nextInt(6)) {
            case 0:
                return surface.toUpperCase(Locale.ROOT);
            case 1:
                return surface.toLowerCase(Locale.ROOT);
            case 2: // the first words of a longer name: a prefix slot, not a key
                String[] words = surface.split(" ");
                return String.join(" ", Arrays.copyOf(words, Math.max(1, words.length - 1)));
            case 3: // the start of a name written without spaces (Chinese, Japanese)
                return surface.substring(0, Math.max(1, surface.length() - 1));
            default:
                return surface;
        }
    }

    private static List<Place> readRows() throws IOException {
        List<Place> rows = new ArrayList<>();
        try (InputStream in = Gazetteer.class.getResourceAsStream("gazetteer.tsv")) {
            assertThat(in).as("gazetteer.tsv on the classpath").isNotNull();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(Place.parse(line));
                }
            }
        }
        return rows;
    }

    /** The reference matcher: keys as lists of folded token strings, compared to the letter. */
    private static final class Reference {

        record Key(List<String> tokens, List<Place> places) {}

        final List<Place> rows;
        /** The rows of the most tokens (the table's longest runs of probes). */
        final List<Place> longest;
        /** Every key, by its first folded token. */
        private final Map<String, List<Key>> byFirstToken = new HashMap<>();

        Reference(List<Place> rows) {
            this.rows = rows;
            this.longest = rows.stream()
                    .sorted(Comparator.comparingInt((Place p) -> new Tokens(p.surface()).count())
                            .reversed())
                    .limit(200)
                    .toList();
            Map<List<String>, List<Place>> byKey = new LinkedHashMap<>();
            for (Place p : rows) {
                Tokens t = new Tokens(p.surface());
                List<String> key = new ArrayList<>();
                for (int k = 0; k < t.count(); k++) {
                    key.add(t.folded(k));
                }
                if (!key.isEmpty()) {
                    byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
                }
            }
            byKey.forEach((tokens, places) -> byFirstToken
                    .computeIfAbsent(tokens.get(0), k -> new ArrayList<>())
                    .add(new Key(tokens, places)));
        }

        /** The longest key whose tokens are the text's tokens from {@code start} on, or null. */
        Key longestAt(List<String> text, int start) {
            Key best = null;
            for (Key key : byFirstToken.getOrDefault(text.get(start), List.of())) {
                int end = start + key.tokens().size();
                if (end <= text.size()
                        && text.subList(start, end).equals(key.tokens())
                        && (best == null || key.tokens().size() > best.tokens().size())) {
                    best = key;
                }
            }
            return best;
        }
    }
}
