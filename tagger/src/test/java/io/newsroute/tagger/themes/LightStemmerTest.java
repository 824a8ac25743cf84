package io.newsroute.tagger.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Inflected forms meet on one stem; short and listed words are left alone. */
class LightStemmerTest {

    private static String stem(String word) {
        List<String> t = TokenScanner.normalize(word);
        assertThat(t).hasSize(1);
        return t.get(0);
    }

    @Test
    void foldsInflections() {
        assertThat(List.of("vote", "votes", "voted", "voting"))
                .extracting(LightStemmerTest::stem)
                .containsOnly(stem("vote"));
        assertThat(List.of("flight", "flights"))
                .extracting(LightStemmerTest::stem)
                .containsOnly(stem("flight"));
        assertThat(List.of("policy", "policies"))
                .extracting(LightStemmerTest::stem)
                .containsOnly(stem("policy"));
        assertThat(List.of("plan", "planned", "planning"))
                .extracting(LightStemmerTest::stem)
                .containsOnly("plan");
        assertThat(List.of("invest", "invested", "investing", "invests"))
                .extracting(LightStemmerTest::stem)
                .containsOnly("invest");
        assertThat(stem("Japan's")).isEqualTo("japan");
        assertThat(stem("Laos’")).isEqualTo("lao");
        assertThat(stem("CYBERSECURITY")).isEqualTo("cybersecurity");
    }

    @Test
    void foldsEsPluralsAndFinalE() {
        assertThat(List.of("match", "matches"))
                .extracting(LightStemmerTest::stem)
                .containsOnly("match");
        assertThat(List.of("tax", "taxes", "taxed"))
                .extracting(LightStemmerTest::stem)
                .containsOnly("tax");
        assertThat(List.of("raise", "raised", "raising", "raises"))
                .extracting(LightStemmerTest::stem)
                .containsOnly(stem("raise"));
        assertThat(List.of("rate", "rates", "rated"))
                .extracting(LightStemmerTest::stem)
                .containsOnly("rate");
        assertThat(List.of("game", "games", "gamed"))
                .extracting(LightStemmerTest::stem)
                .containsOnly("game");
        assertThat(List.of("win", "wins", "winning"))
                .extracting(LightStemmerTest::stem)
                .containsOnly("win");
    }

    @Test
    void shouldNotFoldAWordIntoADifferentCommonWord() {
        assertThat(stem("training")).isEqualTo("training").isNotEqualTo(stem("train"));
        assertThat(stem("plane")).isNotEqualTo(stem("plans"));
        assertThat(stem("boxing")).isNotEqualTo(stem("box"));
        assertThat(stem("gaming")).isNotEqualTo(stem("games"));
        assertThat(stem("housing")).isNotEqualTo(stem("house"));
        assertThat(stem("ratings")).isNotEqualTo(stem("rates"));
        assertThat(stem("mars")).isNotEqualTo(stem("mar"));
    }

    @Test
    void shouldStillFoldTheKeptWordsOwnPlural() {
        assertThat(List.of("plane", "planes"))
                .extracting(LightStemmerTest::stem)
                .containsOnly("plane");
        assertThat(List.of("training", "trainings"))
                .extracting(LightStemmerTest::stem)
                .containsOnly("training");
    }

    @Test
    void shortWordsKeepTheirE() {
        assertThat(stem("pope")).isNotEqualTo(stem("pop"));
        assertThat(stem("care")).isNotEqualTo(stem("car"));
        assertThat(stem("wine")).isNotEqualTo(stem("win"));
        assertThat(stem("note")).isNotEqualTo(stem("not"));
    }

    @Test
    void leavesShortAndListedWordsAlone() {
        assertThat(stem("news")).isEqualTo("news");
        assertThat(stem("aids")).isEqualTo("aids");
        assertThat(stem("uxo")).isEqualTo("uxo");
        assertThat(stem("bus")).isEqualTo("bus");
        assertThat(stem("innings")).isNotEqualTo("in");
        assertThat(stem("sing")).isEqualTo("sing");
    }

    @Test
    void splitsOnHyphensAndPunctuation() {
        assertThat(TokenScanner.normalize("cyber-attack")).containsExactly(stem("cyber"), stem("attack"));
        assertThat(TokenScanner.normalize("U.S. trade")).containsExactly("u", "s", stem("trade"));
        assertThat(TokenScanner.normalize("don't")).containsExactly("dont");
    }
}
