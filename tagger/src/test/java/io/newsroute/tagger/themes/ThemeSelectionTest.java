package io.newsroute.tagger.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsroute.common.model.Mention;
import io.newsroute.common.model.ThemeTag;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThemeSelectionTest {

    private static final String ECONOMY_TOP = "medtop:04000000";
    private static final String ECONOMY = "medtop:20000344";
    private static final String POLITICS = "medtop:11000000";
    private static final Taxonomy TAXONOMY = Taxonomy.standard();

    private static final Mention TRADE = new Mention("trade", "body", 10, 15);
    private static final Mention TARIFF = new Mention("tariff", "body", 30, 36);
    private static final Mention VOTE = new Mention("vote", "body", 50, 54);

    private static ThemeTag theme(String code, String top, double score, Mention... evidence) {
        return new ThemeTag(code, code, top, score, List.of(evidence));
    }

    @Test
    void shouldDropATopLevelWhoseEvidenceItsChildAlreadyCitesAndGiveTheChildItsScore() {
        List<ThemeTag> found = List.of(
                theme(ECONOMY_TOP, ECONOMY_TOP, 0.9, TRADE),
                theme(POLITICS, POLITICS, 0.85, VOTE),
                theme(ECONOMY, ECONOMY_TOP, 0.7, TRADE, TARIFF));

        List<ThemeTag> kept = ThemeSelection.standard(TAXONOMY).select(found);

        assertThat(kept).extracting(ThemeTag::code).containsExactly(ECONOMY, POLITICS);
        assertThat(kept.get(0).score()).isEqualTo(0.9);
        assertThat(kept.get(0).evidence()).containsExactly(TRADE, TARIFF);
    }

    @Test
    void shouldKeepATopLevelWithEvidenceOfItsOwn() {
        List<ThemeTag> found =
                List.of(theme(ECONOMY_TOP, ECONOMY_TOP, 0.9, TRADE, VOTE), theme(ECONOMY, ECONOMY_TOP, 0.7, TRADE));

        assertThat(ThemeSelection.standard(TAXONOMY).select(found)).isEqualTo(found);
    }

    @Test
    void shouldNotDropAThemeForAnotherThatIsNotBelowIt() {
        List<ThemeTag> found = List.of(theme(POLITICS, POLITICS, 0.9, TRADE), theme(ECONOMY, ECONOMY_TOP, 0.7, TRADE));

        assertThat(ThemeSelection.standard(TAXONOMY).select(found)).isEqualTo(found);
    }

    @Test
    void shouldKeepOnlyTheHighestScoringThemesUpToTheCap() {
        List<ThemeTag> found = new ArrayList<>();
        List<ThemeDefinition> all = TAXONOMY.themes();
        for (int i = 0; i < 12; i++) {
            ThemeDefinition d = all.get(i);
            found.add(new ThemeTag(
                    d.code(),
                    d.label(),
                    d.topic().top(),
                    1.0 - i / 100.0,
                    List.of(new Mention("w", "body", i, i + 1))));
        }

        List<ThemeTag> kept = new ThemeSelection(TAXONOMY, 5).select(found);

        assertThat(kept).hasSize(5).isSubsetOf(found);
        assertThat(kept).extracting(ThemeTag::score).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(ThemeSelection.standard(TAXONOMY).select(found)).hasSize(ThemeSelection.DEFAULT_MAX_THEMES);
    }

    @Test
    void shouldCutRepeatsUnderOneTopLevelBeforeCuttingATopLevel() {
        ThemeTag economy = theme(ECONOMY, ECONOMY_TOP, 0.9, TRADE);
        ThemeTag economyTop = theme(ECONOMY_TOP, ECONOMY_TOP, 0.8, TARIFF);
        ThemeTag politics = theme(POLITICS, POLITICS, 0.5, VOTE);

        assertThat(new ThemeSelection(TAXONOMY, 2).select(List.of(economy, economyTop, politics)))
                .containsExactly(economy, politics);
    }

    @Test
    void shouldKeepAtMostTwoPiecesOfEvidencePerTheme() {
        Mention fourth = new Mention("duty", "body", 70, 74);
        ThemeTag t = theme(POLITICS, POLITICS, 0.5, TRADE, TARIFF, VOTE, fourth);

        assertThat(ThemeSelection.standard(TAXONOMY).select(List.of(t)).get(0).evidence())
                .containsExactly(TRADE, TARIFF);
    }

    @Test
    void shouldRefuseACapBelowOne() {
        assertThatThrownBy(() -> new ThemeSelection(TAXONOMY, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
