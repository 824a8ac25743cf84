package io.newsroute.tagger.language;

import io.newsroute.tagger.text.ArticleTokens;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Tells the language of an article: reads its title, subtitle and body tokens (and the language its
 * source declared, if any); returns an ISO 639-1 code, or {@value #UNDETERMINED}. A fast vote over the
 * tokens the taggers share decides most articles in about a microsecond: the script (Cyrillic, Arabic,
 * Han, kana) or the function words of the Latin-script languages ({@link FunctionWords}). When that
 * vote is not clear (short texts, or a language the tagger does not support), the Lingua library
 * ({@link LinguaDetector}), restricted to the supported languages plus a few frequent others, decides
 * on the first {@value #SAMPLE_CHARS} characters. Plain Java; thread-safe.
 */
public final class LanguageIdentifier {

    /** The languages the taggers have names (and, for some, theme cues) for. */
    public static final List<String> SUPPORTED = List.of("en", "fr", "es", "de", "pt", "it", "ru", "ar", "zh", "ja");
    /** The code written when no language can be told. */
    public static final String UNDETERMINED = "und";

    /** Tokens of each field the vote reads at most. */
    static final int MAX_TOKENS = 400;
    /** Function words a Latin-script language needs for the vote to decide... */
    static final int MIN_VOTES = 5;
    /** ...and how many times the runner-up's count. */
    static final int MARGIN = 3;
    /** Characters of title, subtitle and body the library reads. */
    static final int SAMPLE_CHARS = 600;

    private static final class Holder {
        static final LanguageIdentifier STANDARD = new LanguageIdentifier(LinguaDetector.standard());
    }

    /** What the vote or the library decided, and whether the vote was clear. */
    public record Identified(String language, boolean certain) {}

    private final FunctionWords words = new FunctionWords();
    private final LinguaDetector library;
    private final ThreadLocal<int[]> votes = ThreadLocal.withInitial(() -> new int[FunctionWords.SLOTS]);

    LanguageIdentifier(LinguaDetector library) {
        this.library = library;
    }

    /** The identifier with the bundled function words and Lingua's models. */
    public static LanguageIdentifier standard() {
        return Holder.STANDARD;
    }

    /**
     * The article's language. A language the source declared ({@code declared}: a BCP-47 tag such as
     * "fr-FR", or null) is kept unless the text clearly says otherwise: a site's templates often
     * declare one language for every page, while the words of a long text rarely mislead.
     */
    public String identify(ArticleTokens article, String declared) {
        String trusted = primary(declared);
        Identified found = identify(article, trusted == null);
        if (trusted == null || found.certain() && !found.language().equals(trusted)) {
            return found.language();
        }
        return trusted;
    }

    /** The language the text is written in, from the vote, or (with {@code useLibrary}) the library when the vote is unclear. */
    public Identified identify(ArticleTokens article, boolean useLibrary) {
        int[] v = votes.get();
        Arrays.fill(v, 0);
        int read = words.vote(article.title(), MAX_TOKENS, v)
                + words.vote(article.subtitle(), MAX_TOKENS, v)
                + words.vote(article.body(), MAX_TOKENS, v);
        String byVote = decide(v, read);
        if (byVote != null || !useLibrary) {
            return new Identified(byVote == null ? UNDETERMINED : byVote, byVote != null);
        }
        return new Identified(library.detect(sample(article)), false);
    }

    /** The vote's answer, or null when it is not clear. */
    static String decide(int[] v, int read) {
        int cjk = v[FunctionWords.HAN] + v[FunctionWords.KANA];
        int other = Math.max(cjk, Math.max(v[FunctionWords.CYRILLIC], v[FunctionWords.ARABIC]));
        if (other * 2 > read && other >= 4) {
            if (other == cjk) {
                return v[FunctionWords.KANA] * 20 >= cjk ? "ja" : "zh"; // Japanese is a third kana or more
            }
            return other == v[FunctionWords.CYRILLIC] ? "ru" : "ar";
        }
        int best = -1;
        int second = 0;
        for (int lang = 0; lang < FunctionWords.LATIN.size(); lang++) {
            if (best < 0 || v[lang] > v[best]) {
                second = best < 0 ? 0 : v[best];
                best = lang;
            } else if (v[lang] > second) {
                second = v[lang];
            }
        }
        return v[best] >= MIN_VOTES && v[best] >= MARGIN * second ? FunctionWords.LATIN.get(best) : null;
    }

    private static String sample(ArticleTokens a) {
        StringBuilder b = new StringBuilder(SAMPLE_CHARS + 2);
        for (String field :
                new String[] {a.title().text(), a.subtitle().text(), a.body().text()}) {
            int room = SAMPLE_CHARS - b.length();
            if (room <= 0) {
                break;
            }
            b.append(field, 0, Math.min(field.length(), room)).append('\n');
        }
        return b.toString();
    }

    /** "fr-FR" gives "fr"; null, blank or malformed gives null. */
    static String primary(String tag) {
        if (tag == null) {
            return null;
        }
        String t = tag.strip();
        int dash = t.indexOf('-') >= 0 ? t.indexOf('-') : t.indexOf('_');
        String p = (dash < 0 ? t : t.substring(0, dash)).toLowerCase(Locale.ROOT);
        return p.length() >= 2
                        && p.length() <= 3
                        && p.chars().allMatch(c -> c >= 'a' && c <= 'z')
                        && !p.equals(UNDETERMINED)
                ? p
                : null;
    }
}
