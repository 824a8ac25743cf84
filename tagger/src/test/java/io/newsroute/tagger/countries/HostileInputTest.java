package io.newsroute.tagger.countries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.newsroute.common.model.CountryTag;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tagger must survive any text in bounded time and never throw. */
class HostileInputTest {

    private final CountryTagger tagger = CountryTagger.standard();

    @Test
    void shouldAcceptNullAndEmptyFields() {
        assertThat(tagger.tag(null, null, null)).isEmpty();
        assertThat(tagger.tag("", "", "")).isEmpty();
        assertThat(tagger.tag("   ", "\n\n", " - ")).isEmpty();
    }

    @Test
    void shouldHandleAHundredThousandCharacterWord() {
        String word = "a".repeat(100_000);
        assertTimeoutPreemptively(
                Duration.ofSeconds(5), () -> assertThat(tagger.tag(word, word, word + " Japan " + word))
                        .extracting(CountryTag::code)
                        .containsExactly("JP"));
    }

    @Test
    void shouldHandleControlCharactersAndOddUnicode() {
        String body = "\u0000\u0001Japan\u0007\u001b[31m\uD83D\uDE00 Laos\uFFFF\uD800 C\u00f4te d'Ivoire\r\n\t";
        assertThatCode(() -> tagger.tag("\u0000", "\uDBFF", body)).doesNotThrowAnyException();
        assertThat(tagger.tag(null, null, body)).extracting(CountryTag::code).contains("JP", "LA", "CI");
    }

    @Test
    void shouldStayBoundedWhenEveryCountryIsNamedAHundredTimes() {
        List<String> names = new ArrayList<>();
        for (char a = 'A'; a <= 'Z'; a++) {
            for (char b = 'A'; b <= 'Z'; b++) {
                String code = "" + a + b;
                if (CountryTagger.isValidCode(code)) {
                    names.add(CountryTagger.nameOf(code));
                }
            }
        }
        assertThat(names).hasSizeGreaterThan(240);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            for (String name : names) {
                b.append("News from ").append(name).append(". ");
            }
        }
        String body = b.toString();
        List<CountryTag> tags = assertTimeoutPreemptively(
                Duration.ofSeconds(10), () -> tagger.candidates(String.join(", ", names), null, body));
        assertThat(tags).hasSizeGreaterThan(200);
        assertThat(tags).allSatisfy(t -> {
            assertThat(t.mentions()).hasSizeLessThanOrEqualTo(CountryTagger.DEFAULT_MAX_MENTIONS);
            assertThat(t.relevance()).isBetween(0.0, 1.0);
        });
    }

    @Test
    void shouldBeDeterministic() {
        String body = "PARIS, March 3 - France and Germany met in Berlin; Italy, Spain and the U.S. watched.";
        assertThat(tagger.candidates("TALKS", null, body)).isEqualTo(tagger.candidates("TALKS", null, body));
    }

    @Test
    void shouldRejectAThresholdOutsideZeroToOne() {
        assertThatCode(() -> tagger.withMinRelevance(1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatCode(() -> tagger.withMinRelevance(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
