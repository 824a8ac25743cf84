package io.newsroute.tagger.countries;

import io.newsroute.common.model.CountryTag;
import io.newsroute.common.model.Mention;
import io.newsroute.tagger.text.Tokens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides each match's country and weighs the evidence per country: reads the {@link Match}es of one
 * article, writes one scored {@link CountryTag} per country, highest relevance first. Title, dateline and
 * lead weigh more than passing mentions; repeated mentions in the same place add less and less.
 */
final class RelevanceScorer {

    /** How much a mention weighs where it stands, by {@link Match.Position} ordinal. */
    private static final double[] POSITION_WEIGHT = {3.0, 2.0, 4.0, 1.5, 1.0};
    /** A currency mention ("Canadian dlr bond", "U.S. dlrs") counts this much of a plain one. */
    private static final double CURRENCY = 0.3;
    /** Each further mention in the same position counts this much of the one before. */
    private static final double DECAY = 0.7;

    private static final double[] DECAY_POWERS = new double[61];

    static {
        for (int k = 0; k < DECAY_POWERS.length; k++) {
            DECAY_POWERS[k] = Math.pow(DECAY, k);
        }
    }

    /** Raw evidence at which relevance reaches 1 - 1/e before the share of the article is applied. */
    private static final double SCALE = 3.0;
    /**
     * Articles shorter than this many characters need less evidence in proportion (down to half): in a
     * story of two sentences, a country named once as a party to the event is named as often as it
     * will ever be.
     */
    static final int SHORT_CHARS = 600;
    /** Share of the article's strongest evidence and relevance a primary country needs. */
    static final double PRIMARY_SHARE = 0.5;

    static final double PRIMARY_RELEVANCE = 0.4;

    private final Gazetteer gazetteer;

    RelevanceScorer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Every country with evidence, scored, highest relevance first, each with at most maxMentions mentions. */
    List<CountryTag> score(List<Match> matches, int maxMentions, int articleChars) {
        double scale = SCALE * Math.max(0.5, Math.min(1.0, articleChars / (double) SHORT_CHARS));
        resolve(matches);
        Map<String, Evidence> byCode = new HashMap<>();
        for (Match m : matches) {
            if (m.code == null) {
                continue;
            }
            Evidence e = byCode.computeIfAbsent(m.code, Evidence::new);
            int pos = m.position.ordinal();
            e.raw += m.place.kind().weight
                    * POSITION_WEIGHT[pos]
                    * DECAY_POWERS[e.seen[pos]]
                    * (m.currency ? CURRENCY : 1.0);
            e.seen[pos] = Math.min(e.seen[pos] + 1, 60);
            if (e.mentions.size() < maxMentions) {
                e.mentions.add(new Mention(m.text(), m.field, m.start(), m.end()));
            }
        }
        double max = 0;
        for (Evidence e : byCode.values()) {
            max = Math.max(max, e.raw);
        }
        List<CountryTag> out = new ArrayList<>(byCode.size());
        for (Evidence e : byCode.values()) {
            double share = e.raw / max;
            double relevance = (1 - Math.exp(-e.raw / scale)) * (0.3 + 0.7 * share);
            relevance = Math.round(relevance * 1000) / 1000.0;
            boolean primary = share >= PRIMARY_SHARE && relevance >= PRIMARY_RELEVANCE;
            out.add(new CountryTag(e.code, gazetteer.name(e.code), relevance, primary, e.mentions));
        }
        out.sort((a, b) -> a.relevance() != b.relevance()
                ? Double.compare(b.relevance(), a.relevance())
                : a.code().compareTo(b.code()));
        return out;
    }

