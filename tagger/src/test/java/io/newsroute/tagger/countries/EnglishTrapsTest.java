package io.newsroute.tagger.countries;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsroute.common.model.CountryTag;
import java.util.List;
import org.junit.jupiter.api.Test;

/** English cases where a country's name stands for something else, or a country named once still matters. */
class EnglishTrapsTest {

    private static List<String> codes(String title, String body) {
        return CountryTagger.standard().tag(title, null, body).stream()
                .map(CountryTag::code)
                .toList();
    }

    @Test
    void shouldReadAStateAfterADatelineCityAsTheStateNotTheCountry() {
        assertThat(codes("Storm cuts power", "ATLANTA, Georgia - A storm knocked out power to thousands of homes."))
                .containsExactly("US");
        assertThat(codes("Floods in the capital", "TBILISI, Georgia - Floods killed five people on Sunday."))
                .containsExactly("GE");
    }

    @Test
    void shouldTakeEveryMentionOfANameForThePersonOnceTheArticleNamesThePerson() {
        assertThat(codes(
                        "Jordan scores 40 in win",
                        "Michael Jordan scored 40 points as Chicago beat Boston. Jordan hit the winner."))
                .doesNotContain("JO");
        assertThat(codes("King visits Jordan", "Michael Jordan met fans. The king returned to Jordan on Monday."))
                .contains("JO");
    }

    @Test
    void shouldNotTakeANeighbourhoodOrAFamousPersonNamedAfterACountryForIt() {
        assertThat(codes(
                        "Restaurants of Little Italy",
                        "The restaurants of Little Italy in New York reopened on Friday."))
                .containsExactly("US");
        assertThat(codes("Paris Hilton launches perfume", "Paris Hilton launched a perfume in Los Angeles on Monday."))
                .doesNotContain("FR");
        assertThat(codes("Holland wins award", "Tom Holland won the award for best actor in London on Sunday."))
                .doesNotContain("NL");
    }

    @Test
    void shouldRouteEachCountryNamedAsAPartyInATwoSentenceStory() {
        assertThat(codes(
                        "Talks in Geneva",
                        "Iran agreed to resume talks with France on Tuesday. The talks will be held in Geneva."))
                .contains("IR", "FR", "CH");
        assertThat(codes("Fishing pact", "Chile signed a fishing pact on Friday. Peru also joined the agreement."))
                .contains("CL", "PE");
    }

    @Test
    void shouldStillLeaveACountryNamedInPassingInALongStoryBelowTheThreshold() {
        String filler =
                " The council debated the budget for the coming year and approved new spending on roads and schools.";
        assertThat(codes(
                        "Council approves budget",
                        "LONDON - The city council approved its budget on Monday." + filler.repeat(8)
                                + " One member had earlier visited Peru on holiday."))
                .containsExactly("GB");
    }
}
