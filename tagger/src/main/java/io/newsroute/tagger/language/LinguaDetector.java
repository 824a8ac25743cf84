package io.newsroute.tagger.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

/**
 * The library side of {@link LanguageIdentifier}: Lingua (Apache-2.0), chosen for its accuracy on
 * short texts (titles, teasers). Reads a text sample; returns an ISO 639-1 code or "und". It knows the
 * ten languages the tagger supports and a few frequent others, so that a Dutch or Polish article is
 * told as such (a catch-all: the tagger then reads only the names that count in any language) rather
 * than as the nearest supported language. Models are loaded on first use. Thread-safe.
 */
final class LinguaDetector {

    /** The languages Lingua weighs: the supported ten, then the catch-all others. */
    static final Language[] LANGUAGES = {
        Language.ENGLISH,
        Language.FRENCH,
        Language.SPANISH,
        Language.GERMAN,
        Language.PORTUGUESE,
        Language.ITALIAN,
        Language.RUSSIAN,
        Language.ARABIC,
        Language.CHINESE,
        Language.JAPANESE,
        Language.DUTCH,
        Language.POLISH,
        Language.TURKISH,
        Language.SWEDISH,
        Language.INDONESIAN,
        Language.CATALAN,
        Language.ROMANIAN,
        Language.UKRAINIAN,
        Language.KOREAN,
    };

    private static final class Holder {
        static final LinguaDetector STANDARD = new LinguaDetector();
    }

    private final LanguageDetector detector =
            LanguageDetectorBuilder.fromLanguages(LANGUAGES).build();

    static LinguaDetector standard() {
        return Holder.STANDARD;
    }

    String detect(String text) {
        Language l = detector.detectLanguageOf(text);
        return l == Language.UNKNOWN
                ? LanguageIdentifier.UNDETERMINED
                : l.getIsoCode639_1().toString();
    }
}