    /**
     * Gives each match one country: a qualifier decides first ("Paris, Texas", "ALBANY, N.Y."), then a
     * name shared by several countries goes to the one the rest of the article already points to (for a
     * place inside a country, only other places count: "Atlanta" makes "Georgia" the US state, "U.S." alone
     * does not), else to its default. An unqualified dateline city is the largest place of that name.
     */
    private static void resolve(List<Match> matches) {
        applyQualifiers(matches);
        Map<String, double[]> support = support(matches);
        for (Match m : matches) {
            if (m.code != null) {
                continue;
            }
            Place best = null;
            double bestSupport = 0;
            if (m.position == Match.Position.DATELINE) {
                best = largest(m); // an unqualified dateline names the best-known place of that name
                bestSupport = Double.POSITIVE_INFINITY;
            }
            for (Place p : m.candidates) {
                double[] s = support.get(p.code());
                double v = s == null ? 0 : s[p.kind().isPlaceInside() ? 1 : 0];
                if (v > bestSupport) {
                    best = p;
                    bestSupport = v;
                }
            }
            if (best == null && !m.candidates[0].noDefault()) {
                best = m.candidates[0];
            }
            if (best != null) {
                m.place = best;
                m.code = best.code();
            }
        }
    }

    /**
     * Applies the qualifiers: "Paris, Texas" puts the town in the qualifier's country; in "ATLANTA, Georgia"
     * the qualifier is the state of the town's country. A name of one country only gets that country.
     */
    private static void applyQualifiers(List<Match> matches) {
        int n = matches.size();
        for (int i = 0; i < n; i++) {
            Match m = matches.get(i);
            if (m.place == null) {
                String only = m.onlyCode();
                if (only != null) {
                    m.place = m.candidates[0];
                    m.code = only;
                }
            }
            Match q = i + 1 < n ? matches.get(i + 1) : null;
            if (q != null
                    && isTown(m)
                    && q.tokens == m.tokens
                    && q.firstToken == m.lastToken + 1
                    && q.tokens.has(q.firstToken, Tokens.COMMA_BEFORE)) {
                if (isQualifier(q)) {
                    String code = q.onlyCode();
                    m.place = candidateIn(m, code);
                    m.code = code;
                } else if (m.onlyCode() != null && subdivisionIn(q, m.onlyCode()) != null) {
                    // "ATLANTA, Georgia": the qualifier is the state of the town's country, not the country
                    q.place = subdivisionIn(q, m.onlyCode());
                    q.code = q.place.code();
                }
            }
        }
    }

    /** Per country: the weight of its resolved matches, and of those that are places inside it. */
    private static Map<String, double[]> support(List<Match> matches) {
        Map<String, double[]> support = new HashMap<>();
        for (Match m : matches) {
            if (m.code != null) {
                double[] s = support.computeIfAbsent(m.code, c -> new double[2]);
                s[0] += m.place.kind().weight;
                if (m.place.kind().isPlaceInside()) {
                    s[1] += m.place.kind().weight;
                }
            }
        }
        return support;
    }

    private static Place largest(Match m) {
        Place best = m.candidates[0];
        for (Place p : m.candidates) {
            if (p.population() > best.population()) {
                best = p;
            }
        }
        return best;
    }

    private static boolean isTown(Match m) {
        for (Place p : m.candidates) {
            if (p.kind() == PlaceKind.CITY || p.kind() == PlaceKind.CAPITAL) {
                return true;
            }
        }
        return false;
    }

    private static boolean isQualifier(Match q) {
        if (q.onlyCode() == null) {
            return false;
        }
        PlaceKind k = q.candidates[0].kind();
        return k == PlaceKind.SUBDIVISION
                || k == PlaceKind.STATE_ABBREVIATION
                || k == PlaceKind.NAME
                || k == PlaceKind.ALIAS
                || k == PlaceKind.FORMER;
    }

    /** The qualifier's candidate that is a subdivision of country {@code code}, or null. */
    private static Place subdivisionIn(Match q, String code) {
        for (Place p : q.candidates) {
            if (p.code().equals(code)
                    && (p.kind() == PlaceKind.SUBDIVISION || p.kind() == PlaceKind.STATE_ABBREVIATION)) {
                return p;
            }
        }
        return null;
    }

    private static Place candidateIn(Match m, String code) {
        for (Place p : m.candidates) {
            if (p.code().equals(code)) {
                return p;
            }
        }
        return m.candidates[0];
    }

    /** Evidence gathered for one country. */
    private static final class Evidence {
        final String code;
        final int[] seen = new int[Match.Position.values().length];
        final List<Mention> mentions = new ArrayList<>();
        double raw;

        Evidence(String code) {
            this.code = code;
        }
    }
}
