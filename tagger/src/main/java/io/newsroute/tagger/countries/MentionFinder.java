package io.newsroute.tagger.countries;

import io.newsroute.tagger.text.Tokens;
import io.newsroute.tagger.text.WordKey;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the place names in one tokenized field: reads {@link Tokens}, writes {@link Match}es in order.
 * Takes the longest gazetteer key at each token, then drops candidates whose case or neighbours say
 * they are not places here (lower-case "china", "Michael Jordan", "Reading" opening a sentence).
 */
final class MentionFinder {

    /** Capitalised words that may stand before a place without making it part of a person's name. */
    private static final Set<String> PLACE_PREFIXES = Set.of(
            "greater",
            "central",
            "northern",
            "southern",
            "eastern",
            "western",
            "north",
            "south",
            "east",
            "west",
            "upper",
            "lower",
            "downtown",
            "metropolitan",
            "in",
            "of",
            "to",
            "from",
            "and",
            "for",
            "with",
            "by",
            "at",
            "on",
            "the",
            "neighbouring",
            "neighboring");
    /** Words that open English sentences and may stand right before a place name ("Meanwhile Jordan said"). */
    private static final Set<String> SENTENCE_OPENERS = Set.of(
            "a",
            "an",
            "as",
            "after",
            "before",
            "but",
            "while",
            "when",
            "if",
            "since",
            "because",
            "although",
            "though",
            "unlike",
            "like",
            "including",
            "both",
            "all",
            "meanwhile",
            "today",
            "yesterday",
            "tomorrow",
            "now",
            "then",
            "also",
            "only",
            "even",
            "still",
            "yet",
            "indeed",
            "however",
            "elsewhere",
            "here",
            "there",
            "across",
            "throughout",
            "inside",
            "outside",
            "within",
            "beyond",
            "between",
            "among",
            "against",
            "despite",
            "under",
            "over",
            "about",
            "around",
            "near",
            "behind",
            "beside",
            "via",
            "where",
            "why",
            "how",
            "what",
            "whether",
            "so",
            "thus",
            "hence",
            "once",
            "until",
            "during",
            "without",
            "toward",
            "towards",
            "into",
            "onto",
            "upon",
            "neither",
            "either",
            "not",
            "nor",
            "or",
            "rival",
            "nearby",
            "landlocked",
            "oil",
            "war",
            "post",
            "pre",
            "pro",
            "anti",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "last",
            "next",
            "this",
            "that",
            "these",
            "those",
            "his",
            "her",
            "its",
            "their",
            "our",
            "my",
            "your",
            "many",
            "most",
            "some",
            "every",
            "each",
            "several",
            "few",
            "first",
            "new",
            "old",
            "modern",
            "ancient",
            "former",
            "independent",
            "democratic",
            "communist",
            "socialist",
            "imperial",
            "colonial",
            "rural",
            "urban",
            "coastal",
            "tiny",
            "small",
            "big",
            "large",
            "poor",
            "rich",
            "wealthy",
            "impoverished",
            "mainland",
            "offshore",
            "visiting",
            "host",
            "hosts",
            "hosting",
            "defending",
            "champion",
            "champions",
            "holders",
            "did",
            "does",
            "do",
            "will",
            "would",
            "could",
            "should",
            "can",
            "may",
            "might",
            "must",
            "has",
            "have",
            "had",
            "is",
            "was",
            "are",
            "were",
            "said",
            "says",
            "reports",
            "officials",
            "sources");
    /** Words that make the name before them a currency ("Swiss franc", "U.S. dlrs", "Canadian dollar bond"). */
    private static final long[] CURRENCY_WORDS =
            hashes("dollar dollars dlr dlrs franc francs guilder guilders mark marks "
                    + "yen pound pounds sterling lira lire peseta pesetas crown crowns krona kronor krone kroner rand rupee rupees "
                    + "riyal riyals dinar dinars peso pesos punt shilling shillings schilling schillings escudo escudos drachma "
                    + "drachmas won baht ringgit rupiah cruzado cruzados austral australs bolivar bolivars yuan renminbi currency "
                    + "currencies");
    /** One bit per currency word (its hash's low six bits): most words after a name miss here. */
    private static final long CURRENCY_BLOOM = bloom(CURRENCY_WORDS);
    /** Words after which a place that is also a common word ("Reading", "Mobile") is taken as the place. */
    private static final long[] LOCATIVES = hashes("in at near from to of outside around");
    /** The same in the other languages whose names may be common words too ("in Essen", "à Tours", "en León"). */
    private static final Map<String, long[]> LOCATIVES_BY_LANGUAGE = Map.of(
            "de", hashes("in im nach aus von vom bei um vor"),
            "fr", hashes("a au aux en de du la pres vers depuis"),
            "es", hashes("en a de del desde hacia cerca"),
            "pt", hashes("em no na a de do da desde para perto"),
            "it", hashes("a in di da del della presso verso"),
            "ru", hashes("в во из на под около"));
    /**
     * Towns smaller than this are also rejected before a capitalised word ("Nigel Farage", "Gilbert Arenas");
     * larger cities keep names like "Detroit Pistons" or "Chicago Board of Trade".
     */
    private static final long FIRST_NAME_MAX_POP = 500_000;
    /** Lead length after the dateline: the first sentence or two of wire copy. */
    static final int LEAD_CHARS = 300;

