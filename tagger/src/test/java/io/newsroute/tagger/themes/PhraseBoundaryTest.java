package io.newsroute.tagger.themes;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsroute.common.model.Mention;
import io.newsroute.common.model.ThemeTag;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A cue phrase is matched within one sentence: the end of a sentence or paragraph splits it. */
class PhraseBoundaryTest {

    private final ThemeTagger tagger = ThemeTagger.standard();

    private static List<String> evidence(List<ThemeTag> themes) {
        return themes.stream()
                .flatMap(t -> t.evidence().stream())
                .map(Mention::text)
                .toList();
    }

    @Test
    void shouldMatchAPhraseInsideOneSentence() {
        List<ThemeTag> themes = tagger.tag(null, null, "Ministers said the direct flights would start in May.");

        assertThat(evidence(themes)).contains("direct flights");
    }

    @Test
    void shouldNotMatchAPhraseAcrossAParagraphBreak() {
        List<ThemeTag> themes =
                tagger.tag(null, null, "Ministers discussed the plan to go direct.\n\nFlights were delayed.");

        assertThat(evidence(themes)).noneMatch(e -> e.contains("\n"));
        assertThat(evidence(themes)).doesNotContain("direct.\n\nFlights");
    }

    @Test
    void shouldNotMatchAPhraseAcrossASentenceEnd() {
        List<ThemeTag> themes =
                tagger.tag(null, null, "Ministers discussed whether to go direct. Flights were delayed.");

        assertThat(evidence(themes)).noneMatch(e -> e.contains(". "));
    }
}
