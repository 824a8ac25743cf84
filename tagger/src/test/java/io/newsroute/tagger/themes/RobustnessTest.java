package io.newsroute.tagger.themes;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsroute.common.model.Mention;
import io.newsroute.common.model.ThemeTag;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Hostile and odd input: no exceptions, bounded time, deterministic and thread-safe results. */
class RobustnessTest {

    private final ThemeTagger tagger = ThemeTagger.standard();

    private static final String TITLE = "Airline opens direct flights as tourism grows";
    private static final String BODY = "The airline said direct flights under the new air services agreement "
            + "would bring more tourists, and the foreign minister welcomed the investment.";

    @Test
    void nullAndEmptyFields() {
        assertThat(tagger.tag(null, null, null)).isEmpty();
        assertThat(tagger.tag("", "", "")).isEmpty();
        assertThat(tagger.tag("   \n\t", null, "!!! ... ???")).isEmpty();
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void hugeWordsControlCharactersAndSurrogates() {
        String word = "a".repeat(100_000);
        StringBuilder junk = new StringBuilder();
        for (char c = 0; c < 0x20; c++) {
            junk.append(c).append("airline");
        }
        junk.append("\uD83D\uDE00 flights \uD800 airport \uDFFF \u0000\u202E airline");
        String body = word + " " + junk + " " + word + "airline " + "x'".repeat(1000) + " 's '";
        List<ThemeTag> tags = tagger.tag(word, junk.toString(), body);
        assertThat(tags).extracting(ThemeTag::code).contains("medtop:20000338");
        assertEvidenceMatchesText(tags, word, junk.toString(), body);
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void hugeBodyIsLinear() {
        String body = (BODY + " ").repeat(40_000); // about 6 MB
        List<ThemeTag> tags = tagger.tag(TITLE, null, body);
        assertThat(tags).extracting(ThemeTag::code).contains("medtop:20000338");
        assertThat(tags).allSatisfy(t -> assertThat(t.evidence()).hasSizeLessThanOrEqualTo(ThemeTagger.MAX_EVIDENCE));
    }

    @Test
    void phrasesSpreadOverHugeGapsDoNotMatch() {
        List<ThemeTag> tags = tagger.tag(null, null, "unexploded" + " ".repeat(10_000) + "ordnance");
        assertThat(tags).extracting(ThemeTag::code).doesNotContain("medtop:20000079");
    }

    @Test
    void scoresOrderTopsAndEvidence() {
        List<ThemeTag> tags = tagger.tag(TITLE, "A subtitle about education and students", BODY);
        assertThat(tags).isNotEmpty();
        for (int i = 0; i < tags.size(); i++) {
            ThemeTag t = tags.get(i);
            assertThat(t.score()).isBetween(0.0, 1.0);
            assertThat(t.top()).startsWith("medtop:");
            assertThat(Taxonomy.standard().isSameOrDescendant(t.code(), t.top()))
                    .as(t.code())
                    .isTrue();
            if (i > 0) {
                assertThat(t.score()).isLessThanOrEqualTo(tags.get(i - 1).score());
            }
            assertThat(t.evidence()).isNotEmpty();
        }
        assertEvidenceMatchesText(tags, TITLE, "A subtitle about education and students", BODY);
    }

    @Test
    void titleWeighsMoreThanTheTail() {
        String filler = " The weather was mild.".repeat(200);
        double inTitle = score(tagger.tag("Teachers strike", null, "The story." + filler), "medtop:20000416");
        double inTail =
                score(tagger.tag("A story", null, "The story." + filler + " Teachers strike."), "medtop:20000416");
        assertThat(inTitle).isGreaterThan(inTail);
    }

    @Test
    void inflectionsAreFolded() {
        assertThat(tagger.tag("Voters went to the polls", null, "Voting was brisk, officials said of the election."))
                .extracting(ThemeTag::code)
                .contains("medtop:20000574");
        assertThat(tagger.tag("Landmines", null, "Clearing landmines and unexploded bombs continues."))
                .extracting(ThemeTag::code)
                .contains("medtop:20000079");
    }

    @Test
    void deterministicAndThreadSafe() throws Exception {
        List<ThemeTag> expected = tagger.tag(TITLE, null, BODY);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<ThemeTag>>> futures = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                futures.add(pool.submit(() -> tagger.tag(TITLE, null, BODY)));
            }
            for (Future<List<ThemeTag>> f : futures) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    private static double score(List<ThemeTag> tags, String code) {
        return tags.stream()
                .filter(t -> t.code().equals(code))
                .mapToDouble(ThemeTag::score)
                .findFirst()
                .orElse(0.0);
    }

    private static void assertEvidenceMatchesText(List<ThemeTag> tags, String title, String subtitle, String body) {
        for (ThemeTag t : tags) {
            for (Mention m : t.evidence()) {
                String field =
                        switch (m.field()) {
                            case "title" -> title;
                            case "subtitle" -> subtitle;
                            case "body" -> body;
                            default -> throw new AssertionError("field " + m.field());
                        };
                assertThat(field.substring(m.start(), m.end())).isEqualTo(m.text());
            }
        }
    }
}
