package io.newsroute.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsroute.common.model.Article;
import io.newsroute.common.model.EnrichedArticle;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageFilterTest {

    private static EnrichedArticle in(String language) {
        Article a = new Article("id", null, "test", "Titre", null, List.of(), null, language, "Corps.", Instant.EPOCH);
        return EnrichedArticle.of(a, List.of(), List.of(), "test");
    }

    @Test
    void shouldPassOnlyArticlesInARequestedLanguage() {
        LanguageFilter f = LanguageFilter.of(List.of("fr", "DE"));
        assertThat(f.accepts(in("fr"))).isTrue();
        assertThat(f.accepts(in("fr-CA"))).isTrue();
        assertThat(f.accepts(in("de"))).isTrue();
        assertThat(f.accepts(in("en"))).isFalse();
        assertThat(f.accepts(in(null))).isFalse();
    }

    @Test
    void shouldPassEverythingWhenNoLanguageIsRequested() {
        assertThat(LanguageFilter.of(List.of()).accepts(in(null))).isTrue();
        assertThat(LanguageFilter.of(List.of()).accepts(in("ja"))).isTrue();
    }

    @Test
    void shouldRejectSomethingThatIsNotALanguageCode() {
        assertThatThrownBy(() -> LanguageFilter.of(List.of("french!")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'french!' is not a language code");
        assertThatThrownBy(() -> LanguageFilter.of(List.of("x"))).isInstanceOf(IllegalArgumentException.class);
    }
}
