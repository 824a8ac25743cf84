package io.newsroute.tagger.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsroute.common.model.ThemeTag;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cue lines per language ({@code cue@de}): parsed, validated, stemmed in their language, used only for it. */
class LanguageCuesTest {

    private static final String FILE = """
            theme medtop:15000000 sport
            cue 2: football, coach
            cue@de 2: Fußball, Trainer, Nationalmannschaft
            cue@fr 2: football, entraîneur, équipe nationale
            not@fr 1: jeu vidéo

            theme medtop:04000000 economy, business and finance
            cue 2: economy, inflation
            cue@de 2: Wirtschaft, Inflation, Zentralbank
            cue@es 2: economía, inflación, banco central
            """;

    private static ThemeTagger tagger() throws IOException {
        return new ThemeTagger(Taxonomy.read(new BufferedReader(new StringReader(FILE)), "test.txt"));
    }

    private static List<String> tops(List<ThemeTag> tags) {
        return tags.stream().map(ThemeTag::code).toList();
    }

    @Test
    void shouldParseTheLanguageOfEachCueLine() throws IOException {
        Taxonomy t = Taxonomy.read(new BufferedReader(new StringReader(FILE)), "test.txt");
        ThemeDefinition sport = t.theme("medtop:15000000").orElseThrow();
        assertThat(sport.cues())
                .extracting(Cue::language)
                .containsExactly("en", "en", "de", "de", "de", "fr", "fr", "fr", "fr");
        assertThat(sport.cues().get(8).negative()).isTrue();
    }

    @Test
    void shouldTagAnArticleWithTheCuesOfItsLanguageStemmedAsThatLanguageInflects() throws IOException {
        ThemeTagger tagger = tagger();
        assertThat(tops(tagger.tag("Der neue Trainer der Nationalmannschaft", null, "Die Trainern und Fußballs", "de")))
                .containsExactly("medtop:15000000");
        assertThat(tops(tagger.tag("Les entraîneurs de l'équipe nationale", null, null, "fr")))
                .containsExactly("medtop:15000000");
        assertThat(tops(tagger.tag("La inflación y el banco central", null, "La economía crece.", "es")))
                .containsExactly("medtop:04000000");
    }

    @Test
    void shouldNotReadEnglishCuesInAnotherLanguageNorAnyCuesInALanguageWithout() throws IOException {
        ThemeTagger tagger = tagger();
        assertThat(tagger.tag("Football coach football coach", null, null, "de"))
                .isEmpty();
        assertThat(tagger.tag("Calcio: l'allenatore della nazionale", null, null, "it"))
                .isEmpty();
        assertThat(tagger.tag("Fußball Trainer", null, null, "ja")).isEmpty();
        assertThat(tops(tagger.tag("Football coach", null, null))).containsExactly("medtop:15000000");
        assertThat(tagger.languages()).containsExactly("en", "fr", "de", "es");
    }

    @Test
    void shouldRejectAnUnknownCueLanguageAndDuplicatesWithinALanguageOnly() {
        assertThatThrownBy(() -> Taxonomy.read(new BufferedReader(new StringReader("""
                theme medtop:15000000 sport
                cue@xx 1: Fußball
                cue@de 1: Tore, Tor
                cue@fr 1: Tor
                """)), "bad.txt"))
                .isInstanceOf(ThemeFileException.class)
                .satisfies(
                        e -> assertThat(((ThemeFileException) e).problems())
                                .containsExactly(
                                        "bad.txt:2: unknown cue language 'xx' (cues can be written in en, fr, de, es, pt, it, as in 'cue@de 2: Bundesliga')",
                                        "bad.txt:3: duplicate cue 'Tor' in theme medtop:15000000 (same words as a cue on line 3)"));
    }
}
