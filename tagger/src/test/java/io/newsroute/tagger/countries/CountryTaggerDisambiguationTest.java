package io.newsroute.tagger.countries;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsroute.common.model.CountryTag;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Regression suite for names that are not always the country they spell. Sentences are our own. */
class CountryTaggerDisambiguationTest {

    private final CountryTagger tagger = CountryTagger.standard();

    private List<String> codes(String title, String body) {
        return tagger.tag(title, null, body).stream().map(CountryTag::code).toList();
    }

    private List<String> allCodes(String title, String body) {
        return tagger.candidates(title, null, body).stream()
                .map(CountryTag::code)
                .toList();
    }

    @Test
    void shouldNotTakeSouthChinaSeaForChina() {
        assertThat(
                        allCodes(
                                "Patrols increase in the South China Sea",
                                "Navies from several states sailed through the South China Sea and the East China Sea this week."))
                .doesNotContain("CN");
    }

    @Test
    void shouldStillFindChinaNamedOutsideTheSea() {
        assertThat(codes(
                        "China protests patrols in the South China Sea",
                        "Beijing said the ships had no right to be there."))
                .containsExactly("CN");
    }

    @Test
    void shouldTakeGeorgiaForTheUsStateWhenAtlantaIsNear() {
        assertThat(codes("Storms hit Georgia", "Atlanta and much of Georgia lost power on Tuesday, the utility said."))
                .containsExactly("US");
    }

    @Test
    void shouldTakeGeorgiaForTheCountryWhenTbilisiIsNear() {
        assertThat(codes(
                        "Georgia holds elections",
                        "Voters in Tbilisi queued for hours as Georgia chose a new parliament."))
                .containsExactly("GE");
    }

    @Test
    void shouldFindACapitalisedPlaceRightAfterALowerCaseWordThatCouldStartAName() {
        // "east London" is not East London (South Africa): the lower-case "east" must not swallow "London"
        assertThat(codes(
                        "By-election candidate chosen",
                        "The former minister was selected for a seat in east London on Monday."))
                .containsExactly("GB");
    }

    @Test
    void shouldNotTakeMichaelJordanForJordan() {
        assertThat(allCodes("Basketball legend honoured", "Fans cheered as Michael Jordan walked onto the court."))
                .doesNotContain("JO");
    }

    @Test
    void shouldNotTakeASurnameAfterAFirstNameForATown() {
        assertThat(allCodes("Board changes", "The board named Paul Kingston and Anne Douglas as directors."))
                .isEmpty();
        assertThat(allCodes("Transfers", "Nigel Adams and Gilbert Mendes joined the club."))
                .isEmpty();
        assertThat(codes("Storm warning", "Residents of Kingston were told to stay indoors."))
                .containsExactly("JM");
    }

    @Test
    void shouldTakeAWordLikeTownOnlyWherePlaceContextSaysSo() {
        assertThat(allCodes("Telecoms", "Shares in Orange and Mobile Telesystems rose."))
                .isEmpty();
        assertThat(codes("Port expands", "The port in Mobile handled more ships this year."))
                .containsExactly("US");
    }

    @Test
    void shouldTakeJordanAfterAPreposition() {
        assertThat(codes("Refugees cross the border", "Thousands of refugees crossed into Jordan over the weekend."))
                .containsExactly("JO");
    }

    @Test
    void shouldNotTakeAPersonCalledChadForChad() {
        assertThat(allCodes("Local coach retires", "The team thanked Chad Williams for twenty years of service."))
                .doesNotContain("TD");
    }

    @Test
    void shouldNotTakeLowerCaseTurkeyOrChinaForCountries() {
        assertThat(allCodes(
                        "Holiday dinner tips",
                        "Roast the turkey slowly and serve it on your best china with cranberry sauce."))
                .isEmpty();
    }

    @Test
    void shouldNotTakeGuineaInsidePapuaNewGuineaForGuinea() {
        assertThat(codes("Earthquake strikes", "A strong earthquake struck Papua New Guinea on Monday."))
                .containsExactly("PG");
        assertThat(codes("Oil find", "Equatorial Guinea and Guinea-Bissau signed a maritime accord."))
                .containsExactlyInAnyOrder("GQ", "GW");
    }

    @Test
    void shouldTakeNigerDeltaForNigeriaNotNiger() {
        assertThat(allCodes("Pipeline attacked", "Militants blew up a pipeline in the Niger Delta overnight."))
                .contains("NG")
                .doesNotContain("NE");
    }

    @Test
    void shouldTellDominicaFromTheDominicanRepublic() {
        assertThat(codes("Hurricane warning", "The storm is expected to pass near the Dominican Republic on Friday."))
                .containsExactly("DO");
        assertThat(codes("Hurricane warning", "The storm flattened banana farms across Dominica on Friday."))
                .containsExactly("DM");
    }

    @Test
    void shouldTellTheTwoCongos() {
        assertThat(codes("Ebola outbreak", "Health workers in the Democratic Republic of Congo reported new cases."))
                .containsExactly("CD");
        assertThat(codes("Oil output", "Congo-Brazzaville raised its oil output last year."))
                .containsExactly("CG");
    }

    @Test
    void shouldTellTheTwoKoreas() {
        assertThat(codes("Missile launch", "North Korea fired a missile, Pyongyang's state media said."))
                .containsExactly("KP");
        assertThat(codes("Chip exports rise", "South Korea's chip exports rose 12 percent, Seoul said."))
                .containsExactly("KR");
    }

    @Test
    void shouldNotTakeColumbiaUniversityForColombia() {
        assertThat(allCodes("Study published", "Researchers at Columbia University published the study."))
                .doesNotContain("CO");
    }

