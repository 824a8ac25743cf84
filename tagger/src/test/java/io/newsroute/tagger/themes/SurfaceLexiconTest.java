package io.newsroute.tagger.themes;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsroute.tagger.text.Tokens;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The surface lexicon gives every word the id that stemming it and looking the stem up gives. */
class SurfaceLexiconTest {

    private static final String[] SUFFIXES = {
        "", "s", "es", "e", "ed", "d", "ing", "ings", "ies", "ied", "y", "er", "ers", "ly", "ness", "ment", "ments",
        "al", "ally", "ion", "ions", "'s", "s'", "ss", "us", "is", "eds", "ses"
    };

    private static CueIndex index;

    @BeforeAll
    static void compile() {
        index = new CueIndex(Taxonomy.standard());
    }

    private static int byStemming(String word) {
        Tokens t = new Tokens(word);
        return new TokenScanner().resolve(index.dict, t, 0, t.count() - 1);
    }

    private static int byLexicon(String word) {
        Tokens t = new Tokens(word);
        return index.lexicon.id(t, 0);
    }

    @Test
    void shouldAgreeWithStemmingOnEveryCueWordWithAnyEnding() {
        Set<String> words = new LinkedHashSet<>();
        for (int id = 0; id < index.dict.size(); id++) {
            String w = index.dict.word(id);
            for (String base : new String[] {w, w + "e", w.isEmpty() ? w : w.substring(0, w.length() - 1)}) {
                for (String s : SUFFIXES) {
                    String word = base + s;
                    if (!word.isEmpty() && !word.contains("'") && new Tokens(word).count() == 1) {
                        words.add(word);
                    }
                }
            }
        }
        assertThat(words).hasSizeGreaterThan(10_000);
        int cueWords = 0;
        for (String word : words) {
            int expected = byStemming(word);
            assertThat(byLexicon(word)).as(word).isEqualTo(expected);
            assertThat(byLexicon(word.toUpperCase(Locale.ROOT))).as(word).isEqualTo(expected);
            cueWords += expected >= 0 ? 1 : 0;
        }
        assertThat(cueWords).isGreaterThan(index.dict.size());
    }

    @Test
    void shouldAgreeWithStemmingOnEveryWordOfTheSeedArticle() throws IOException {
        Path seeds = Path.of("..", "seeds");
        Set<String> words = new LinkedHashSet<>();
        try (var files = Files.list(seeds)) {
            for (Path f : files.toList()) {
                Tokens t = new Tokens(Files.readString(f, StandardCharsets.UTF_8));
                for (int k = 0; k < t.count(); k++) {
                    words.add(t.text().substring(t.start(k), t.end(k)));
                }
            }
        }
        assertThat(words).hasSizeGreaterThan(300);
        long found = words.stream().filter(w -> byStemming(w) >= 0).count();
        for (String word : words) {
            assertThat(byLexicon(word)).as(word).isEqualTo(byStemming(word));
        }
        assertThat(found).isGreaterThan(20);
    }

    @Test
    void shouldFindInflectedFormsAndRejectOtherWords() {
        assertThat(byLexicon("elections")).isEqualTo(byLexicon("election")).isNotNegative();
        assertThat(byLexicon("Voting")).isEqualTo(byLexicon("vote")).isNotNegative();
        assertThat(byLexicon("policies")).isEqualTo(byLexicon("policy")).isNotNegative();
        assertThat(byLexicon("Élection")).isEqualTo(byLexicon("election"));
        assertThat(byLexicon("zzyzx")).isEqualTo(-1);
        assertThat(byLexicon("thequickbrownfoxjumpsoverthelazydogs")).isEqualTo(-1);
    }
}
