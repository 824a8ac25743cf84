package io.newsroute.tagger.themes;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsroute.common.model.ThemeTag;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed article (a copy of seeds/laos-japan-relations-in-the-spotlight.txt) gets the themes issue 4 asks for. */
class SeedArticleTest {

    private static List<ThemeTag> tags;
    private static Set<String> codes;

    @BeforeAll
    static void tagSeed() throws IOException {
        String text;
        try (InputStream in = SeedArticleTest.class.getResourceAsStream("laos-japan-relations-in-the-spotlight.txt")) {
            assertThat(in).as("seed fixture").isNotNull();
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> lines = text.lines().toList();
        StringBuilder body = new StringBuilder();
        for (String line : lines.subList(2, lines.size())) {
            if (line.startsWith("Want to read more?")) {
                break; // the paywall footer is not part of the article
            }
            body.append(line).append('\n');
        }
        tags = ThemeTagger.standard().tag(lines.get(0), lines.get(1), body.toString());
        codes = tags.stream().map(ThemeTag::code).collect(Collectors.toSet());
    }

    @Test
    void internationalRelationsUnderPolitics() {
        assertThat(codes).containsAnyOf("medtop:20000638", "medtop:20000639");
        assertThat(tags).filteredOn(t -> t.code().equals("medtop:20000638")).allSatisfy(t -> assertThat(t.top())
                .isEqualTo("medtop:11000000"));
        assertThat(tags.get(0).top()).isEqualTo("medtop:11000000");
    }

    @Test
    void economyThemes() {
        assertThat(codes)
                .contains("medtop:04000000", "medtop:20000287" /* investment */, "medtop:20000643" /* foreign aid */);
    }

    @Test
    void airTransportAndTourism() {
        assertThat(codes).contains("medtop:20000338");
        assertThat(codes).containsAnyOf("medtop:20000563", "medtop:20000331");
    }

    @Test
    void education() {
        assertThat(codes).contains("medtop:05000000");
        assertThat(codes).containsAnyOf("medtop:20000415", "medtop:20001216", "medtop:20000405", "medtop:20000400");
    }

    @Test
    void defenceOrOrdnanceClearanceAndCyber() {
        assertThat(codes).containsAnyOf("medtop:20000079", "medtop:20000598");
        assertThat(codes).containsAnyOf("medtop:20001361", "medtop:20000086");
    }

    @Test
    void notSportNorEntertainment() {
        assertThat(tags).extracting(ThemeTag::top).doesNotContain("medtop:15000000", "medtop:01000000");
    }

    @Test
    void evidencePointsAtTheMatchedText() {
        ThemeTag uxo = tags.stream()
                .filter(t -> t.code().equals("medtop:20000079"))
                .findFirst()
                .orElseThrow();
        assertThat(uxo.evidence())
                .extracting(m -> m.text().toLowerCase(java.util.Locale.ROOT))
                .contains("unexploded ordnance", "uxo");
        assertThat(uxo.evidence()).allSatisfy(m -> assertThat(m.field()).isEqualTo("body"));
    }
}