    @Test
    void shouldNotTakeAlbanyForAlbania() {
        assertThat(allCodes("Budget passed", "ALBANY, N.Y., March 3 - Lawmakers in Albany passed the state budget."))
                .containsExactly("US");
    }

    @Test
    void shouldNotTakeNewMexicoOrNewJerseyForMexico() {
        assertThat(codes("Drought spreads", "Farmers in New Mexico and New Jersey asked for help."))
                .containsExactly("US");
    }

    @Test
    void shouldTakeNewSouthWalesForAustraliaNotWales() {
        assertThat(codes("Bushfires", "Firefighters in New South Wales battled dozens of blazes."))
                .containsExactly("AU");
    }

    @Test
    void shouldTakeParisTexasForTheUnitedStates() {
        assertThat(codes("Small town fair", "The fair in Paris, Texas drew record crowds this year."))
                .containsExactly("US");
    }

    @Test
    void shouldNotTakeEuropeanForACountry() {
        assertThat(allCodes("European shares fall", "European markets fell as investors sold banks across Europe."))
                .isEmpty();
    }

    @Test
    void shouldReadUsOnlyWhereItIsSafe() {
        assertThat(allCodes("LET US TALK", "Join us for a talk about gardening."))
                .isEmpty();
        assertThat(codes("Trade talks", "The US and the UK agreed to continue talks."))
                .containsExactlyInAnyOrder("US", "GB");
        assertThat(codes("U.S. JOBLESS CLAIMS FALL", "Claims fell by 12,000 last week."))
                .containsExactly("US");
    }

    @Test
    void shouldReadCommonAliases() {
        assertThat(codes("Gulf trade", "The UAE and Britain signed a trade pact."))
                .containsExactlyInAnyOrder("AE", "GB");
        assertThat(codes("Cocoa", "Ivory Coast raised its cocoa price; the DRC cut its copper tax."))
                .containsExactlyInAnyOrder("CI", "CD");
        assertThat(allCodes("Rugby", "The Kiwis beat the Aussies in Sydney.")).containsExactlyInAnyOrder("NZ", "AU");
    }

    @Test
    void shouldMapFormerNamesToTheirSuccessors() {
        assertThat(codes("Old map", "The Soviet Union and West Germany signed the treaty."))
                .contains("RU", "DE");
        assertThat(codes("Junta", "The generals who ruled Burma kept the border closed."))
                .containsExactly("MM");
        assertThat(codes("Mines", "Copper output in Zaire fell.")).containsExactly("CD");
    }

    @Test
    void shouldReadDemonymsSingularAndPlural() {
        assertThat(codes("Visitors", "Filipinos and Laotians travelled to the summit."))
                .containsExactlyInAnyOrder("PH", "LA");
        assertThat(codes("Cars", "Japanese carmakers raised prices.")).containsExactly("JP");
    }

    @Test
    void shouldTakeAUsDatelineAsStrongEvidence() {
        List<CountryTag> tags = tagger.tag(
                "ACME CORP RAISES DIVIDEND",
                null,
                "GREENWICH, Conn., March 2 - Acme Corp said it raised its quarterly dividend to 12 cts.");
        assertThat(tags).extracting(CountryTag::code).containsExactly("US");
        assertThat(tags.get(0).primary()).isTrue();
    }

    @Test
    void shouldRankTheDatelineCountryAbovePassingMentions() {
        List<CountryTag> tags = tagger.candidates(
                "TRADE SURPLUS WIDENS",
                null,
                "TOKYO, March 6 - The trade surplus widened in February, the ministry said. "
                        + "Exports to Australia were flat.");
        assertThat(tags.get(0).code()).isEqualTo("JP");
        assertThat(tags.get(0).relevance()).isGreaterThan(tags.get(1).relevance());
    }

    @Test
    void shouldReadAStoryWrittenAllInLowerCase() {
        String body = "lima, march 9 - a confidential report on the peruvian economy said the government must cut "
                + "spending. the report, prepared by economists for the lenders, said inflation would rise again "
                + "this year unless the central bank raised interest rates and the treasury sold more bonds. "
                + "officials declined to comment on the report, which has not been published.";
        assertThat(codes(null, body)).containsExactly("PE");
    }

    @Test
    void shouldWeighACurrencyLightlyAgainstTheDateline() {
        assertThat(codes(
                        "BANK ISSUES BOND",
                        "LONDON, March 2 - A bank is issuing a 100 mln Canadian dlr bond "
                                + "due 1992, paying 9 pct, the lead manager said."))
                .containsExactly("GB");
    }

    @Test
    void shouldNameCountriesByTheirEnglishShortName() {
        assertThat(tagger.tag("Laos votes", null, null).get(0).name()).isEqualTo("Laos");
        assertThat(CountryTagger.isValidCode("JP")).isTrue();
        assertThat(CountryTagger.isValidCode("XX")).isFalse();
        assertThat(CountryTagger.isValidCode(null)).isFalse();
    }

    @Test
    void shouldReportMentionOffsetsWithinTheirField() {
        CountryTag tag =
                tagger.tag("Floods in Peru", null, "Rain fell across Peru.").get(0);
        assertThat(tag.mentions()).hasSize(2);
        assertThat(tag.mentions().get(0)).satisfies(m -> {
            assertThat(m.field()).isEqualTo("title");
            assertThat(m.start()).isEqualTo(10);
            assertThat(m.end()).isEqualTo(14);
            assertThat(m.text()).isEqualTo("Peru");
        });
        assertThat(tag.mentions().get(1).field()).isEqualTo("body");
        assertThat(tag.mentions().get(1).start()).isEqualTo(17);
        assertThat(tagger.tag("U.S. JOBS", null, null).get(0).mentions().get(0).text())
                .isEqualTo("U.S.");
    }
}
