package io.newsroute.tagger.language;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsroute.tagger.text.ArticleTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageIdentifierTest {

    private static final LanguageIdentifier ID = LanguageIdentifier.standard();

    private static String identify(String title, String body, String declared) {
        return ID.identify(ArticleTokens.of(title, null, body), declared);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        en | Talks resume in Geneva | The foreign ministers of the two countries said on Monday that they would meet again in the spring, and that the talks had been useful for both sides.
        fr | Reprise des pourparlers à Genève | Les ministres des affaires étrangères des deux pays ont déclaré lundi qu'ils se retrouveraient au printemps, et que les discussions avaient été utiles pour les deux parties.
        de | Gespräche in Genf gehen weiter | Die Außenminister der beiden Länder sagten am Montag, dass sie sich im Frühjahr wieder treffen würden und dass die Gespräche für beide Seiten nützlich gewesen seien.
        es | Se reanudan las conversaciones en Ginebra | Los ministros de Asuntos Exteriores de los dos países dijeron el lunes que volverían a reunirse en primavera y que las conversaciones habían sido útiles para ambas partes.
        pt | Retomadas as negociações em Genebra | Os ministros dos Negócios Estrangeiros dos dois países disseram na segunda-feira que voltariam a reunir-se na primavera e que as conversações foram úteis para ambas as partes.
        it | Riprendono i colloqui a Ginevra | I ministri degli Esteri dei due paesi hanno detto lunedì che si incontreranno di nuovo in primavera e che i colloqui sono stati utili per entrambe le parti.
        ru | Переговоры возобновились в Женеве | Министры иностранных дел двух стран заявили в понедельник, что встретятся снова весной и что переговоры были полезны для обеих сторон.
        ar | استئناف المحادثات في جنيف | قال وزيرا خارجية البلدين يوم الاثنين إنهما سيلتقيان مجددا في الربيع وإن المحادثات كانت مفيدة للجانبين.
        zh | 日内瓦会谈恢复 | 两国外交部长周一表示，他们将在春季再次会面，会谈对双方都有益。
        ja | ジュネーブで協議再開 | 両国の外相は月曜日、春に再び会談すると述べ、協議は双方にとって有益だったと語った。
        """)
    void shouldTellEachSupportedLanguage(String expected, String title, String body) {
        assertThat(identify(title, body, null)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        fr | Le président rencontre le chancelier
        de | Der Kanzler trifft den Präsidenten
        es | El presidente se reúne con el canciller
        en | The president meets the chancellor
        """)
    void shouldTellTheLanguageOfAHeadlineAlone(String expected, String title) {
        assertThat(identify(title, null, null)).isEqualTo(expected);
    }

    @Test
    void shouldKeepADeclaredLanguageWhenTheTextIsTooShortToSay() {
        assertThat(identify("Paris", "Berlin, Rome.", "it-IT")).isEqualTo("it");
    }

    @Test
    void shouldOverruleADeclaredLanguageThatTheTextClearlyContradicts() {
        String body =
                "Die Regierung hat am Montag einen Plan vorgelegt, der die Energiepreise senken soll. Nach Angaben"
                        + " des Ministeriums sollen die Haushalte und die Unternehmen im nächsten Jahr entlastet werden, und die"
                        + " Opposition kritisierte, dass der Plan zu spät komme.";
        assertThat(identify("Energiepreise", body, "en")).isEqualTo("de");
    }

    @Test
    void shouldTellAnUnsupportedLanguageAsItselfOrUndetermined() {
        String dutch =
                "De regering heeft maandag een plan gepresenteerd dat de energieprijzen moet verlagen. Volgens het"
                        + " ministerie worden huishoudens en bedrijven volgend jaar ontlast.";
        assertThat(identify("Energieprijzen", dutch, null)).isIn("nl", LanguageIdentifier.UNDETERMINED);
        assertThat(identify(null, null, null)).isEqualTo(LanguageIdentifier.UNDETERMINED);
    }

    @Test
    void shouldReadOnlyThePrimarySubtagOfADeclaredLanguage() {
        assertThat(LanguageIdentifier.primary("fr-FR")).isEqualTo("fr");
        assertThat(LanguageIdentifier.primary(" PT_br ")).isEqualTo("pt");
        assertThat(LanguageIdentifier.primary("und")).isNull();
        assertThat(LanguageIdentifier.primary("x")).isNull();
        assertThat(LanguageIdentifier.primary("1234")).isNull();
        assertThat(LanguageIdentifier.primary(null)).isNull();
    }
}
