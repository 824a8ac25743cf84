package io.newsroute.tagger.countries;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatelineTest {

    @Test
    void shouldFindWireDatelines() {
        assertThat(Dateline.end("NEW YORK, Feb 26 - Shares rose.")).isEqualTo(17);
        assertThat(Dateline.end("TOKYO, March 6 (Reuters) - Exports fell.")).isEqualTo(25);
        assertThat(Dateline.end("ALBANY, N.Y. - The budget passed.")).isEqualTo(13);
        assertThat(Dateline.end("Toronto, March 19 - Net profit rose.")).isEqualTo(18);
        assertThat(Dateline.end("MONTREAL, Feb 26- Shr 1.11 dlrs")).isEqualTo(16);
        assertThat(Dateline.end("La paz, march 18 - a senior official said")).isEqualTo(17);
        assertThat(Dateline.end("**LONDON, March 5 - India bought sugar")).isEqualTo(18);
    }

    @Test
    void shouldFindDatelinesOfOtherLanguagesWireStyles() {
        assertThat(Dateline.end("PARIS (AFP) - Le gouvernement a annoncé")).isEqualTo(12);
        assertThat(Dateline.end("BERLÍN, 3 mar (Reuters) - El Gobierno alemán")).isEqualTo(24);
        assertThat(Dateline.find("Wien – Die Regierung hat")).isEqualTo(new Dateline.Span(0, 5));
    }

    @Test
    void shouldFindAGermanDatelineThatOpensTheStoryAfterItsTeaser() {
        String body = "Die Koalition streitet über das Budget. Wien/Linz – Der Finanzminister legte am Montag vor.";
        Dateline.Span span = Dateline.find(body);
        assertThat(span).isNotNull();
        assertThat(body.substring(span.start(), span.end())).isEqualTo("Wien/Linz ");
        String twoWords = "Forscher bewerten Freundschaften. Tel Aviv –  Forscher der Universität";
        assertThat(twoWords.substring(
                        Dateline.find(twoWords).start(), Dateline.find(twoWords).end()))
                .isEqualTo("Tel Aviv ");
        String joined = "Neue Regeln. Rio de Janeiro – Die Spiele";
        assertThat(Dateline.find(joined)).isNotNull();
    }

    @Test
    void shouldNotTakeADashInsideRunningTextForAGermanDateline() {
        assertThat(Dateline.find("Der Plan – so der Minister – kommt spät.")).isNull();
        assertThat(Dateline.find("Die Partei sagt. Wien bleibt – wie immer – gelassen."))
                .isNull();
        assertThat(Dateline.find("Japan – the country hosting the summit – said little."))
                .isNull();
    }

    @Test
    void shouldNotTakeOrdinaryOpeningsForDatelines() {
        assertThat(Dateline.end("The minister said on Monday - and repeated it later - that talks go on."))
                .isEqualTo(-1);
        assertThat(Dateline.end("Japan - the country hosting the summit - said little."))
                .isEqualTo(-1);
        assertThat(Dateline.end("")).isEqualTo(-1);
        assertThat(Dateline.end(null)).isEqualTo(-1);
        assertThat(Dateline.end("-")).isEqualTo(-1);
    }

    @Test
    void shouldTakeAnUnqualifiedDatelineCityForTheBestKnownPlaceOfThatName() {
        assertThat(CountryTagger.standard()
                        .tag(
                                "GOLD FIRM FILES OFFERING",
                                null,
                                "VANCOUVER, March 17 - The company said it filed to sell shares.")
                        .get(0)
                        .code())
                .isEqualTo("CA");
    }

    @Test
    void shouldLetTheStateAbbreviationDecideADatelineCity() {
        assertThat(CountryTagger.standard()
                        .tag("PLANT OPENS", null, "VANCOUVER, Wash., March 17 - The company opened a plant.")
                        .get(0)
                        .code())
                .isEqualTo("US");
    }
}