    private final Gazetteer gazetteer;

    MentionFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * Adds the place names of one field to {@code out}, in order; a name rejected somewhere as part of
     * a person's name ("Michael Jordan") is added to {@code persons}, for {@link #dropPersonNames}.
     */
    List<Match> find(
            Tokens t,
            String field,
            Match.Position position,
            Dateline.Span dateline,
            String language,
            List<Match> out,
            List<Gazetteer.Entry> persons) {
        boolean capsField = t.caseless();
        int datelineStart = dateline == null ? -1 : dateline.start();
        int datelineEnd = dateline == null ? -1 : dateline.end();
        int leadEnd = position == Match.Position.BODY ? Math.max(datelineEnd, 0) + LEAD_CHARS : -1;
        int i = 0;
        while (i < t.count()) {
            // in running text a place name starts with a capital (filter() drops the rest): look up only
            // those, and the few keys that a language writes in lower case ("japonais", "deutsche")
            boolean lowerInText = !capsField
                    && !t.has(i, Tokens.CAP)
                    && !t.has(i, Tokens.UNCASED)
                    && !(t.start(i) >= datelineStart && t.end(i) <= datelineEnd);
            if (lowerInText && !gazetteer.mayStartLower(WordKey.ofRun(t, i, i))) {
                i++;
                continue;
            }
            Gazetteer.Entry best = gazetteer.longestAt(t, i);
            if (best == null) {
                i++;
                continue;
            }
            int last = i + best.tokens() - 1;
            boolean inDateline = t.start(i) >= datelineStart && t.end(last) <= datelineEnd;
            Match.Position pos = position;
            if (inDateline) {
                pos = Match.Position.DATELINE;
            } else if (position == Match.Position.BODY && t.start(i) < leadEnd) {
                pos = Match.Position.LEAD;
            }
            Place[] kept = filter(t, i, last, best.places(), capsField || inDateline, inDateline, language);
            if (kept.length < best.places().length
                    && !capsField
                    && !inDateline
                    && !persons.contains(best)
                    && namesPerson(t, i, last, best.places())) {
                persons.add(best);
            }
            if (kept.length > 0) {
                Match m = new Match(t, field, i, last, pos, kept, best);
                m.currency = last + 1 < t.count()
                        && (CURRENCY_BLOOM >>> t.hash(last + 1) & 1) != 0
                        && Arrays.binarySearch(CURRENCY_WORDS, t.hash(last + 1)) >= 0;
                out.add(m);
            }
            i = last + 1;
        }
        return out;
    }

    private static long bloom(long[] hashes) {
        long b = 0;
        for (long h : hashes) {
            b |= 1L << h;
        }
        return b;
    }

    private static long[] hashes(String words) {
        Tokens t = new Tokens(words);
        long[] h = new long[t.count()];
        for (int i = 0; i < h.length; i++) {
            h[i] = t.hash(i);
        }
        Arrays.sort(h);
        return h;
    }

    private static Place[] filter(
            Tokens t, int first, int last, Place[] places, boolean caps, boolean inDateline, String language) {
        boolean lower = !caps && !t.has(first, Tokens.CAP) && !t.has(first, Tokens.UNCASED);
        int word = languageWord(places, language);
        if (word == HIDDEN && !inDateline) {
            return NONE;
        }
        int accepted = 0;
        long mask = 0; // gazetteer keys have a handful of places at most; more than 64 are simply not kept
        for (int k = 0; k < places.length && k < 64; k++) {
            Place p = places[k];
            boolean wordHere = word == COMMON_WORD && p.language() == null;
            if (p.countsIn(language)
                    && (!lower || p.lowerCase())
                    && accept(t, first, last, p, caps, inDateline, wordHere, language)) {
                mask |= 1L << k;
                accepted++;
            }
        }
        if (accepted == places.length) {
            return places; // the common case: nothing filtered, no copy
        }
        Place[] kept = new Place[accepted];
        int n = 0;
        for (int k = 0; k < places.length && k < 64; k++) {
            if ((mask & (1L << k)) != 0) {
                kept[n++] = places[k];
            }
        }
        return kept;
    }

    private static final Place[] NONE = new Place[0];
    private static final int COMMON_WORD = 1;
    private static final int HIDDEN = 2;

