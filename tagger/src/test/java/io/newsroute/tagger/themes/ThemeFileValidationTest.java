package io.newsroute.tagger.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsroute.common.model.ThemeTag;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Theme files are validated on load, with one clear message per problem. */
class ThemeFileValidationTest {

    private static Taxonomy read(String text) throws IOException {
        return Taxonomy.read(new BufferedReader(new StringReader(text)), "test.txt");
    }

    private static ThemeFileException failure(String text) {
        try {
            read(text);
        } catch (ThemeFileException e) {
            return e;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("expected a ThemeFileException for:\n" + text);
    }

    @Test
    void validFileLoads() throws IOException {
        Taxonomy t = read("""
                # comment
                theme medtop:15000000 sport
                cue 1.5: football, cup final
                not 0.5: video game

                theme medtop:20000638 International Relations
                cue 2: foreign minister
                """);
        assertThat(t.themes()).extracting(ThemeDefinition::code).containsExactly("medtop:15000000", "medtop:20000638");
        ThemeDefinition sport = t.theme("medtop:15000000").orElseThrow();
        assertThat(sport.cues()).extracting(Cue::phrase).containsExactly("football", "cup final", "video game");
        assertThat(sport.cues().get(2).negative()).isTrue();
        assertThat(t.theme("medtop:20000638").orElseThrow().topic().parent()).isEqualTo("medtop:11000000");
    }

    @Test
    void unknownCode() {
        assertThat(failure("theme medtop:29999999 nothing\ncue 1: x\n").problems())
                .containsExactly("test.txt:1: unknown code medtop:29999999: not an IPTC Media Topic");
    }

    @Test
    void malformedCode() {
        assertThat(failure("theme 20000638 international relations\n").getMessage())
                .contains("test.txt:1: bad code '20000638'");
    }

    @Test
    void retiredCode() {
        // computer security was retired in 2023 in favour of cyber crime / cyber warfare
        assertThat(failure("theme medtop:20000229 computer security\ncue 1: firewall\n")
                        .problems())
                .singleElement()
                .asString()
                .contains("test.txt:1: retired code medtop:20000229");
        // investments, retired 2024
        assertThat(failure("theme medtop:20000378 investments\n").getMessage())
                .contains("retired code medtop:20000378");
    }

    @Test
    void duplicateTheme() {
        assertThat(failure("theme medtop:15000000 sport\ncue 1: match\ntheme medtop:15000000 sport\n")
                        .problems())
                .containsExactly("test.txt:3: duplicate theme medtop:15000000 (first defined on line 1)");
    }

    @Test
    void duplicateCueAfterStemming() {
        assertThat(failure("theme medtop:15000000 sport\ncue 1: goal\ncue 2: goals\n")
                        .problems())
                .singleElement()
                .asString()
                .contains("test.txt:3: duplicate cue 'goals'")
                .contains("line 2");
    }

    @Test
    void badWeights() {
        ThemeFileException e = failure("""
                theme medtop:15000000 sport
                cue abc: match
                cue 0: goal
                cue -1: team
                cue 11: league
                cue NaN: cup
                not 1.5 referee
                """);
        assertThat(e.problems()).hasSize(6);
        assertThat(e.problems().get(0)).isEqualTo("test.txt:2: bad weight 'abc': not a number");
        assertThat(e.problems().get(1)).startsWith("test.txt:3: bad weight 0: must be > 0 and <= 10.0");
        assertThat(e.problems().get(2)).startsWith("test.txt:4: bad weight -1");
        assertThat(e.problems().get(3)).startsWith("test.txt:5: bad weight 11");
        assertThat(e.problems().get(4)).startsWith("test.txt:6: bad weight NaN");
        assertThat(e.problems().get(5)).startsWith("test.txt:7: missing ':'");
    }

    @Test
    void labelMustMatchIptc() {
        assertThat(failure("theme medtop:15000000 sports\n").problems())
                .singleElement()
                .asString()
                .contains("label 'sports' does not match IPTC label 'sport'");
        assertThat(failure("theme medtop:15000000\n").problems())
                .singleElement()
                .asString()
                .contains("has no label");
    }

    @Test
    void otherSyntaxErrors() {
        ThemeFileException e = failure("""
                cue 1: orphan
                theme medtop:15000000 sport
                cue 1: match, , team
                cue 1: ---
                weight 1: x
                """);
        assertThat(e.problems())
                .containsExactly(
                        "test.txt:1: 'cue' line before any 'theme' line",
                        "test.txt:3: empty cue phrase (stray comma?)",
                        "test.txt:4: cue '---' has no word in it",
                        "test.txt:5: unknown line, expected 'theme CODE LABEL', 'cue W: phrases' or 'not W: phrases': weight 1: x");
    }

    @Test
    void emptyFile() {
        assertThat(failure("# nothing\n").problems()).containsExactly("test.txt: no theme defined");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        ThemeFileException e = failure("""
                theme medtop:20000229 computer security
                theme medtop:29999999 nothing
                theme medtop:15000000 sport
                cue zero: match
                """);
        assertThat(e.problems()).hasSize(3);
        assertThat(e.getMessage()).startsWith("invalid theme file test.txt (3 problems):");
    }

    @Test
    void fromFileTagsWithAUserTaxonomy(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("my-themes.txt");
        Files.writeString(file, """
                theme medtop:20000079 ordnance clearance
                cue 2: unexploded ordnance, landmine
                theme medtop:20000338 air transport
                cue 2: direct flights
                """, StandardCharsets.UTF_8);
        ThemeTagger tagger = ThemeTagger.fromFile(file);
        List<ThemeTag> tags =
                tagger.tag("Landmines cleared", null, "Teams removed unexploded ordnance near the airport.");
        assertThat(tags).extracting(ThemeTag::code).contains("medtop:20000079", "medtop:16000000");
        assertThat(tags).extracting(ThemeTag::code).doesNotContain("medtop:20000338");
        ThemeTag top = tags.get(0);
        assertThat(top.code()).isEqualTo("medtop:16000000");
        assertThat(top.label()).isEqualTo("conflict, war and peace");
    }

    @Test
    void fromFileReportsThePath(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.txt");
        Files.writeString(file, "theme medtop:20000378 investments\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ThemeTagger.fromFile(file))
                .isInstanceOf(ThemeFileException.class)
                .hasMessageContaining(file + ":1: retired code");
    }
}
