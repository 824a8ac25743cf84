package io.newsroute.tagger.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The bundled taxonomy: coverage, IPTC conformance, lookups and hierarchy checks. */
class TaxonomyTest {

    private final Taxonomy taxonomy = Taxonomy.standard();

    @Test
    void coversAllTopLevelsAndEnoughThemes() {
        List<ThemeDefinition> themes = taxonomy.themes();
        assertThat(themes).hasSizeGreaterThanOrEqualTo(80);
        Set<String> tops = themes.stream()
                .filter(t -> t.topic().isTopLevel())
                .map(ThemeDefinition::code)
                .collect(Collectors.toSet());
        assertThat(tops).hasSize(17);
    }

    @Test
    void everyThemeIsAnActiveIptcTopicWithItsIptcLabel() {
        IptcVocabulary v = IptcVocabulary.bundled();
        assertThat(v.size()).isEqualTo(1392);
        for (ThemeDefinition t : taxonomy.themes()) {
            IptcTopic iptc = v.byCode(t.code()).orElseThrow();
            assertThat(iptc.retired()).as(t.code()).isFalse();
            assertThat(t.label()).isEqualTo(iptc.label());
            assertThat(t.topic().top()).isEqualTo(iptc.top());
        }
    }

    @Test
    void hasTheTopicsANewsReaderNeeds() {
        Set<String> codes =
                taxonomy.themes().stream().map(ThemeDefinition::code).collect(Collectors.toSet());
        assertThat(codes)
                .contains(
                        "medtop:20000638",
                        "medtop:20000639",
                        "medtop:20000643",
                        "medtop:20000373",
                        "medtop:20000287",
                        "medtop:20000345",
                        "medtop:20000256",
                        "medtop:20000210",
                        "medtop:20000337",
                        "medtop:20000338",
                        "medtop:20000563",
                        "medtop:20001245",
                        "medtop:20000598",
                        "medtop:20000599",
                        "medtop:20000079",
                        "medtop:20000086",
                        "medtop:20001361",
                        "medtop:20001316",
                        "medtop:20000574",
                        "medtop:20000593",
                        "medtop:20000587",
                        "medtop:20000592",
                        "medtop:20000771",
                        "medtop:20000772",
                        "medtop:20001264",
                        "medtop:20000053",
                        "medtop:20000103",
                        "medtop:20000082",
                        "medtop:07000000",
                        "medtop:05000000",
                        "medtop:20000415",
                        "medtop:20000416",
                        "medtop:20001216",
                        "medtop:20000418",
                        "medtop:20000151",
                        "medtop:13000000",
                        "medtop:15000000",
                        "medtop:01000000");
        assertThat(codes).doesNotContain("medtop:20000378", "medtop:20000229", "medtop:20000564");
    }

    @Test
    void findsByCodeBareCodeAndLabel() {
        assertThat(taxonomy.find("medtop:20000638")).map(IptcTopic::label).contains("international relations");
        assertThat(taxonomy.find("20000638")).map(IptcTopic::code).contains("medtop:20000638");
        assertThat(taxonomy.find(" MEDTOP:20000638 ")).map(IptcTopic::code).contains("medtop:20000638");
        assertThat(taxonomy.find("  International  Relations "))
                .map(IptcTopic::code)
                .contains("medtop:20000638");
        assertThat(taxonomy.find("national security")).map(IptcTopic::code).contains("medtop:20000598");
        assertThat(taxonomy.find("medtop:20000229")).isEmpty(); // retired
        assertThat(taxonomy.find("no such topic")).isEmpty();
        assertThat(taxonomy.find(null)).isEmpty();
        assertThat(taxonomy.find("")).isEmpty();
    }

    @Test
    void sameOrDescendant() {
        assertThat(taxonomy.isSameOrDescendant("medtop:20000639", "medtop:20000638"))
                .isTrue();
        assertThat(taxonomy.isSameOrDescendant("medtop:20000640", "politics and government"))
                .isTrue();
        assertThat(taxonomy.isSameOrDescendant("medtop:20000638", "medtop:20000638"))
                .isTrue();
        assertThat(taxonomy.isSameOrDescendant("medtop:20000079", "conflict, war and peace"))
                .isTrue();
        assertThat(taxonomy.isSameOrDescendant("medtop:20000599", "government")).isTrue();
        assertThat(taxonomy.isSameOrDescendant("medtop:20000638", "medtop:20000639"))
                .isFalse();
        assertThat(taxonomy.isSameOrDescendant("medtop:20000338", "politics and government"))
                .isFalse();
        assertThat(taxonomy.isSameOrDescendant("medtop:20000338", "no such topic"))
                .isFalse();
        assertThat(taxonomy.isSameOrDescendant(null, "sport")).isFalse();
        assertThat(taxonomy.isSameOrDescendant("medtop:20000229", "economy, business and finance"))
                .isFalse();
    }

    @Test
    void attributionShipsNextToTheVocabulary() throws IOException {
        try (InputStream in = Taxonomy.class.getResourceAsStream("NOTICE")) {
            assertThat(in).isNotNull();
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .contains("IPTC Media Topics, © IPTC (iptc.org), CC BY 4.0");
        }
    }
}
