package io.newsroute.tagger.countries;

import io.newsroute.common.model.CountryTag;
import io.newsroute.tagger.text.ArticleTokens;
import io.newsroute.tagger.text.Tokens;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the countries an article concerns. Reads an article's title, subtitle and body; returns the
 * countries it is routed to, each with a relevance in 0..1, a primary flag and the mentions that count
 * as evidence (country names, aliases, former names, demonyms, capitals, cities, subdivisions, wire
 * datelines). Plain Java: thread-safe, deterministic, the gazetteer loaded once per process.
 */
public final class CountryTagger {

    /**
     * Default routing threshold. Measured with bench/eval-countries.sh on 1,000 labelled wire stories,
     * micro-F1 is flat (0.935 to 0.937) for thresholds 0.25 to 0.35 and falls off either side; 0.25 is the
     * low end of that plateau, chosen because routing should rather keep a country the story discusses in
     * several paragraphs (China in an article on Laos-Japan relations, about 0.29) than drop it. A country
     * named once in passing in the body, or only as a currency, stays below it.
     */
    public static final double DEFAULT_MIN_RELEVANCE = 0.25;
    /** Default number of mentions kept per country. */
    public static final int DEFAULT_MAX_MENTIONS = 20;

    private static final class Holder {
        static final Gazetteer GAZETTEER = Gazetteer.load();
        static final CjkAbbreviations ABBREVIATIONS = new CjkAbbreviations();
        static final CountryTagger STANDARD = new CountryTagger(GAZETTEER, DEFAULT_MIN_RELEVANCE, DEFAULT_MAX_MENTIONS);
    }

    private final Gazetteer gazetteer;
    private final MentionFinder finder;
    private final RelevanceScorer scorer;
    private final double minRelevance;
    private final int maxMentions;

    private CountryTagger(Gazetteer gazetteer, double minRelevance, int maxMentions) {
        this.gazetteer = gazetteer;
        this.finder = new MentionFinder(gazetteer);
        this.scorer = new RelevanceScorer(gazetteer);
        this.minRelevance = minRelevance;
        this.maxMentions = maxMentions;
    }

    /** The tagger with the bundled gazetteer. */
    public static CountryTagger standard() {
        return Holder.STANDARD;
    }

    /** A tagger like this one that routes countries whose relevance is at least {@code minRelevance}. */
    public CountryTagger withMinRelevance(double minRelevance) {
        if (!(minRelevance >= 0 && minRelevance <= 1)) {
            throw new IllegalArgumentException("minRelevance must be within 0..1: " + minRelevance);
        }
        return new CountryTagger(gazetteer, minRelevance, maxMentions);
    }

    /** A tagger like this one that keeps at most {@code maxMentions} mentions per country. */
    public CountryTagger withMaxMentions(int maxMentions) {
        if (maxMentions < 0) {
            throw new IllegalArgumentException("maxMentions must not be negative: " + maxMentions);
        }
        return new CountryTagger(gazetteer, minRelevance, maxMentions);
    }

    /** The routing threshold of this tagger. */
    public double minRelevance() {
        return minRelevance;
    }

    /** Whether {@code code} is an ISO 3166-1 alpha-2 code the gazetteer knows (upper case). */
    public static boolean isValidCode(String code) {
        return code != null && Holder.GAZETTEER.name(code) != null;
    }

    /** The English short name of an ISO 3166-1 alpha-2 code, or null when unknown. */
    public static String nameOf(String code) {
        return code == null ? null : Holder.GAZETTEER.name(code);
    }

    /**
     * Tags one article.
     *
     * @param title    headline, may be {@code null}
     * @param subtitle standfirst, may be {@code null}
     * @param body     body text, may be {@code null}
     * @return the routed countries, highest relevance first
     */
    public List<CountryTag> tag(String title, String subtitle, String body) {
        return tag(ArticleTokens.of(title, subtitle, body));
    }

    /**
     * Tags one article from the tokens of its fields (shared with the theme tagger, so the text is read
     * once).
     *
     * @return the routed countries, highest relevance first
     */
    public List<CountryTag> tag(ArticleTokens article) {
        List<CountryTag> all = candidates(article.title(), article.subtitle(), article.body(), article.language());
        List<CountryTag> routed = new ArrayList<>(all.size());
        for (CountryTag t : all) {
            if (t.relevance() >= minRelevance) {
                routed.add(t);
            }
        }
        return routed;
    }

    /**
     * Tags one article written in {@code language} (ISO 639-1, e.g. "fr"; null when unknown: then only
     * the names that count in any language are read).
     *
     * @return the routed countries, highest relevance first
     */
    public List<CountryTag> tag(String title, String subtitle, String body, String language) {
        return tag(ArticleTokens.of(title, subtitle, body).language(language));
    }

    /** Chinese and Japanese pairs of one-character abbreviations ("日米", "中美"): only in those languages. */
    private static void abbreviations(
            Tokens t, String field, Match.Position position, String language, List<Match> matches, int from) {
        if ("zh".equals(language) || "ja".equals(language)) {
            Holder.ABBREVIATIONS.find(t, field, position, MentionFinder.LEAD_CHARS, language, matches, from);
        }
    }

    /** Every country with any evidence in the article, scored, highest relevance first (no threshold). */
    public List<CountryTag> candidates(String title, String subtitle, String body) {
        return candidates(new Tokens(title), new Tokens(subtitle), new Tokens(body), null);
    }

    private List<CountryTag> candidates(Tokens title, Tokens subtitle, Tokens body, String language) {
        List<Match> matches = new ArrayList<>();
        List<Gazetteer.Entry> persons = new ArrayList<>(0);
        finder.find(title, "title", Match.Position.TITLE, null, language, matches, persons);
        abbreviations(title, "title", Match.Position.TITLE, language, matches, 0);
        int from = matches.size();
        finder.find(subtitle, "subtitle", Match.Position.SUBTITLE, null, language, matches, persons);
        abbreviations(subtitle, "subtitle", Match.Position.SUBTITLE, language, matches, from);
        from = matches.size();
        Dateline.Span dateline = Dateline.find(body.text());
        finder.find(body, "body", Match.Position.BODY, dateline, language, matches, persons);
        abbreviations(body, "body", Match.Position.BODY, language, matches, from);
        MentionFinder.dropPersonNames(matches, persons);
        return scorer.score(
                matches,
                maxMentions,
                title.text().length() + subtitle.text().length() + body.text().length());
    }
}
