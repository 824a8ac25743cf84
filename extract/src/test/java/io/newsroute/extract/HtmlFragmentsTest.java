package io.newsroute.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlFragmentsTest {

    @Test
    void shouldKeepParagraphsAndDropScripts() {
        String html = "<p>Harbour reopens.</p><script>alert(1)</script><ul><li>Ferries <b>resume</b></li></ul>";

        assertThat(HtmlFragments.toText(html)).isEqualTo("Harbour reopens.\n\nFerries resume");
    }

    @Test
    void shouldTakeTheWholeTextWhenTheFragmentHasNoBlocks() {
        assertThat(HtmlFragments.toText("Storm <em>closes</em> the port")).isEqualTo("Storm closes the port");
        assertThat(HtmlFragments.toText("<script>x()</script>")).isEmpty();
    }

    @Test
    void shouldDecodeEntitiesInATitle() {
        assertThat(HtmlFragments.inlineText("Tom &amp; Jerry <i>return</i>")).isEqualTo("Tom & Jerry return");
    }
}
