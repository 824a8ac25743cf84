package io.newsroute.tagger.countries;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsroute.common.model.CountryTag;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Countries in the ten supported languages: names, inflections, adjectives, capitals, datelines. */
class MultilingualCountriesTest {

    private static List<String> codes(String title, String body, String language) {
        return CountryTagger.standard().tag(title, null, body, language).stream()
                .map(CountryTag::code)
                .toList();
    }

    @Test
    void shouldFindFrenchNamesWithTheirArticlesAndCapitals() {
        assertThat(codes(
                        "Le Japon et le Laos renforcent leur coopération",
                        "Le vice-Premier ministre s'est rendu à Tokyo. La Chine reste le premier investisseur au Laos, "
                                + "devant le Japon. Pékin a réagi avec prudence.",
                        "fr"))
                .contains("LA", "JP", "CN");
        assertThat(codes(
                        "Visite aux États-Unis",
                        "Le président est arrivé à Washington. Les relations des États-Unis "
                                + "avec l'Allemagne sont au menu.",
                        "fr"))
                .contains("US", "DE");
    }

    @Test
    void shouldFindSpanishNamesAndCapitals() {
        assertThat(codes(
                        "Alemania y Francia acuerdan un plan energético",
                        "El canciller viajó a París para firmar el acuerdo. Berlín y París quieren reducir los precios.",
                        "es"))
                .contains("DE", "FR");
        assertThat(codes(
                        "Reunión en Nueva Delhi",
                        "Los ministros se reunieron en Nueva Delhi con sus colegas de Londres.",
                        "es"))
                .contains("IN");
    }

    @Test
    void shouldFindGermanNamesInTheirInflectionsAndGermanDatelines() {
        assertThat(codes(
                        "Spannungen zwischen Russland und der Ukraine",
                        "MOSKAU – Die Vereinigten Staaten haben Russland zur Zurückhaltung aufgerufen. "
                                + "Deutschlands Außenministerin reiste nach Kiew.",
                        "de"))
                .contains("RU", "UA", "US");
        assertThat(codes(
                        null,
                        "Die Koalition streitet über das Budget. Wien – Der Finanzminister legte am Montag "
                                + "einen Entwurf vor, der Sparmaßnahmen vorsieht.",
                        "de"))
                .contains("AT");
        assertThat(codes(null, "Neue Gespräche. Peking – Die Regierung kündigte Reformen an.", "de"))
                .contains("CN");
    }

    @Test
    void shouldFindAdjectivesThatALanguageWritesInLowerCase() {
        assertThat(codes(
                        "Un accord historique",
                        "Le gouvernement japonais a salué l'accord. Les entreprises japonaises "
                                + "investiront davantage, selon le ministre japonais.",
                        "fr"))
                .contains("JP");
        assertThat(codes(
                        "Ein neues Abkommen",
                        "Die deutsche Regierung begrüßte das Abkommen. Die deutschen "
                                + "Unternehmen wollen investieren, sagte der deutsche Minister.",
                        "de"))
                .contains("DE");
        assertThat(codes(
                        "Новое соглашение",
                        "Российский министр приветствовал соглашение. Российские компании "
                                + "будут инвестировать, заявил российский президент.",
                        "ru"))
                .contains("RU");
    }

    @Test
    void shouldFindRussianNamesInTheirCases() {
        assertThat(codes(
                        "Переговоры в Пекине",
                        "Президент России прибыл в Пекин. В России считают, что Китай "
                                + "и Россия договорятся. В Москве ждут итогов.",
                        "ru"))
                .contains("RU", "CN");
    }

    @Test
    void shouldFindArabicNamesWithTheirAttachedPrefixes() {
        assertThat(codes(
                        "الأردن ومصر يبحثان التعاون",
                        "وصل وزير خارجية الأردن إلى القاهرة لبحث العلاقات مع مصر "
                                + "والسعودية. وقال إن الأردن ومصر سيوقعان اتفاقيات.",
                        "ar"))
                .contains("JO", "EG");
    }

    @Test
    void shouldFindChineseAndJapaneseNamesInTextWithoutSpaces() {
        assertThat(codes("中美两国元首在北京会晤", "美国总统抵达北京，与中国国家主席举行会谈。双方讨论了贸易问题。", "zh"))
                .contains("CN", "US");
        assertThat(codes("日米首脳がワシントンで会談", "首相はワシントンを訪問し、米国の大統領と会談した。日本と米国は" + "経済協力で合意した。", "ja"))
                .contains("JP", "US");
    }

    @Test
    void shouldReadOneCharacterAbbreviationsInChineseAndJapaneseOnlyInPairs() {
        assertThat(codes("日米首脳会談", "首相は大統領と会談し、日米同盟の強化で一致した。", "ja")).contains("JP", "US");
        assertThat(codes("中美关系", "双方讨论了中美关系和俄乌冲突。", "zh")).contains("CN", "US", "RU", "UA");
        assertThat(codes("朝日新聞の調査", "朝日新聞の世論調査によると、今日中に結果が出る。", "ja")).isEmpty();
        assertThat(codes("中美洲国家", "中美洲国家领导人举行会议。", "zh")).doesNotContain("CN");
        assertThat(codes("日本語の授業", "中学校で英語と日本語の授業が始まった。", "ja")).doesNotContain("GB", "CN");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        pt | Brasil e Argentina assinam acordo | O presidente viajou a Buenos Aires. O Brasil e a Argentina querem ampliar o comércio. | BR,AR
        it | La Germania e la Francia firmano un accordo | Il cancelliere è arrivato a Parigi. La Germania e la Francia vogliono cooperare. | DE,FR
        """)
    void shouldFindPortugueseAndItalianNames(String language, String title, String body, String expected) {
        assertThat(codes(title, body, language)).contains(expected.split(","));
    }

    @Test
    void shouldCountANameOfOneLanguageOnlyInArticlesOfThatLanguage() {
        // "Roma" is Rome in Italian and Spanish, but in English the Roma people
        assertThat(codes("Roma communities", "Roma families in the region face discrimination, the report said.", "en"))
                .doesNotContain("IT");
        assertThat(codes("Incontro a Roma", "I ministri si sono incontrati a Roma lunedì.", "it"))
                .contains("IT");
    }

    @Test
    void shouldNotTakeANameThatIsACommonWordOfTheArticlesLanguageForThePlace() {
        assertThat(codes("Das Essen war gut", "Das Essen in der Kantine wird teurer, sagte der Betriebsrat.", "de"))
                .doesNotContain("DE");
        assertThat(codes("Neuer Bahnhof", "In Essen wurde am Montag der neue Bahnhof eröffnet.", "de"))
                .contains("DE");
        assertThat(codes("Reunión en Madrid", "Reunión de ministros en Madrid para hablar del presupuesto.", "es"))
                .doesNotContain("RE");
        assertThat(codes(
                        "Viaje por América", "El grupo recorrerá América del Norte y del Sur durante el verano.", "es"))
                .doesNotContain("US");
    }

    @Test
    void shouldStillReadAPersonsNameAsAPersonInOtherLanguages() {
        assertThat(codes(
                        "Michael Jordan wird 60",
                        "Michael Jordan feierte am Freitag in Chicago seinen Geburtstag.",
                        "de"))
                .doesNotContain("JO");
    }
}
