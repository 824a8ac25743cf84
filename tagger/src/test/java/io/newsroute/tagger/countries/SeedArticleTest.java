package io.newsroute.tagger.countries;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsroute.common.model.CountryTag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The seed article seeds/laos-japan-relations-in-the-spotlight.txt: line 1 title, line 2 subtitle, rest body. */
class SeedArticleTest {

    private static final Path SEED = Path.of("..", "seeds", "laos-japan-relations-in-the-spotlight.txt");

    private static String[] readSeed() throws IOException {
        List<String> lines = Files.readAllLines(SEED, StandardCharsets.UTF_8);
        StringBuilder body = new StringBuilder();
        for (String line : lines.subList(2, lines.size())) {
            if (line.startsWith("Want to read more?")) {
                break; // subscription boilerplate follows
            }
            body.append(line).append('\n');
        }
        return new String[] {lines.get(0), lines.get(1), body.toString()};
    }

    @Test
    void shouldRouteLaosAndJapanAsPrimaryAndChinaLower() throws IOException {
        String[] a = readSeed();
        List<CountryTag> tags = CountryTagger.standard().tag(a[0], a[1], a[2]);
        Map<String, CountryTag> byCode = tags.stream().collect(Collectors.toMap(CountryTag::code, Function.identity()));

        assertThat(byCode.keySet()).containsExactlyInAnyOrder("LA", "JP", "CN");
        assertThat(byCode.get("LA").primary()).isTrue();
        assertThat(byCode.get("JP").primary()).isTrue();
        assertThat(byCode.get("CN").primary()).isFalse();
        assertThat(byCode.get("CN").relevance())
                .isLessThan(byCode.get("LA").relevance())
                .isLessThan(byCode.get("JP").relevance());
        assertThat(byCode.get("LA").name()).isEqualTo("Laos");
        assertThat(byCode.get("CN").mentions()).extracting(m -> m.text()).containsOnly("China", "Beijing");
        assertThat(tags).isSortedAccordingTo((x, y) -> Double.compare(y.relevance(), x.relevance()));
    }

    @Test
    void shouldCapMentionsPerCountry() throws IOException {
        String[] a = readSeed();
        List<CountryTag> tags = CountryTagger.standard().withMaxMentions(3).tag(a[0], a[1], a[2]);
        assertThat(tags).allSatisfy(t -> assertThat(t.mentions()).hasSizeLessThanOrEqualTo(3));
    }
}
