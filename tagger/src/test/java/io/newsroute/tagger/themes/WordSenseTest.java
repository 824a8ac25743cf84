package io.newsroute.tagger.themes;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsroute.common.model.ThemeTag;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Inflection folding must not turn one word into another: "training" is not about trains. */
class WordSenseTest {

    private static final String RAILWAY = "medtop:20000340";
    private static final String BOXING = "medtop:20000856";

    private final ThemeTagger tagger = ThemeTagger.standard();

    private static List<String> codes(List<ThemeTag> themes) {
        return themes.stream().map(ThemeTag::code).toList();
    }

    private List<ThemeTag> evidenceFor(String code, String body) {
        return tagger.tag("Report", null, body).stream()
                .filter(t -> t.code().equals(code))
                .toList();
    }

    @Test
    void shouldNotTakeTrainingForTrains() {
        String body = "The army said the training of new recruits would double. Training centres opened in three "
                + "provinces, and the ministry paid for the training of officers.";

        assertThat(codes(tagger.tag("Army training expands", null, body))).doesNotContain(RAILWAY);
    }

    @Test
    void shouldStillFindTrainsInRailwayNews() {
        String body =
                "The train operator said trains on the railway would run every hour. The rail line reopens in May.";

        assertThat(codes(tagger.tag("Trains return to the line", null, body))).contains(RAILWAY);
    }

    @Test
    void shouldNotTakeAPenaltyBoxForBoxing() {
        String body = "The striker was fouled in the box and the referee gave a penalty in the last minute.";

        assertThat(evidenceFor(BOXING, body)).isEmpty();
    }
}