    /**
     * What a blocker row of the article's language says of the key's other rows: {@link #COMMON_WORD}
     * (flag W: in that language the name is also a common word, "Essen" in German, so the names that
     * count in any language need a place's context there), {@link #HIDDEN} (no flag: in that language
     * the name is not this place at all, "América" in Spanish is the continent), or 0.
     */
    private static int languageWord(Place[] places, String language) {
        int word = 0;
        for (Place p : places) {
            if (p.kind() == PlaceKind.BLOCKER && p.language() != null && p.countsIn(language)) {
                word = Math.max(word, p.wordRisk() ? COMMON_WORD : HIDDEN);
            }
        }
        return word;
    }

    private static boolean accept(
            Tokens t,
            int first,
            int last,
            Place p,
            boolean caps,
            boolean inDateline,
            boolean wordHere,
            String language) {
        if (p.kind() == PlaceKind.BLOCKER) {
            return false;
        }
        if (p.exactCase()
                && (caps
                        || !t.text()
                                .regionMatches(
                                        t.start(first),
                                        p.surface(),
                                        0,
                                        p.surface().length())
                        || t.end(last) - t.start(first) != p.surface().length())) {
            return false;
        }
        if ((p.wordRisk() || wordHere)
                && !inDateline
                && (caps || t.has(first, Tokens.SENTENCE_START) || !placeContext(t, first, last, language))) {
            return false;
        }
        if (p.kind() == PlaceKind.STATE_ABBREVIATION && !qualifies(t, first, caps)) {
            return false;
        }
        return !(p.personRisk()
                && !caps
                && !t.has(first, Tokens.UNCASED)
                && looksLikePerson(t, first, last, personCheckNext(p)));
    }

    /** Whether the name at {@code first..last} was rejected here as (part of) a person's name. */
    private static boolean namesPerson(Tokens t, int first, int last, Place[] places) {
        if (t.has(first, Tokens.UNCASED)) {
            return false;
        }
        for (Place p : places) {
            if (p.personRisk() && looksLikePerson(t, first, last, personCheckNext(p))) {
                return true;
            }
        }
        return false;
    }

    private static boolean personCheckNext(Place p) {
        return p.kind() == PlaceKind.NAME
                || p.kind() == PlaceKind.SUBDIVISION
                || p.kind() == PlaceKind.CITY && p.population() < FIRST_NAME_MAX_POP;
    }

    /**
     * Once a name was read as a person's somewhere in the article ("Michael Jordan scored 40"), its
     * other mentions ("Jordan hit the winner") are the same person, unless a place's context says
     * otherwise: a dateline, a locative before it ("in Jordan") or a qualifier after it.
     */
    static void dropPersonNames(List<Match> matches, List<Gazetteer.Entry> persons) {
        if (persons.isEmpty()) {
            return;
        }
        matches.removeIf(m -> persons.contains(m.entry)
                && m.position != Match.Position.DATELINE
                && !placeContext(m.tokens, m.firstToken, m.lastToken, null));
    }

    /** "in Reading", "near Mobile", "Mobile, Ala.": what makes a word-like name a place. */
    private static boolean placeContext(Tokens t, int first, int last, String language) {
        long[] locatives = language == null ? LOCATIVES : LOCATIVES_BY_LANGUAGE.getOrDefault(language, LOCATIVES);
        boolean locative = first > 0 && Arrays.binarySearch(locatives, t.hash(first - 1)) >= 0;
        boolean qualified = last + 1 < t.count() && t.has(last + 1, Tokens.COMMA_BEFORE);
        return locative || qualified;
    }

    /** "Place, N.Y.": a state abbreviation counts only right after a capitalised word and a comma. */
    private static boolean qualifies(Tokens t, int first, boolean caps) {
        return first > 0 && t.has(first, Tokens.COMMA_BEFORE) && (caps || t.has(first - 1, Tokens.CAP));
    }

    /**
     * "Michael Jordan", "Chad Smith": a capitalised word right before or after, in running text. A
     * word opening the sentence counts before the name unless it is a word that opens sentences anyway
     * ("Meanwhile Jordan", "Neighbouring Jordan").
     */
    private static boolean looksLikePerson(Tokens t, int first, int last, boolean checkNext) {
        if (first > 0
                && t.has(first, Tokens.TIGHT_BEFORE)
                && t.has(first - 1, Tokens.CAP)
                && !PLACE_PREFIXES.contains(t.folded(first - 1))
                && (!t.has(first - 1, Tokens.SENTENCE_START) || !SENTENCE_OPENERS.contains(t.folded(first - 1)))) {
            return true;
        }
        int next = last + 1;
        return checkNext
                && next < t.count()
                && t.has(next, Tokens.TIGHT_BEFORE)
                && t.has(next, Tokens.CAP)
                && !t.has(next, Tokens.SENTENCE_START)
                && t.end(next) - t.start(next) > 1;
    }
}
