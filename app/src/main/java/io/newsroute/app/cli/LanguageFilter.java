package io.newsroute.app.cli;

import io.newsroute.common.model.EnrichedArticle;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether an article is in one of the languages a subscriber asked for ({@code subscribe
 * --language fr}): compares the primary subtag of the record's {@code language} ("fr" of "fr-CA") with
 * the requested ISO 639-1 codes, case-insensitively. All articles pass when none are requested.
 */
public final class LanguageFilter {

    private final Set<String> wanted;

    private LanguageFilter(Set<String> wanted) {
        this.wanted = wanted;
    }

    /**
     * A filter for the requested codes.
     *
     * @throws IllegalArgumentException naming a code that is not two or three letters
     */
    public static LanguageFilter of(List<String> requested) {
        Set<String> codes = new LinkedHashSet<>();
        for (String r : requested) {
            String code = primary(r);
            if (code == null
                    || !code.chars().allMatch(c -> c >= 'a' && c <= 'z')
                    || code.length() < 2
                    || code.length() > 3) {
                throw new IllegalArgumentException(
                        "'" + r + "' is not a language code: give an ISO 639-1 code such as fr or de");
            }
            codes.add(code);
        }
        return new LanguageFilter(Set.copyOf(codes));
    }

    private static String primary(String tag) {
        if (tag == null) {
            return null;
        }
        String t = tag.strip().toLowerCase(Locale.ROOT);
        int dash = Math.max(t.indexOf('-'), t.indexOf('_'));
        return dash < 0 ? t : t.substring(0, dash);
    }

    public boolean accepts(EnrichedArticle a) {
        if (wanted.isEmpty()) {
            return true;
        }
        String language = primary(a.language());
        return language != null && wanted.contains(language);
    }
}
