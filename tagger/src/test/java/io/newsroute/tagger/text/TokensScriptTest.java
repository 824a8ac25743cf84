package io.newsroute.tagger.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokensScriptTest {

    private static String[] words(Tokens t) {
        String[] out = new String[t.count()];
        for (int i = 0; i < out.length; i++) {
            out[i] = t.text().substring(t.start(i), t.end(i));
        }
        return out;
    }

    @Test
    void shouldMakeEachHanAndKanaCharacterATokenOfItsOwn() {
        Tokens t = new Tokens("東京でワシントンと会談。USAも");
        assertThat(words(t)).containsExactly("東", "京", "で", "ワ", "シ", "ン", "ト", "ン", "と", "会", "談", "USA", "も");
        assertThat(t.hash(0)).isEqualTo(Tokens.hashFolded("東"));
    }

    @Test
    void shouldEndASentenceAtAnIdeographicFullStop() {
        Tokens t = new Tokens("会談。北京");
        assertThat(t.has(2, Tokens.BREAK_BEFORE)).isTrue();
        assertThat(t.has(2, Tokens.SENTENCE_START)).isTrue();
        assertThat(t.has(1, Tokens.BREAK_BEFORE)).isFalse();
    }

    @Test
    void shouldKeepArabicAndCyrillicWordsWhole() {
        assertThat(words(new Tokens("وصل إلى الأردن"))).containsExactly("وصل", "إلى", "الأردن");
        assertThat(words(new Tokens("в России, в Пекине"))).containsExactly("в", "России", "в", "Пекине");
    }

    @Test
    void shouldMarkLettersOfScriptsWithoutCaseAsUncased() {
        Tokens t = new Tokens("الأردن 北京 Россия россия 2024 Paris");
        assertThat(t.has(0, Tokens.UNCASED)).isTrue();
        assertThat(t.has(1, Tokens.UNCASED)).isTrue();
        assertThat(t.has(3, Tokens.UNCASED)).isFalse();
        assertThat(t.has(3, Tokens.CAP)).isTrue();
        assertThat(t.has(4, Tokens.CAP) || t.has(4, Tokens.UNCASED)).isFalse();
        assertThat(t.has(5, Tokens.UNCASED)).isFalse();
        assertThat(t.has(6, Tokens.UNCASED)).isFalse();
    }

    @Test
    void shouldFoldArabicHamzaFormsAndCyrillicDiacriticsAlike() {
        assertThat(new Tokens("الأردن").hash(0)).isEqualTo(new Tokens("الاردن").hash(0));
        assertThat(new Tokens("Соединённые").hash(0)).isEqualTo(new Tokens("соединенные").hash(0));
    }

    @Test
    void shouldFoldLettersThatDecompositionLeavesAlone() {
        assertThat(new Tokens("Diyarbakır Łódź Tromsø").folded(0)).isEqualTo("diyarbakir");
        assertThat(new Tokens("Diyarbakır Łódź Tromsø").folded(1)).isEqualTo("lodz");
        assertThat(new Tokens("Diyarbakır Łódź Tromsø").folded(2)).isEqualTo("tromso");
    }
}
