package io.newsroute.tagger.countries;

/**
 * What kind of name a gazetteer row holds, with the weight one mention of it carries as evidence
 * that an article concerns the row's country. Read from the {@code kind} column of {@code gazetteer.tsv}.
 */
enum PlaceKind {
    /** Short or official country name. */
    NAME('N', 1.0),
    /** Alias or abbreviation ("U.S.", "UAE", "Britain"). */
    ALIAS('A', 1.0),
    /** Former name still in the news ("Burma", "Soviet Union"). */
    FORMER('F', 1.0),
    /** Demonym or adjective ("Japanese", "Filipinos"). */
    DEMONYM('D', 0.7),
    /** Institution or landmark that stands for the country ("Wall Street", "Kremlin"). */
    INSTITUTION('I', 0.7),
    /** National capital. */
    CAPITAL('K', 0.8),
    /** First-level subdivision (state, province). */
    SUBDIVISION('S', 0.8),
    /** City. */
    CITY('C', 0.7),
    /** State abbreviation ("N.Y.", "Calif."): counts only as the qualifier in "Place, Qualifier". */
    STATE_ABBREVIATION('B', 0.8),
    /** A phrase that is not a country ("South China Sea"): matched only to hide shorter names inside it. */
    BLOCKER('X', 0.0);

    final char letter;
    final double weight;

    PlaceKind(char letter, double weight) {
        this.letter = letter;
        this.weight = weight;
    }

    /** Whether this kind names a place inside a country rather than the country itself. */
    boolean isPlaceInside() {
        return this == CAPITAL || this == SUBDIVISION || this == CITY || this == STATE_ABBREVIATION;
    }

    static PlaceKind of(char letter) {
        for (PlaceKind k : values()) {
            if (k.letter == letter) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown place kind '" + letter + "'");
    }
}
