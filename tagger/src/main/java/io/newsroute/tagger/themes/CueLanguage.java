package io.newsroute.tagger.themes;

import java.util.Locale;
import org.apache.lucene.analysis.de.GermanLightStemmer;
import org.apache.lucene.analysis.es.SpanishLightStemmer;
import org.apache.lucene.analysis.fr.FrenchLightStemmer;
import org.apache.lucene.analysis.it.ItalianLightStemmer;
import org.apache.lucene.analysis.pt.PortugueseLightStemmer;

/**
 * A language that theme cues can be written in ({@code cue@de 2: Bundesliga, Tor}), with how its words
 * are brought to a common stem. English uses the tagger's own {@link LightStemmer}; the others use
 * Lucene's light stemmers (Apache-2.0; Savoy's rules, made for news search), which like ours rewrite
 * a lower-cased word in a {@code char[]} in place. Reads and writes nothing else; thread-safe.
 */
enum CueLanguage {
    EN("en", LightStemmer::stem, true),
    FR("fr", new FrenchLightStemmer()::stem, false),
    DE("de", new GermanLightStemmer()::stem, false),
    ES("es", new SpanishLightStemmer()::stem, false),
    PT("pt", new PortugueseLightStemmer()::stem, false),
    IT("it", new ItalianLightStemmer()::stem, false);

    /** Rewrites {@code b[0..n)}, a folded word, into its stem in place; returns the stem's length. */
    @FunctionalInterface
    interface Stemmer {
        int stem(char[] b, int n);
    }

    final String code;
    final Stemmer stemmer;
    /**
     * English joins the parts of a word around an apostrophe ("don't") and drops a possessive s; in
     * the other languages an apostrophe ends an elided word ("l'économie", "dell'Europa"), so each
     * part is a word of its own.
     */
    final boolean joinsApostrophes;

    CueLanguage(String code, Stemmer stemmer, boolean joinsApostrophes) {
        this.code = code;
        this.stemmer = stemmer;
        this.joinsApostrophes = joinsApostrophes;
    }

    /** The cue language of an ISO 639-1 code, or null when cues cannot be written in it. */
    static CueLanguage of(String code) {
        if (code == null) {
            return null;
        }
        String c = code.toLowerCase(Locale.ROOT);
        for (CueLanguage l : values()) {
            if (l.code.equals(c)) {
                return l;
            }
        }
        return null;
    }

    /** The codes, for messages. */
    static String codes() {
        StringBuilder b = new StringBuilder();
        for (CueLanguage l : values()) {
            b.append(b.length() == 0 ? "" : ", ").append(l.code);
        }
        return b.toString();
    }
}
