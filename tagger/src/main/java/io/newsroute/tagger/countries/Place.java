package io.newsroute.tagger.countries;

/**
 * One gazetteer row: a surface form and the country it points to. Read from {@code gazetteer.tsv};
 * immutable.
 *
 * @param surface    the name as written in the gazetteer (used for exact-case rows like "US")
 * @param code       ISO 3166-1 alpha-2 code, or "-" for a blocker
 * @param kind       what kind of name it is
 * @param population population of a city (0 when unknown or not a city)
 * @param exactCase  matches only when written exactly as {@code surface} ("US", "UK")
 * @param personRisk also a person's name ("Jordan", "Chad"): rejected next to other capitalised names
 * @param wordRisk   also a common word ("Reading", "Mobile"): rejected at a sentence start or in capitals
 * @param noDefault  shared by several countries with nothing to choose: kept only when context decides
 * @param lowerCase  may be written in lower case in running text (adjectives: "japonais", "deutsche")
 * @param language   ISO 639-1 code of the only language whose articles the row counts in, or null for any
 */
record Place(
        String surface,
        String code,
        PlaceKind kind,
        long population,
        boolean exactCase,
        boolean personRisk,
        boolean wordRisk,
        boolean noDefault,
        boolean lowerCase,
        String language) {

    /** Whether the row counts in an article of {@code articleLanguage} (null: unknown, only rows for any language). */
    boolean countsIn(String articleLanguage) {
        return language == null || language.equals(articleLanguage);
    }

    static Place parse(String line) {
        String[] f = line.split("\t", -1);
        if (f.length < 3) {
            throw new IllegalArgumentException("gazetteer row needs surface, code and kind: " + line);
        }
        long pop = f.length > 3 && !f[3].isEmpty() ? Long.parseLong(f[3]) : 0;
        String flags = f.length > 4 ? f[4] : "";
        String language = f.length > 5 && !f[5].isEmpty() ? f[5].intern() : null;
        return new Place(
                f[0],
                f[1],
                PlaceKind.of(f[2].charAt(0)),
                pop,
                flags.indexOf('C') >= 0,
                flags.indexOf('P') >= 0,
                flags.indexOf('W') >= 0,
                flags.indexOf('?') >= 0,
                flags.indexOf('L') >= 0,
                language);
    }
}
