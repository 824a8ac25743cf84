package io.newsroute.tagger.themes;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsroute.tagger.text.Tokens;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the theme tagger's fast phrase matching (surface lexicon lookups, the packed
 * {@link CueIndex#endingAt} lists, the word-before bit filter, the two-pass scan of
 * {@link ThemeTagger}) against a reference matcher that does the obvious thing: it reads the text's
 * words one by one, gives each its cue word id by stemming it ({@link TokenScanner#resolve}, the
 * path the cue phrases were loaded with, never the lexicon or the stem cache), and then, for every
 * cue phrase and every word of the text, checks whether the phrase's words end there, each right
 * after the one before (a possessive s may stand between), with no sentence break inside and no
 * more than {@link ThemeTagger#MAX_CHARS_PER_TOKEN} characters per word.
 *
 * <p>The layer compared is the list of phrase matches (phrase, start, end) of a text before any is
 * counted ({@link ThemeTagger#phraseMatches}): exact on both sides, whereas the scores after it add
 * position weights, repeat damping and the hierarchy, which a reference would only copy. Both sides
 * read the same {@link Tokens} and the same compiled phrases ({@link CueIndex#phraseTokens}).
 *
 * <p>The texts are generated with a fixed seed per language from that language's cue phrases (as
 * written, in capitals, with a plural s, cut short), filler words, possessives, apostrophes, sentence
 * breaks, and now and then a phrase spread wider than the per-word limit.
 */
class CueMatcherReferenceTest {

    private static final int TEXTS_PER_LANGUAGE = 300;
    private static final String[] FILLER = {
        "the", "a", "said", "on", "new", "of", "and", "der", "die", "und", "le", "la", "et", "el", "y", "em", "do",
        "it's", "don't", "2024", "-", ",", ".", ". ", "!", "\n", ";", ":"
    };

    /** The languages the bundled taxonomy has cues in (English, German, French, Spanish, Portuguese). */
    static List<CueLanguage> languagesWithCues() {
        List<CueLanguage> out =
                ThemeTagger.standard().languages().stream().map(CueLanguage::of).toList();
        assertThat(out).contains(CueLanguage.EN, CueLanguage.DE);
        return out;
    }

    @ParameterizedTest
    @MethodSource("languagesWithCues")
    void shouldMatchWhatTheReferenceMatcherFinds(CueLanguage language) {
        ThemeTagger tagger = ThemeTagger.standard();
        CueIndex index = tagger.index(language);
        List<String> phrases = new ArrayList<>();
        for (ThemeDefinition theme : tagger.taxonomy().themes()) {
            for (Cue cue : theme.cues()) {
                if (cue.language().equals(language.code)) {
                    phrases.add(cue.phrase());
                }
            }
        }
        Reference reference = new Reference(index, language);
        Random random = new Random(18L + language.ordinal());
        List<String> mismatches = new ArrayList<>();
        int matches = 0;
        int longer = 0;
        for (int n = 0; n < TEXTS_PER_LANGUAGE; n++) {
            String text = text(random, phrases);
            List<String> got = describe(tagger.phraseMatches(text, language), index);
            List<String> want = describe(reference.matches(new Tokens(text)), index);
            if (!got.equals(want)) {
                mismatches.add("text " + n + ": fast " + got + "\n  reference " + want + "\n  in: " + text);
            }
            matches += want.size();
            longer += (int) want.stream().filter(m -> m.contains(" ")).count();
        }
        assertThat(mismatches)
                .as("texts where the fast matcher and the reference differ")
                .isEmpty();
        assertThat(matches)
                .as("phrase matches: the generated texts must hold cues")
                .isGreaterThan(TEXTS_PER_LANGUAGE * 2);
        assertThat(longer).as("matches of phrases of several words").isGreaterThan(TEXTS_PER_LANGUAGE / 4);
    }

    /** Each match as "phrase words@start-end", sorted: the same matches in any order compare equal. */
    private static List<String> describe(List<int[]> matches, CueIndex index) {
        List<String> out = new ArrayList<>();
        for (int[] m : matches) {
            StringBuilder b = new StringBuilder();
            for (int id : index.phraseTokens[m[0]]) {
                b.append(b.length() == 0 ? "" : " ").append(index.dict.word(id));
            }
            out.add(b + "#" + m[0] + "@" + m[1] + "-" + m[2]);
        }
        out.sort(null);
        return out;
    }

    private static String text(Random random, List<String> phrases) {
        StringBuilder b = new StringBuilder();
        int chunks = 5 + random.nextInt(12);
        for (int c = 0; c < chunks; c++) {
            if (random.nextInt(3) == 0) {
                b.append(FILLER[random.nextInt(FILLER.length)]);
            } else {
                b.append(phrase(random, phrases.get(random.nextInt(phrases.size()))));
            }
            b.append(random.nextInt(8) == 0 ? "'s " : " ");
        }
        return b.toString();
    }

    private static String phrase(Random random, String phrase) {
        String[] words = phrase.split(" ");
        switch (random.nextInt(7)) {
            case 0:
                return phrase.toUpperCase(Locale.ROOT);
            case 1:
                return phrase + "s";
            case 2: // the phrase without its last word: the words before a longer phrase's end
                return String.join(" ", Arrays.copyOf(words, Math.max(1, words.length - 1)));
            case 3: // the words spread wider than the per-word limit
                return String.join(" ".repeat(ThemeTagger.MAX_CHARS_PER_TOKEN), words);
            case 4: // a sentence break inside
                return String.join(random.nextBoolean() ? ". " : "\n", words);
            default:
                return phrase;
        }
    }

    /** The reference matcher: every word stemmed, every phrase tried at every word. */
    private static final class Reference {

        /** One word of the text: its first and last token and its cue word id (-1: none). */
        record Word(int first, int last, int id) {}

        private final CueIndex index;
        private final CueLanguage language;
        private final TokenScanner scanner;

        Reference(CueIndex index, CueLanguage language) {
            this.index = index;
            this.language = language;
            this.scanner = new TokenScanner(language);
        }

        List<int[]> matches(Tokens t) {
            List<Word> words = words(t);
            List<int[]> out = new ArrayList<>();
            for (int end = 0; end < words.size(); end++) {
                for (int p = 0; p < index.phraseTokens.length; p++) {
                    int[] phrase = index.phraseTokens[p];
                    int first = end - phrase.length + 1;
                    if (first >= 0 && wordsAre(words, first, phrase) && adjacent(t, words, first, end)) {
                        int start = t.start(words.get(first).first());
                        int stop = t.end(words.get(end).last());
                        if (stop - start <= ThemeTagger.MAX_CHARS_PER_TOKEN * phrase.length) {
                            out.add(new int[] {p, start, stop});
                        }
                    }
                }
            }
            return out;
        }

        /** The words: tokens joined by an apostrophe make one word, a possessive s belongs to none. */
        private List<Word> words(Tokens t) {
            boolean join = language.joinsApostrophes;
            List<Word> words = new ArrayList<>();
            for (int k = 0; k < t.count(); k++) {
                if (join && t.has(k, Tokens.APOSTROPHE_BEFORE)) {
                    continue;
                }
                int last = join ? TokenScanner.lastTokenOfWord(t, k) : k;
                words.add(new Word(k, last, scanner.resolve(index.dict, t, k, last)));
                k = last;
            }
            return words;
        }

        private static boolean wordsAre(List<Word> words, int first, int[] phrase) {
            for (int j = 0; j < phrase.length; j++) {
                if (words.get(first + j).id() != phrase[j]) {
                    return false;
                }
            }
            return true;
        }

        /** Whether each word of {@code first..end} starts right after the one before, with no break before it. */
        private boolean adjacent(Tokens t, List<Word> words, int first, int end) {
            for (int w = first + 1; w <= end; w++) {
                int next = words.get(w - 1).last() + 1;
                if (language.joinsApostrophes && next < t.count() && TokenScanner.isPossessiveS(t, next)) {
                    next++;
                }
                if (next != words.get(w).first() || t.has(words.get(w).first(), Tokens.BREAK_BEFORE)) {
                    return false;
                }
            }
            return true;
        }
    }
}
